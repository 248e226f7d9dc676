// Notebooks shaped like months of an analyst's work on one long source:
// highlights of sentences, clauses and loose runs of words (20–300
// characters), about half with a Markdown note, tags, and a share of them
// tagged as claims of several actors on several questions, with relations,
// key judgments and excerpts for the briefing.
import { createHash } from 'node:crypto';
import { describe } from '../../notes/anchoring/index.ts';
import { COMMON_CUES, CREDIBILITY, LIKELIHOODS, RELATION_KINDS, RELIABILITY, SCHEMA_VERSION } from '../../notes/model/schema.ts';
import type { Actor, Annotation, Claim, Notebook, Question, Relation, Source, Tag } from '../../notes/model/schema.ts';
import { PALETTE } from '../../notes/model/factory.ts';
import type { Random } from '../lib/random.ts';
import { ARABIC, type Prose, type Span } from './prose.ts';

export const MIN_QUOTE = 20;
export const MAX_QUOTE = 300;
const START = Date.parse('2024-01-08T08:30:00.000Z');
/** "Months of work": the notebook's annotations were made over half a year. */
const WORK_SPAN_MS = 182 * 24 * 3600 * 1000;

export const SOURCE_ID = 'src-report';

const ACTORS: Omit<Actor, 'color'>[] = [
  { id: 'actor-baghdad', name: 'Baghdad (Government of Iraq)', aliases: ['Baghdad', 'Iraqi government'] },
  { id: 'actor-washington', name: 'Washington (US government)', aliases: ['Washington', 'Pentagon'] },
  { id: 'actor-erbil', name: 'Erbil (Kurdistan Regional Government)', aliases: ['KRG', 'Peshmerga ministry'] },
  { id: 'actor-factions', name: 'Iran-aligned factions', aliases: ['PMF hardliners'] },
  { id: 'actor-coalition', name: 'Coalition (CJTF-OIR)', aliases: ['Inherent Resolve'] },
  { id: 'actor-state-media', name: 'Iraqi state media', aliases: ['INA'] },
];

const QUESTIONS: { id: string; text: string; positions: string[] }[] = [
  { id: 'q-mission', text: "What happens to the US-led coalition's mission in Iraq?", positions: ['End of the mission', 'Transition', 'Open-ended presence'] },
  { id: 'q-timeline', text: 'Is there a timeline for the withdrawal?', positions: ['Timeline agreed', 'No timeline', 'Timeline within a year', 'Conditions-based'] },
  { id: 'q-threat', text: 'Does ISIS still threaten the region?', positions: ['Persistent threat', 'Degraded'] },
  { id: 'q-strikes', text: 'Were the US strikes lawful?', positions: ['Violation of sovereignty', 'Self-defence'] },
];

const TAGS = [
  'coalition future', 'timeline', 'troop numbers', 'Peshmerga', 'HMC', 'ISIS threat', 'strikes', 'Iran-aligned groups',
  'US posture', 'Iraqi politics', 'Kurdistan', 'follow up', 'disputed', 'single source', 'official statement', 'state media',
  'chronology', 'diplomacy', 'Syria', 'Jordan', 'legal basis', 'budget', 'verify', 'quote check',
];

export interface NotebookOptions {
  annotations: number;
  /** Exactly this many claims; by default about 30% of the annotations. */
  claims?: number;
  title?: string;
}

export function benchSource(prose: Prose): Source {
  return {
    id: SOURCE_ID,
    title: 'Coalition talks: collected reporting, 2016–2024',
    publisher: 'Compiled wire reports',
    format: 'text',
    text: prose.text,
    sha256: createHash('sha256').update(prose.text, 'utf8').digest('hex'),
    importedAt: new Date(START).toISOString(),
  };
}

