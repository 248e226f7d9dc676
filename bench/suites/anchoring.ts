// Re-anchoring every annotation after the source is revised: this app's
// reanchorSource against the Hypothesis-style baseline, on the same data, in
// the same process, run alternately (ours, baseline, ours, …) so both see the
// same machine. Accuracy is judged against the known edit (lib/truth.ts).
import { reanchorSource } from '../../notes/anchoring/index.ts';
import type { Annotation } from '../../notes/model/schema.ts';
import { matchQuote } from '../baseline/hypothesis-matcher.ts';
import { label, notebookFile, readNotebook, readRevision } from '../generate/data.ts';
import type { Span } from '../generate/prose.ts';
import { ge, row, type Row } from '../lib/result.ts';
import { ratio, summarize, RUNS } from '../lib/stats.ts';
import { accuracy, countOf, judge, rightAmong, RevisionMap, tally, type Expected, type Tally } from '../lib/truth.ts';
import { newsProse } from '../generate/news-corpus.ts';
import { generateNotebook } from '../generate/notebook.ts';
import { reviseProse } from '../generate/revision.ts';
import { seeded } from '../lib/random.ts';

/** Hypothesis stops anchoring an annotation after this long; we count how often the baseline would have. */
const HYPOTHESIS_TIMEOUT_MS = 500;

interface Outcome {
  ms: number;
  tally: Tally;
  /** Annotations that took longer than HYPOTHESIS_TIMEOUT_MS (baseline only). */
  overTimeout?: number;
}

function judgeAll(annotations: readonly Annotation[], expected: readonly Expected[], found: (i: number) => Span | null): Tally {
  return tally(annotations.map((a, i) => judge(expected[i]!, found(i), a.target.quote.exact.length)));
}

function ours(text: string, annotations: readonly Annotation[], expected: readonly Expected[]): Outcome {
  const start = performance.now();
  const { annotations: moved, results } = reanchorSource(text, annotations);
  const ms = performance.now() - start;
  return { ms, tally: judgeAll(annotations, expected, (i) => (results[i]!.state === 'orphaned' ? null : moved[i]!.target.position)) };
}

function baseline(text: string, annotations: readonly Annotation[], expected: readonly Expected[]): Outcome {
  const found: (Span | null)[] = [];
  let overTimeout = 0;
  const start = performance.now();
  for (const a of annotations) {
    const t = performance.now();
    const { exact, prefix, suffix } = a.target.quote;
    found.push(matchQuote(text, exact, { prefix, suffix, hint: a.target.position.start }));
    if (performance.now() - t > HYPOTHESIS_TIMEOUT_MS) overTimeout++;
  }
  const ms = performance.now() - start;
  return { ms, overTimeout, tally: judgeAll(annotations, expected, (i) => found[i]!) };
}

export interface AnchoringDetails {
  size: string;
  editedParagraphs: number;
  replacements: number;
  keptQuotes: number;
  editedQuotes: number;
  deletedQuotes: number;
  ours: Tally;
  baseline?: Tally;
  baselineOverTimeout?: number;
}

/** Unchanged, edited and deleted quotes judged apart: each has its own way of going wrong. */
function byKind(rows: Row[], scope: string, who: string, tallies: Tally[], targets: { kept?: number; edited?: number; deleted?: number } = {}): void {
  const t = tallies[tallies.length - 1]!;
  const kinds = [
    ['kept', 'Unchanged quotes on their own words', 'kept'],
    ['edited', 'Edited quotes placed right', 'edited'],
    ['deleted', 'Deleted quotes orphaned', 'deleted'],
  ] as const;
  for (const [kind, label, key] of kinds) {
    const target = targets[key];
    rows.push(row('anchoring', `${label}, ${scope} — ${who}`, '%', summarize(tallies.map((x) => rightAmong(x, kind))), target === undefined ? undefined : ge(target), `${countOf(t, kind)} quotes`));
  }
}

