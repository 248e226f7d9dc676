// What a notebook remembers of a colleague's notebook after a merge, so the
// next merge of that colleague's file has a base: per record id, the hashes
// of its fields as the colleague's notebook held them (in this notebook's
// ids). A record is one string — HASH_WIDTH characters per field, in the
// order of FIELDS — so ten thousand annotations cost about half a megabyte,
// not a second copy of the notebook. The briefing, whose fields depend on its
// questions, is kept as "field=hash" pairs under BRIEFING_KEY.
import type { Notebook, RecordKind } from '../model/schema.ts';
import { fieldHash, FIELDS } from './fields.ts';
import { HASH_WIDTH, shortHash } from './hash.ts';

export const BRIEFING_KEY = '~briefing';

type Rec = Record<string, unknown>;
export type RecordKindOfList = Exclude<RecordKind, 'briefing'>;

export function listsOf(nb: Notebook): [RecordKindOfList, readonly Rec[]][] {
  return [
    ['source', nb.sources],
    ['annotation', nb.annotations],
    ['actor', nb.actors],
    ['question', nb.questions],
    ['tag', nb.tags],
    ['relation', nb.relations],
    ['keyJudgment', nb.briefing.keyJudgments],
  ];
}

/** The briefing's fields (not its key judgments, which are records of their own), by name. */
export function briefingFields(nb: Notebook): Map<string, unknown> {
  const b = nb.briefing;
  const fields = new Map<string, unknown>([
    ['title', b.title],
    ['bluf', b.bluf],
    ['excerptIds', b.excerptIds],
  ]);
  for (const [q, note] of Object.entries(b.questionNotes)) fields.set(`questionNotes.${q}`, note);
  for (const [q, ids] of Object.entries(b.columns)) fields.set(`columns.${q}`, ids);
  return fields;
}

export function encodeRecord(kind: RecordKindOfList, record: Rec): string {
  let out = '';
  for (const rule of FIELDS[kind]) out += fieldHash(rule, record);
  return out;
}

export function encodeBriefing(nb: Notebook): string {
  return [...briefingFields(nb)].map(([name, value]) => `${name}=${shortHash(value)}`).join(';');
}

/** Every record of `nb` as hashes: what is stored as SharedState.records. */
export function remember(nb: Notebook): Record<string, string> {
  const records: Record<string, string> = {};
  for (const [kind, list] of listsOf(nb)) for (const r of list) records[r.id as string] = encodeRecord(kind, r);
  records[BRIEFING_KEY] = encodeBriefing(nb);
  return records;
}

/** The base of a merge: the hashes remembered (or taken from a base notebook). */
export class Base {
  private readonly records: Readonly<Record<string, string>>;
  private briefing: Map<string, string> | undefined;

  constructor(records: Readonly<Record<string, string>>) {
    this.records = records;
  }

  has(id: string): boolean {
    return Object.hasOwn(this.records, id);
  }

  /** The hash of field `index` of FIELDS[kind] for record `id`; undefined when the base does not know it. */
  field(id: string, index: number): string | undefined {
    const encoded = this.records[id];
    if (encoded === undefined || encoded.length < (index + 1) * HASH_WIDTH) return undefined;
    return encoded.slice(index * HASH_WIDTH, (index + 1) * HASH_WIDTH);
  }

  briefingField(name: string): string | undefined {
    if (!this.briefing) {
      const pairs = (this.records[BRIEFING_KEY] ?? '').split(';').filter(Boolean);
      this.briefing = new Map(pairs.map((p) => [p.slice(0, p.lastIndexOf('=')), p.slice(p.lastIndexOf('=') + 1)]));
    }
    // A field the base's briefing lacks was absent then (a question note not yet written).
    return this.has(BRIEFING_KEY) ? (this.briefing.get(name) ?? shortHash(undefined)) : undefined;
  }
}
