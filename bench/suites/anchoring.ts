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
import { accuracy, judge, RevisionMap, tally, type Expected, type Tally } from '../lib/truth.ts';

/** Hypothesis stops anchoring an annotation after this long; we count how often the baseline would have. */
const HYPOTHESIS_TIMEOUT_MS = 500;

interface Outcome {
  ms: number;
  tally: Tally;
  /** Annotations that took longer than HYPOTHESIS_TIMEOUT_MS (baseline only). */
  overTimeout?: number;
}

/** Share of the edited quotes that were orphaned or placed on their edited words. */
function editedRight(t: Tally): number {
  const edited = t['edited-found'] + t['edited-orphaned'] + t['edited-elsewhere'];
  return edited === 0 ? 1 : (t['edited-found'] + t['edited-orphaned']) / edited;
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
  ours: Tally;
  baseline?: Tally;
  baselineOverTimeout?: number;
}

export async function runAnchoring(log: (line: string) => void): Promise<{ rows: Row[]; details: AnchoringDetails[] }> {
  const rows: Row[] = [];
  const details: AnchoringDetails[] = [];
  // The baseline takes ~50 s per pass at 10k (see PERFORMANCE.md): it is
  // compared at 1k and 10k; at 100k only this app's matcher runs.
  for (const n of [1_000, 10_000, 100_000]) {
    const nb = await readNotebook(notebookFile(n));
    const revision = await readRevision(n);
    const map = new RevisionMap(revision.replacements);
    const annotations = nb.annotations;
    const expected = annotations.map((a) => map.expected(a.target.position));
    const withBaseline = n <= 10_000;
    // Warm-up: one untimed pass of ours; the baseline's code is warmed by its 1k runs.
    if (n === 1_000) baseline(revision.text, annotations, expected);
    ours(revision.text, annotations, expected);
    const o: Outcome[] = [];
    const b: Outcome[] = [];
    for (let i = 0; i < RUNS; i++) {
      o.push(ours(revision.text, annotations, expected));
      if (withBaseline) b.push(baseline(revision.text, annotations, expected));
      log(`anchoring ${label(n)}: run ${i + 1}/${RUNS} ours ${o[i]!.ms.toFixed(0)} ms${withBaseline ? `, baseline ${b[i]!.ms.toFixed(0)} ms` : ''}`);
    }
    const size = label(n);
    const oursMs = summarize(o.map((x) => x.ms));
    const oursAcc = summarize(o.map((x) => accuracy(x.tally)));
    const kept = expected.filter((e) => e.kind === 'kept').length;
    const detail: AnchoringDetails = {
      size,
      editedParagraphs: revision.editedParagraphs,
      replacements: revision.replacements.length,
      keptQuotes: kept,
      editedQuotes: expected.length - kept,
      ours: o[o.length - 1]!.tally,
    };
    const scope = `${size} annotations, ${revision.editedParagraphs} paragraphs edited, ${expected.length - kept} quotes edited`;
    if (withBaseline) {
      const baseMs = summarize(b.map((x) => x.ms));
      const baseAcc = summarize(b.map((x) => accuracy(x.tally)));
      const speedup = ratio(b.map((x) => x.ms), o.map((x) => x.ms));
      detail.baseline = b[b.length - 1]!.tally;
      detail.baselineOverTimeout = b[b.length - 1]!.overTimeout;
      const isTarget = n === 10_000;
      rows.push(
        row('anchoring', `Re-anchor all, ${size} — this app`, 'ms', oursMs, undefined, scope),
        row('anchoring', `Re-anchor all, ${size} — Hypothesis-style baseline`, 'ms', baseMs, undefined, `${detail.baselineOverTimeout} annotations took > ${HYPOTHESIS_TIMEOUT_MS} ms (Hypothesis would give up on them)`),
        row('anchoring', `Re-anchor speed-up vs baseline, ${size}`, '×', speedup, isTarget ? ge(3) : undefined, 'baseline median / our median (min, max: per pair of runs)'),
        row('anchoring', `Re-anchor accuracy, ${size} — this app`, '%', oursAcc, isTarget ? ge(baseAcc.median) : undefined, isTarget ? 'target: at least the baseline’s accuracy' : undefined),
        row('anchoring', `Re-anchor accuracy, ${size} — baseline`, '%', baseAcc),
        row('anchoring', `Edited quotes placed right, ${size} — this app`, '%', summarize(o.map((x) => editedRight(x.tally))), undefined, 'orphaned, or on their edited words'),
        row('anchoring', `Edited quotes placed right, ${size} — baseline`, '%', summarize(b.map((x) => editedRight(x.tally)))),
      );
    } else {
      rows.push(
        row('anchoring', `Re-anchor all, ${size} — this app`, 'ms', oursMs, undefined, `${scope}; baseline not run (≈10× its 10k time per pass)`),
        row('anchoring', `Re-anchor accuracy, ${size} — this app`, '%', oursAcc),
      );
    }
    details.push(detail);
  }
  return { rows, details };
}