export async function runAnchoring(log: (line: string) => void): Promise<{ rows: Row[]; details: AnchoringDetails[] }> {
  const rows: Row[] = [];
  const details: AnchoringDetails[] = [];
  // The baseline takes ~50 s per pass at 10k on a quiet machine (see
  // PERFORMANCE.md): it runs RUNS times at 1k and 10k, once at 100k.
  for (const n of [1_000, 10_000, 100_000]) {
    const nb = await readNotebook(notebookFile(n));
    const revision = await readRevision(n);
    const map = new RevisionMap(revision.replacements);
    const annotations = nb.annotations;
    const expected = annotations.map((a) => map.expected(a.target.position));
    const baselineRuns = n <= 10_000 ? RUNS : 1;
    // Warm-up: one untimed pass of ours; the baseline's code is warmed by its 1k runs.
    if (n === 1_000) baseline(revision.text, annotations, expected);
    ours(revision.text, annotations, expected);
    const o: Outcome[] = [];
    const b: Outcome[] = [];
    for (let i = 0; i < RUNS; i++) {
      o.push(ours(revision.text, annotations, expected));
      if (i < baselineRuns) b.push(baseline(revision.text, annotations, expected));
      log(`anchoring ${label(n)}: run ${i + 1}/${RUNS} ours ${o[i]!.ms.toFixed(0)} ms${b[i] ? `, baseline ${b[i]!.ms.toFixed(0)} ms` : ''}`);
    }
    const size = label(n);
    const count = (kind: Expected['kind']) => expected.filter((e) => e.kind === kind).length;
    const detail: AnchoringDetails = {
      size,
      editedParagraphs: revision.editedParagraphs,
      replacements: revision.replacements.length,
      keptQuotes: count('kept'),
      editedQuotes: count('edited'),
      deletedQuotes: count('deleted'),
      ours: o[o.length - 1]!.tally,
      baseline: b[b.length - 1]!.tally,
      baselineOverTimeout: b[b.length - 1]!.overTimeout,
    };
    const scope = `${size} annotations, ${revision.editedParagraphs} paragraphs edited, ${detail.editedQuotes} quotes edited, ${detail.deletedQuotes} deleted`;
    const isTarget = n >= 10_000;
    rows.push(
      row('anchoring', `Re-anchor all, ${size} — this app`, 'ms', summarize(o.map((x) => x.ms)), undefined, scope),
      row('anchoring', `Re-anchor all, ${size} — Hypothesis-style baseline`, 'ms', summarize(b.map((x) => x.ms)), undefined, `${baselineRuns === 1 ? 'one pass; ' : ''}${detail.baselineOverTimeout} annotations took > ${HYPOTHESIS_TIMEOUT_MS} ms (Hypothesis would give up on them)`),
      row('anchoring', `Re-anchor speed-up vs baseline, ${size}`, '×', ratio(b.map((x) => x.ms), o.slice(0, b.length).map((x) => x.ms)), n === 10_000 ? ge(8) : undefined, 'baseline median / our median (min, max: per pair of runs)'),
      row('anchoring', `Re-anchor accuracy, ${size} — this app`, '%', summarize(o.map((x) => accuracy(x.tally))), isTarget ? ge(0.9995) : undefined),
      row('anchoring', `Re-anchor accuracy, ${size} — baseline`, '%', summarize(b.map((x) => accuracy(x.tally)))),
    );
    byKind(rows, size, 'this app', o.map((x) => x.tally), isTarget ? { kept: 1, edited: 0.92, deleted: 1 } : {});
    byKind(rows, size, 'baseline', b.map((x) => x.tally));
    details.push(detail);
  }
  const news = runNews(log);
  rows.push(...news.rows);
  details.push(news.detail);
  return { rows, details };
}

/** Notebooks and revisions on the news corpus: one per seed, small enough to run the baseline on each. */
const NEWS_TRIALS = 40;
const NEWS_ANNOTATIONS = 250;
/** A fifth of its paragraphs edited per revision: a short text needs many edits for the figures to mean something. */
const NEWS_EDITED_SHARE = 0.2;

function runNews(log: (line: string) => void): { rows: Row[]; detail: AnchoringDetails } {
  const prose = newsProse();
  const random = seeded('news-corpus-1');
  const oursTallies: Tally[] = [];
  const baseTallies: Tally[] = [];
  let oursMs = 0;
  let baseMs = 0;
  let editedParagraphs = 0;
  let replacements = 0;
  const expectedAll: Expected[] = [];
  for (let t = 0; t < NEWS_TRIALS; t++) {
    const nb = generateNotebook(prose, { annotations: NEWS_ANNOTATIONS }, random.fork(`notebook-${t}`));
    const revision = reviseProse(prose, nb.annotations.map((a) => a.target.position), random.fork(`revision-${t}`), NEWS_EDITED_SHARE);
    const map = new RevisionMap(revision.replacements);
    const expected = nb.annotations.map((a) => map.expected(a.target.position));
    expectedAll.push(...expected);
    const o = ours(revision.text, nb.annotations, expected);
    const b = baseline(revision.text, nb.annotations, expected);
    oursTallies.push(o.tally);
    baseTallies.push(b.tally);
    oursMs += o.ms;
    baseMs += b.ms;
    editedParagraphs += revision.editedParagraphs;
    replacements += revision.replacements.length;
  }
  const sum = (tallies: Tally[]) => tallies.reduce((acc, x) => Object.fromEntries(Object.entries(acc).map(([k, v]) => [k, v + x[k as keyof Tally]])) as Tally);
  const oursTotal = sum(oursTallies);
  const baseTotal = sum(baseTallies);
  const count = (kind: Expected['kind']) => expectedAll.filter((e) => e.kind === kind).length;
  const words = prose.text.split(/\s+/).length;
  const scope = `news corpus (${words.toLocaleString('en-US')} words), ${NEWS_TRIALS} revisions × ${NEWS_ANNOTATIONS}`;
  log(`anchoring news: ${NEWS_TRIALS} revisions, ours ${oursMs.toFixed(0)} ms, baseline ${baseMs.toFixed(0)} ms in all`);
  const rows: Row[] = [
    row('anchoring', `Re-anchor accuracy, ${scope} — this app`, '%', summarize([accuracy(oursTotal)]), undefined, `${editedParagraphs} paragraphs edited in all; ours ${oursMs.toFixed(0)} ms, baseline ${baseMs.toFixed(0)} ms for all revisions`),
    row('anchoring', `Re-anchor accuracy, ${scope} — baseline`, '%', summarize([accuracy(baseTotal)])),
  ];
  byKind(rows, scope, 'this app', [oursTotal]);
  byKind(rows, scope, 'baseline', [baseTotal]);
  return {
    rows,
    detail: {
      size: 'news corpus',
      editedParagraphs,
      replacements,
      keptQuotes: count('kept'),
      editedQuotes: count('edited'),
      deletedQuotes: count('deleted'),
      ours: oursTotal,
      baseline: baseTotal,
    },
  };
}
