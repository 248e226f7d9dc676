// A notebook in which every place an analyst (or a pasted article) can put
// text holds the XSS corpus: the source text (plain and Markdown sources),
// source title and publisher, one annotation per payload quoting it with the
// payload as its note, a tag, an actor and a claim position per payload,
// question texts, relation notes, the notebook title and the whole briefing
// (title, BLUF and question notes — each payload in one of them —, one key judgment per payload,
// one excerpt per family).
import { createHash } from 'node:crypto';
import { describe } from '../../notes/anchoring/index.ts';
import { LIKELIHOODS, SCHEMA_VERSION, type Annotation, type Notebook, type Question, type Relation } from '../../notes/model/schema.ts';
import { PALETTE } from '../../notes/model/factory.ts';
import { PAYLOADS, type Payload } from './xss.ts';

export const HOSTILE_QUESTIONS = 10;
export const HOSTILE_SOURCE = 'src-hostile';
export const HOSTILE_MD_SOURCE = 'src-hostile-md';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const colour = (i: number) => PALETTE[i % PALETTE.length]!;

/** As many payloads as fit in `max` characters, joined by spaces, starting at `from`. */
function packed(from: number, max: number, payloads: readonly Payload[]): string {
  let out = '';
  for (let i = 0; i < payloads.length; i++) {
    const text = payloads[(from + i) % payloads.length]!.text.replace(/\s+/g, ' ');
    if (out.length + text.length + 1 > max) continue;
    out = out ? `${out} ${text}` : text;
  }
  return out;
}

const cueOf = (p: Payload) => (p.text.length <= 60 ? p.text : `<img src=x onerror=alert(${p.n})>`);

export function hostileNotebook(payloads: readonly Payload[] = PAYLOADS, now = '2026-02-01T10:00:00.000Z'): Notebook {
  // Each payload its own paragraph, so a quote of it is the payload exactly.
  const head = 'Pasted from the web\n\n';
  const spans: { start: number; end: number }[] = [];
  let text = head;
  for (const p of payloads) {
    spans.push({ start: text.length, end: text.length + p.text.length });
    text += `${p.text}\n\n`;
  }
  const questionOf = (i: number) => `q${i % HOSTILE_QUESTIONS}`;

  const annotations: Annotation[] = payloads.map((p, i) => ({
    id: `a${p.n}`,
    sourceId: HOSTILE_SOURCE,
    target: describe(text, spans[i]!.start, spans[i]!.end),
    note: p.text,
    tags: [`t${p.n}`],
    claim: { actorId: `actor${p.n}`, questionId: questionOf(i), position: p.text, cue: cueOf(p), reliability: 'B', credibility: '2' },
    createdAt: now,
    updatedAt: now,
  }));

  const questions: Question[] = Array.from({ length: HOSTILE_QUESTIONS }, (_, k) => ({
    id: `q${k}`,
    text: payloads[(k * 17) % payloads.length]!.text,
    positions: payloads.flatMap((p, i) => (i % HOSTILE_QUESTIONS === k ? [{ label: p.text, color: colour(i) }] : [])),
  }));

  // Within each question, each claim contradicts the next: relation notes and the conflict lists.
  const relations: Relation[] = payloads.flatMap((p, i) => {
    const next = payloads[i + HOSTILE_QUESTIONS];
    return next ? [{ id: `rel${p.n}`, from: `a${p.n}`, to: `a${next.n}`, kind: 'contradicts' as const, note: p.text }] : [];
  });

  // Every payload is a piece of Markdown once in the briefing: in the BLUF or in its question's note,
  // alternating by tens so every question has a note (twice over would only make the PDF longer).
  const inBluf = (i: number) => Math.floor(i / HOSTILE_QUESTIONS) % 2 === 0;
  const questionNotes: Record<string, string> = {};
  for (const q of questions) questionNotes[q.id] = payloads.filter((_, i) => questionOf(i) === q.id && !inBluf(i)).map((p) => p.text).join('\n\n');

  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'hostile-notebook',
    title: packed(0, 200, payloads),
    createdAt: now,
    updatedAt: now,
    sources: [
      {
        id: HOSTILE_SOURCE,
        title: payloads[0]!.text,
        publisher: packed(11, 200, payloads),
        format: 'text',
        text,
        sha256: sha256(text),
        importedAt: now,
      },
      {
        id: HOSTILE_MD_SOURCE,
        title: payloads[1]!.text,
        publisher: packed(40, 200, payloads),
        format: 'markdown',
        text,
        sha256: sha256(text),
        importedAt: now,
      },
    ],
    annotations,
    actors: payloads.map((p, i) => ({ id: `actor${p.n}`, name: p.text, aliases: [p.text], color: colour(i) })),
    questions,
    tags: payloads.map((p, i) => ({ id: `t${p.n}`, label: p.text, color: colour(i + 3) })),
    relations,
    briefing: {
      title: packed(60, 300, payloads),
      bluf: payloads.filter((_, i) => inBluf(i)).map((p) => p.text).join('\n\n'),
      keyJudgments: payloads.map((p, i) => ({ id: `kj${p.n}`, text: p.text, likelihood: LIKELIHOODS[i % LIKELIHOODS.length]!.key })),
      questionNotes,
      columns: {},
      // One excerpt per family: every payload is already in the BLUF, the key judgments and the tables,
      // and 180 excerpts would only make the PDF long.
      excerptIds: [...new Map(payloads.map((p) => [p.family, `a${p.n}`])).values()],
    },
  };
}
