// Merging two analysts' notebooks of 10,000 annotations each that share
// 9,000 (each has 1,000 of its own; 300 shared notes rewritten on each side,
// 50 of them the same note on both — conflicts): the first merge (no base, a
// union), the next one (the memory of the first as base, theirs with 200
// more edits), and the merge's result validated as the store would.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dispatch } from '../../electron/main/dispatch.ts';
import { createHandlers } from '../../electron/main/handlers.ts';
import type { MergePreview, Session } from '../../electron/contract.ts';
import { fakeHost } from '../../electron/test/fake-host.ts';
import { createNotebookFile } from '../../notes/store/index.ts';
import { applyOperation } from '../../notes/model/apply.ts';
import type { Annotation, Notebook } from '../../notes/model/schema.ts';
import { validateNotebook } from '../../notes/model/validate.ts';
import { planMerge } from '../../notes/merge/index.ts';
import { ARTICLE_FILE, SEED, SOURCE_LENGTH } from '../generate/data.ts';
import { generateNotebook } from '../generate/notebook.ts';
import { generateProse } from '../generate/prose.ts';
import { seeded } from '../lib/random.ts';
import { le, row, type Row } from '../lib/result.ts';
import { repeat, summarize, timed } from '../lib/stats.ts';

const SHARED = 9_000;
const OWN = 1_000;
const EDITED = 300;
const BOTH = 50;
const AT = '2024-09-01T10:00:00.000Z';

const rewrite = (a: Annotation, note: string): Annotation => ({ ...a, note, updatedAt: AT });

/** Two notebooks from one: the shared annotations, each side's own, and the edits. */
function twoAnalysts(all: Notebook): { ours: Notebook; theirs: Notebook } {
  const shared = all.annotations.slice(0, SHARED);
  const oursOwn = all.annotations.slice(SHARED, SHARED + OWN);
  const theirsOwn = all.annotations.slice(SHARED + OWN, SHARED + 2 * OWN);
  // Ours rewrites shared notes 0..299, theirs 250..549: 50 rewritten on both sides.
  const ours = shared.map((a, i) => (i < EDITED ? rewrite(a, `${a.note} (ours)`) : a));
  const theirs = shared.map((a, i) => (i >= EDITED - BOTH && i < 2 * EDITED - BOTH ? rewrite(a, `${a.note} (theirs)`) : a));
  const keep = new Set([...shared, ...oursOwn, ...theirsOwn].map((a) => a.id));
  const base = { ...all, relations: all.relations.filter((r) => keep.has(r.from) && keep.has(r.to)), briefing: { ...all.briefing, excerptIds: [] } };
  const oursIds = new Set([...shared, ...oursOwn].map((a) => a.id));
  const theirsIds = new Set([...shared, ...theirsOwn].map((a) => a.id));
  return {
    ours: { ...base, annotations: [...ours, ...oursOwn], relations: base.relations.filter((r) => oursIds.has(r.from) && oursIds.has(r.to)) },
    theirs: { ...base, id: 'nb-colleague', author: 'Sam', annotations: [...theirs, ...theirsOwn], relations: base.relations.filter((r) => theirsIds.has(r.from) && theirsIds.has(r.to)) },
  };
}