export function generateNotebook(prose: Prose, options: NotebookOptions, random: Random): Notebook {
  const count = options.annotations;
  const claimCount = options.claims ?? Math.round(count * 0.3);
  if (claimCount > count) throw new RangeError(`${claimCount} claims do not fit in ${count} annotations`);
  const actors: Actor[] = ACTORS.map((a, i) => ({ ...a, color: PALETTE[i % PALETTE.length]! }));
  const questions: Question[] = QUESTIONS.map((q, i) => ({
    id: q.id,
    text: q.text,
    positions: q.positions.map((label, j) => ({ label, color: PALETTE[(i + j + 2) % PALETTE.length]! })),
  }));
  const tags: Tag[] = TAGS.map((label, i) => ({ id: `tag-${i + 1}`, label, color: PALETTE[i % PALETTE.length]! }));

  const claimAt = chooseIndices(count, claimCount, random.fork('claims'));
  const spans = random.fork('spans');
  const details = random.fork('details');
  const annotations: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    const span = quoteSpan(prose, spans);
    const created = new Date(START + Math.floor((i / count) * WORK_SPAN_MS) + details.int(0, 59_000)).toISOString();
    const updated = details.chance(0.3) ? new Date(Date.parse(created) + details.int(60_000, 30 * 24 * 3600 * 1000)).toISOString() : created;
    const annotation: Annotation = {
      id: `an-${i.toString(36).padStart(5, '0')}`,
      sourceId: SOURCE_ID,
      target: describe(prose.text, span.start, span.end),
      note: details.chance(0.45) ? markdownNote(details, prose.text.slice(span.start, span.end)) : '',
      tags: tagsFor(details, tags),
      createdAt: created,
      updatedAt: updated,
    };
    if (claimAt.has(i)) annotation.claim = claim(details, actors, questions);
    annotations.push(annotation);
  }

  const claims = annotations.filter((a) => a.claim);
  const relations = relationsBetween(claims, random.fork('relations'));
  const excerpts = random.fork('excerpts');
  const excerptIds = [...new Set(Array.from({ length: Math.min(30, count) }, () => excerpts.pick(claims.length ? claims : annotations).id))];
  return {
    schemaVersion: SCHEMA_VERSION,
    id: `nb-bench-${count}`,
    title: options.title ?? `Coalition talks — ${count.toLocaleString('en-US')} annotations`,
    createdAt: new Date(START).toISOString(),
    updatedAt: new Date(START + WORK_SPAN_MS).toISOString(),
    sources: [benchSource(prose)],
    annotations,
    actors,
    questions,
    tags,
    relations,
    briefing: {
      title: 'Iraq and the US disagree on what the coalition talks are for',
      bluf: 'Baghdad presents the talks as **ending** the coalition’s mission; Washington calls the step only a **transition**. No timeline has been set.',
      keyJudgments: LIKELIHOODS.slice(1, 7).map((l, i) => ({ id: `kj-${i + 1}`, text: `Judgment ${i + 1}: US forces remain in Iraq under a bilateral arrangement in some form.`, likelihood: l.key })),
      questionNotes: Object.fromEntries(questions.map((q) => [q.id, `Both sides describe the **same talks**; watch for a timeline on “${q.text}”.`])),
      columns: {},
      excerptIds,
    },
  };
}

