// A merge conflict in the analyst's words: which record ("the annotation on
// “…the coalition forces…”"), which field ("Note", "Claim credibility") and
// each side's value as text. Pure, so the list and its tests share it.
import type { MergeConflict, Notebook } from '../../../notes/model/schema.ts';
import { DELETED_FIELD } from '../../../notes/merge/merge.ts';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from '../claims/admiralty.ts';

type Claim = NonNullable<Notebook['annotations'][number]['claim']>;

const FIELD_WORDS: Record<string, string> = {
  note: 'Note',
  tags: 'Tags',
  target: 'Quote',
  sourceId: 'Source',
  title: 'Title',
  publisher: 'Publisher',
  url: 'Web address',
  published: 'Date published',
  format: 'Format',
  text: 'Text',
  author: 'Author',
  reliability: 'Source reliability',
  name: 'Name',
  aliases: 'Other names',
  color: 'Colour',
  positions: 'Positions',
  label: 'Label',
  from: 'From claim',
  to: 'To claim',
  kind: 'Relation',
  likelihood: 'Likelihood',
  bluf: 'Bottom line up front',
  excerptIds: 'Excerpts',
};

const CLAIM_PARTS: [keyof Claim, string][] = [
  ['actorId', 'actor'],
  ['questionId', 'question'],
  ['position', 'position'],
  ['cue', 'cue'],
  ['reliability', 'reliability'],
  ['credibility', 'credibility'],
];

const asClaim = (v: unknown): Claim | undefined => (v && typeof v === 'object' && 'actorId' in v ? (v as Claim) : undefined);

/** The field in words: "Note", "Claim credibility", "Deleted on one side". */
export function fieldWords(c: MergeConflict): string {
  if (c.field === DELETED_FIELD) return `Deleted in ${c.ours === undefined ? 'yours' : 'theirs'}, edited in the other`;
  if (c.field === 'claim') {
    const ours = asClaim(c.ours);
    const theirs = asClaim(c.theirs);
    if (!ours || !theirs) return 'Claim';
    const parts = CLAIM_PARTS.filter(([key]) => ours[key] !== theirs[key]).map(([, word]) => word);
    return parts.length ? `Claim ${parts.join(', ')}` : 'Claim';
  }
  if (c.kind === 'briefing' && c.field.startsWith('questionNotes.')) return 'Briefing note on a question';
  if (c.kind === 'briefing' && c.field.startsWith('columns.')) return 'Compare columns';
  if (c.kind === 'briefing' && c.field === 'title') return 'Briefing title';
  if (c.kind === 'keyJudgment' && c.field === 'text') return 'Key judgment';
  if (c.kind === 'question' && c.field === 'text') return 'Question';
  return FIELD_WORDS[c.field] ?? c.field;
}

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Which record: the annotation's quote, the actor's name… */
export function recordWords(c: MergeConflict, nb: Notebook): string {
  switch (c.kind) {
    case 'annotation': {
      const a = nb.annotations.find((x) => x.id === c.recordId);
      return a ? `Annotation on “${short(a.target.quote.exact, 80)}”` : 'An annotation no longer in the notebook';
    }
    case 'source':
      return `Source “${short(nb.sources.find((x) => x.id === c.recordId)?.title ?? c.recordId, 80)}”`;
    case 'actor':
      return `Actor “${nb.actors.find((x) => x.id === c.recordId)?.name ?? c.recordId}”`;
    case 'question':
      return `Question “${short(nb.questions.find((x) => x.id === c.recordId)?.text ?? c.recordId, 80)}”`;
    case 'tag':
      return `Tag “${nb.tags.find((x) => x.id === c.recordId)?.label ?? c.recordId}”`;
    case 'relation':
      return 'A relation between two claims';
    case 'keyJudgment':
      return 'A key judgment';
    case 'briefing':
      return 'The briefing';
  }
}

function claimWords(claim: Claim, nb: Notebook): string {
  const actor = nb.actors.find((a) => a.id === claim.actorId)?.name ?? 'an unknown actor';
  const grade = `${claim.reliability}${claim.credibility} (${RELIABILITY_LABELS[claim.reliability] ?? claim.reliability}; ${CREDIBILITY_LABELS[claim.credibility] ?? claim.credibility})`;
  return `${actor} ${claim.cue || 'says'}: ${claim.position} — graded ${grade}`;
}

const CLAIM_PART_WORDS: Partial<Record<keyof Claim, (claim: Claim, nb: Notebook) => string>> = {
  actorId: (c, nb) => `Actor: ${nb.actors.find((a) => a.id === c.actorId)?.name ?? 'an unknown actor'}`,
  position: (c) => `Position: ${c.position}`,
  cue: (c) => `Cue: ${c.cue || '(none)'}`,
  reliability: (c) => `Reliability: ${c.reliability} — ${RELIABILITY_LABELS[c.reliability] ?? ''}`,
  credibility: (c) => `Credibility: ${c.credibility} — ${CREDIBILITY_LABELS[c.credibility] ?? ''}`,
};

/** One side's value as text; `undefined` is a side that has no such record. */
export function valueWords(c: MergeConflict, side: 'ours' | 'theirs', nb: Notebook): string {
  const value = c[side];
  if (c.field === DELETED_FIELD) return value === undefined ? 'Deleted' : 'Kept, and edited';
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  const claim = asClaim(value);
  if (claim) {
    // What differs first, then the whole claim.
    const other = asClaim(c[side === 'ours' ? 'theirs' : 'ours']);
    const differs = other ? CLAIM_PARTS.filter(([key]) => claim[key] !== other[key] && CLAIM_PART_WORDS[key]).map(([key]) => CLAIM_PART_WORDS[key]!(claim, nb)) : [];
    return [...differs, claimWords(claim, nb)].join('\n');
  }
  if (c.field === 'tags' && Array.isArray(value)) return value.map((id) => nb.tags.find((t) => t.id === id)?.label ?? String(id)).join(', ') || '(none)';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v && 'label' in v ? String(v.label) : String(v))).join(', ') || '(none)';
  if (typeof value === 'object' && 'quote' in value) return `“${(value as { quote: { exact: string } }).quote.exact}”`;
  return JSON.stringify(value);
}
