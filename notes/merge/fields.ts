// What the merge compares in each kind of record: its fields, how a field's
// value is fingerprinted, and which fields are sets (merged by union rather
// than raised as a conflict). Times, ids and `by` are not compared: they say
// when and where, not what.
import type { RecordKind } from '../model/schema.ts';
import { cleanName } from '../claims/resolve.ts';
import { shortHash } from './hash.ts';

export interface FieldRule {
  name: string;
  /** A list whose two edits are both kept: union, ours' order first. */
  set?: (item: unknown) => string;
  /** Other keys that travel with this field (a source's text brings its hash and pages). */
  with?: readonly string[];
  /** The value fingerprinted, when not the field itself (a source's text is known by its sha256). */
  hashOf?: (record: Record<string, unknown>) => unknown;
}

/** A name as people mean it: case and runs of spacing aside (the claim form's rule). */
export const nameKey = (name: string): string => cleanName(name).toLocaleLowerCase();

const byValue = (item: unknown): string => String(item);
const byName = (item: unknown): string => nameKey(String(item));
const byLabel = (item: unknown): string => nameKey((item as { label: string }).label);

/**
 * The fields of each kind, in a fixed order: memory.ts stores one hash per
 * field in this order, so a field may only be added at the end of its list.
 * (The briefing's fields depend on its questions; memory.ts names them.)
 */
export const FIELDS: Record<Exclude<RecordKind, 'briefing'>, readonly FieldRule[]> = {
  source: [
    { name: 'title' },
    { name: 'publisher' },
    { name: 'url' },
    { name: 'published' },
    { name: 'format' },
    { name: 'text', with: ['sha256', 'pages'], hashOf: (s) => s.sha256 },
    { name: 'author' },
    { name: 'reliability' },
  ],
  annotation: [{ name: 'sourceId' }, { name: 'target' }, { name: 'note' }, { name: 'tags', set: byValue }, { name: 'claim' }],
  actor: [{ name: 'name' }, { name: 'aliases', set: byName }, { name: 'color' }],
  question: [{ name: 'text' }, { name: 'positions', set: byLabel }],
  tag: [{ name: 'label' }, { name: 'color' }],
  relation: [{ name: 'from' }, { name: 'to' }, { name: 'kind' }, { name: 'note' }],
  keyJudgment: [{ name: 'text' }, { name: 'likelihood' }],
};

export function fieldHash(rule: FieldRule, record: Record<string, unknown>): string {
  return shortHash(rule.hashOf ? rule.hashOf(record) : record[rule.name]);
}

/** A copy of `record` with `key` set to `value`, or without `key` when `value` is undefined or null. */
export function withField<T extends object>(record: T, key: string, value: unknown): T {
  const copy = Object.fromEntries(Object.entries(record).filter(([k]) => k !== key)) as Record<string, unknown>;
  if (value !== undefined && value !== null) copy[key] = value;
  return copy as T;
}