export async function runMerge(log: (line: string) => void): Promise<{ rows: Row[]; details: Record<string, unknown>[] }> {
  const random = seeded(`${SEED}-merge`);
  const prose = generateProse(await readFile(ARTICLE_FILE, 'utf8'), SOURCE_LENGTH, random.fork('prose'));
  const all = generateNotebook(prose, { annotations: SHARED + 2 * OWN }, random.fork('notebook'));
  const { ours, theirs } = twoAnalysts(all);

  let first = planMerge(ours, theirs, { now: AT });
  const union = await repeat(() => timed(() => (first = planMerge(ours, theirs, { now: AT }))));
  log(`merge: first merge ${union.median.toFixed(0)} ms — ${first.summary.annotations.added} new, ${first.summary.conflicts} conflicts`);

  // Theirs keeps working: 200 more notes; the next merge has the first one's memory as base.
  let later = theirs;
  for (const a of theirs.annotations.slice(1_000, 1_200)) later = applyOperation(later, { kind: 'annotation.update', id: a.id, patch: { note: `${a.note} (later)` }, at: AT }, AT).notebook;
  let next = planMerge(first.notebook, later, { now: AT });
  const remembered = await repeat(() => timed(() => (next = planMerge(first.notebook, later, { now: AT }))));
  log(`merge: next merge ${remembered.median.toFixed(0)} ms — ${next.summary.annotations.changed} changed, ${next.summary.conflicts} new conflicts`);

  const validate = await repeat(() => timed(() => validateNotebook(first.notebook)));
  const memoryBytes = JSON.stringify(first.notebook.shared).length;
  const notebookBytes = JSON.stringify(first.notebook).length;
  log(`merge: validate ${validate.median.toFixed(0)} ms; memory of theirs ${(memoryBytes / 1e6).toFixed(2)} MB of ${(notebookBytes / 1e6).toFixed(2)} MB`);
  const app = await inTheApp(ours, theirs);
  log(`merge: in the app, preview ${app.preview.median.toFixed(0)} ms, longest block ${app.block.max.toFixed(0)} ms; merge applied ${app.apply.median.toFixed(0)} ms`);
  const about = `${ours.annotations.length} + ${theirs.annotations.length} annotations, ${SHARED} shared`;
  return {
    rows: [
      row('merge', 'Merge two 10k-annotation notebooks sharing 9k (no base)', 'ms', union, le(1000), about),
      row('merge', 'Merge again with the remembered base (200 edits)', 'ms', remembered, le(1000)),
      row('merge', 'Validate the merged notebook', 'ms', validate),
      row('merge', 'App: Merge a notebook… preview (worker), from the dialog', 'ms', app.preview),
      row('merge', 'App: longest main-process block during the preview', 'ms', app.block, le(50), 'setInterval probe, 1 ms'),
      row('merge', 'App: the merge applied in main (checked, applied, saved later)', 'ms', app.apply, le(50), 'one block'),
    ],
    details: [
      {
        added: first.summary.annotations.added,
        conflicts: first.summary.conflicts,
        nextChanged: next.summary.annotations.changed,
        nextConflicts: next.summary.conflicts,
        memoryBytes,
        notebookBytes,
      },
    ],
  };
}

/**
 * The app's path, in main's handlers: previewMerge (the dialog answers theirs; the worker reads both files and
 * plans), with a probe timing the longest gap between 1 ms ticks of main's event loop meanwhile; then the
 * merge sent back as the window sends it (apply), which is one synchronous block: checked, applied, queued to save.
 */
async function inTheApp(ours: Notebook, theirs: Notebook) {
  const host = await fakeHost();
  const oursFile = path.join(host.root, 'ours.notebook.json');
  const theirsFile = path.join(host.root, 'theirs.notebook.json');
  await createNotebookFile(oursFile, ours);
  await createNotebookFile(theirsFile, theirs);
  const handlers = createHandlers(host, { log: () => undefined });
  const blocks: number[] = [];
  const applies: number[] = [];
  try {
    const preview = await repeat(async () => {
      await handlers.openFile(oursFile);
      host.opens.push(theirsFile);
      let last = performance.now();
      let longest = 0;
      const probe = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 1);
      const started = performance.now();
      const result = await dispatch(handlers, 'previewMerge', []);
      const took = performance.now() - started;
      clearInterval(probe);
      blocks.push(longest);
      if (!result.ok) throw new Error(result.error.message);
      const op = (result.value as MergePreview).operation;
      const session = handlers.current() as Session;
      const t = performance.now();
      const applied = await dispatch(handlers, 'apply', [[JSON.parse(JSON.stringify(op))], session.revision]);
      applies.push(performance.now() - t);
      if (!applied.ok) throw new Error(applied.error.message);
      // Back to ours as it was, for the next run: the file as written at the start.
      await handlers.dispose();
      await createNotebookFile(`${oursFile}.next`, ours);
      const { rename } = await import('node:fs/promises');
      await rename(`${oursFile}.next`, oursFile);
      return took;
    });
    // The first run warms up, as repeat() does for the preview.
    return { preview, block: summarize(blocks.slice(1)), apply: summarize(applies.slice(1)) };
  } finally {
    await handlers.dispose();
    await host.cleanup();
  }
}
