// The results table, for the terminal and for docs/PERFORMANCE.md.
import { formatTarget, formatValue, verdict, type Row } from './result.ts';

const HEAD = ['Figure', 'Target', 'Median', 'Min', 'Max', 'Runs', 'Result'];

function cells(r: Row): string[] {
  return [r.figure, formatTarget(r.target, r.unit), formatValue(r.median, r.unit), formatValue(r.min, r.unit), formatValue(r.max, r.unit), String(r.runs), verdict(r)];
}

export function textTable(rows: readonly Row[]): string {
  const all = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((line) => line[i]!.length)));
  const line = (cols: string[]) => cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out: string[] = [line(HEAD), widths.map((w) => '─'.repeat(w)).join('  ')];
  let suite = '';
  for (const r of rows) {
    if (r.suite !== suite && suite) out.push('');
    suite = r.suite;
    out.push(line(cells(r)));
  }
  return out.join('\n');
}

export function markdownTable(rows: readonly Row[]): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const out = [`| ${HEAD.join(' | ')} |`, `|${HEAD.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const r of rows) {
    const c = cells(r);
    c[6] = c[6] === 'miss' ? '**miss**' : c[6]!;
    out.push(`| ${c.map(escape).join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}