function chooseIndices(count: number, chosen: number, random: Random): Set<number> {
  // Partial Fisher–Yates: the first `chosen` of a shuffled 0..count-1.
  const all = Array.from({ length: count }, (_, i) => i);
  for (let i = 0; i < chosen; i++) {
    const j = random.int(i, count - 1);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return new Set(all.slice(0, chosen));
}

const isSpace = (c: string) => /\s/.test(c);

/** A selection as an analyst makes one: a sentence, a clause, or a run of words, trimmed. */
export function quoteSpan(prose: Prose, random: Random): Span {
  const { text, sentences, sentenceParagraph, paragraphs } = prose;
  for (;;) {
    const index = random.int(0, sentences.length - 1);
    const sentence = sentences[index]!;
    const paragraph = paragraphs[sentenceParagraph[index]!]!;
    const kind = random.next();
    let span: Span;
    if (kind < 0.35) {
      span = sentence;
    } else if (kind < 0.6) {
      span = clause(text, sentence, random);
    } else {
      // A run of words from a word start, within the paragraph.
      let start = random.int(sentence.start, sentence.end - 1);
      while (start > paragraph.start && !isSpace(text[start - 1]!)) start--;
      let end = Math.min(paragraph.end, start + random.logInt(MIN_QUOTE, MAX_QUOTE));
      while (end < paragraph.end && !isSpace(text[end]!)) end++;
      span = { start, end };
    }
    span = trim(text, span);
    const length = span.end - span.start;
    if (length >= MIN_QUOTE && length <= MAX_QUOTE) return span;
  }
}

function clause(text: string, sentence: Span, random: Random): Span {
  const cuts = [sentence.start];
  for (let i = sentence.start; i < sentence.end; i++) if (text[i] === ',' || text[i] === ';') cuts.push(i + 1);
  cuts.push(sentence.end);
  const from = random.int(0, cuts.length - 2);
  const to = random.int(from + 1, Math.min(cuts.length - 1, from + 2));
  return { start: cuts[from]!, end: cuts[to]! };
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && (isSpace(text[end - 1]!) || text[end - 1] === ',')) end--;
  return { start, end };
}

function tagsFor(random: Random, tags: Tag[]): string[] {
  const r = random.next();
  const n = r < 0.4 ? 0 : r < 0.75 ? 1 : r < 0.93 ? 2 : 3;
  const chosen = new Set<string>();
  while (chosen.size < n) chosen.add(random.pick(tags).id);
  return [...chosen];
}

function claim(random: Random, actors: Actor[], questions: Question[]): Claim {
  const question = random.pick(questions);
  return {
    actorId: random.pick(actors).id,
    questionId: question.id,
    position: random.pick(question.positions).label,
    cue: random.chance(0.9) ? random.pick(COMMON_CUES) : '',
    reliability: random.pick([...RELIABILITY, 'B', 'B', 'C', 'C']),
    credibility: random.pick([...CREDIBILITY, '2', '2', '3', '3']),
  };
}

function relationsBetween(claims: Annotation[], random: Random): Relation[] {
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const wanted = Math.floor(claims.length / 40);
  for (let tries = 0; relations.length < wanted && tries < wanted * 10; tries++) {
    const from = random.pick(claims);
    const to = random.pick(claims);
    const key = `${from.id}>${to.id}`;
    if (from === to || from.claim!.actorId === to.claim!.actorId || seen.has(key)) continue;
    seen.add(key);
    relations.push({ id: `rel-${relations.length + 1}`, from: from.id, to: to.id, kind: random.pick(RELATION_KINDS), note: random.chance(0.5) ? 'Same event, different framing.' : '' });
  }
  return relations;
}

/** A note in the analyst's Markdown: emphasis, links, lists, a quote, sometimes Arabic. */
export function markdownNote(random: Random, quote: string): string {
  const words = quote.split(/\s+/).filter((w) => w.length > 3);
  const word = () => (words.length ? random.pick(words).replace(/[^\p{L}\p{N}-]/gu, '') || 'this' : 'this');
  const fragments: (() => string)[] = [
    () => `Check against the **Washington** statement: “transition” is not “end” (${word()}).`,
    () => `Source: [Rudaw](https://www.rudaw.net/english/middleeast/iraq/${random.int(100000, 999999)}) — single-sourced, *not* confirmed.`,
    () => `- compare with ¶${random.int(1, 1800)}\n- ask the desk about the ${word()} timeline\n- ${word()}?`,
    () => `> ${quote.slice(0, 80)}`,
    () => `Possible *framing*: the wording on **${word()}** differs from the earlier statement.`,
    () => `Follow up: who attended round ${random.int(2, 9)}? Are the \`HMC\` minutes public?`,
    () => `1. ${word()}\n2. ${word()}\n3. check the date`,
    () => `Arabic coverage: «${random.pick(ARABIC)}»`,
    () => `Low confidence — ${word()} appears in only one outlet.`,
  ];
  const n = random.int(1, 3);
  return Array.from({ length: n }, () => random.pick(fragments)()).join('\n\n');
}
