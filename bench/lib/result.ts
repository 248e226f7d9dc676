// One line of the results table: a figure with its median, fastest and
// slowest run, and the target it is held to (if any).
import type { Figure } from './stats.ts';

export type Unit = 'ms' | 'MB' | '×' | '%';

export interface Target {
  op: '<=' | '>=';
  value: number;
}

export interface Row {
  suite: string;
  /** What was measured, in the analyst's words. */
  figure: string;
  unit: Unit;
  median: number;
  min: number;
  max: number;
  runs: number;
  target?: Target;
  /** Context: the baseline's figure, what the number includes, why it was not run. */
  note?: string;
  samples: number[];
}

export function row(suite: string, figure: string, unit: Unit, f: Figure, target?: Target, note?: string): Row {
  return { suite, figure, unit, median: f.median, min: f.min, max: f.max, runs: f.samples.length, samples: f.samples, ...(target ? { target } : {}), ...(note ? { note } : {}) };
}

export type Verdict = 'pass' | 'miss' | '';

/** Judged on the median. */
export function verdict(r: Row): Verdict {
  if (!r.target) return '';
  const ok = r.target.op === '<=' ? r.median <= r.target.value : r.median >= r.target.value;
  return ok ? 'pass' : 'miss';
}

export const le = (value: number): Target => ({ op: '<=', value });
export const ge = (value: number): Target => ({ op: '>=', value });

export function formatValue(value: number, unit: Unit): string {
  if (unit === '%') return `${(value * 100).toFixed(2)}%`;
  if (unit === '×') return `${value.toFixed(value >= 10 ? 1 : 2)}×`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

export function formatTarget(t: Target | undefined, unit: Unit): string {
  return t ? `${t.op === '<=' ? '≤' : '≥'} ${formatValue(t.value, unit)}` : '—';
}
