// Measures the Compare view on a large synthetic notebook in the browser
// harness: one question with CLAIMS claims over three actors and RELATIONS
// relations between them. Prints how long opening the view takes, and the long
// tasks (> 50 ms) seen while typing in the question note and while resizing
// the window (which re-draws every relation line). Not a test: numbers vary by
// machine. Needs a built renderer (npm run build:renderer).
//
//   npx tsx bench/compare-view.ts [claims] [relations]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchApp } from '../e2e/harness/launch.ts';
import { describe } from '../notes/anchoring/index.ts';
import { sampleNotebook, SAMPLE_ARTICLE, SAMPLE_IDS } from '../notes/samples/sample.ts';
import { createNotebookFile } from '../notes/store/index.ts';
import type { Annotation, Notebook } from '../notes/model/schema.ts';

const CLAIMS = Number(process.argv[2] ?? 600);
const RELATIONS = Number(process.argv[3] ?? 60);

function syntheticNotebook(): Notebook {
  const nb = sampleNotebook('2024-07-23T10:00:00.000Z');
  const text = Array.from({ length: 40 }, () => SAMPLE_ARTICLE).join('\n\n');
  const source = { ...nb.sources[0]!, text };
  // Baghdad, Washington and Tehran, as this load has always been measured (the sample has more actors now).
  const sides = nb.actors.filter((a) => a.id === SAMPLE_IDS.baghdad || a.id === SAMPLE_IDS.washington);
  const actors = [...sides, { id: 'actor-tehran', name: 'Tehran', aliases: [], color: '#2ca02c' }];
  const positions = ['End of the mission', 'Transition', 'Expulsion'];
  const words = [...text.matchAll(/\S+(?:\s+\S+){4,12}/g)];
  const annotations: Annotation[] = Array.from({ length: CLAIMS }, (_, i) => {
    const m = words[(i * 7) % words.length]!;
    const actor = actors[i % actors.length]!;
    return {
      id: `ann-${i}`,
      sourceId: source.id,
      target: describe(text, m.index, m.index + m[0].length),
      note: i % 3 === 0 ? `Note **${i}** with a [link](https://example.org/${i}).` : '',
      tags: [],
      claim: { actorId: actor.id, questionId: SAMPLE_IDS.question, position: positions[(i + (i % 5 === 0 ? 1 : 0)) % 3]!, cue: 'said', reliability: 'B', credibility: '3' },
      createdAt: nb.createdAt,
      updatedAt: nb.createdAt,
    };
  });
  const relations = Array.from({ length: RELATIONS }, (_, i) => ({
    id: `rel-${i}`,
    from: `ann-${(i * 13) % CLAIMS}`,
    to: `ann-${(i * 13 + 1) % CLAIMS}`,
    kind: (['contradicts', 'supports', 'qualifies'] as const)[i % 3]!,
    note: '',
  }));
  return {
    ...nb,
    id: 'synthetic',
    title: 'Synthetic compare load',
    sources: [source],
    actors,
    annotations,
    relations,
    briefing: { ...nb.briefing, columns: {}, excerptIds: [] },
  };
}

const root = await mkdtemp(path.join(tmpdir(), 'measure-compare-'));
const app = await launchApp({ notebooksDir: path.join(root, 'notebooks'), userDataDir: path.join(root, 'user') });
try {
  const file = path.join(root, 'synthetic.notebook.json');
  await createNotebookFile(file, syntheticNotebook());
  await app.dialogs.nextOpen(file);
  await app.page.evaluate(() => window.notebook.openNotebook());
  await app.page.reload();
  const { page } = app;
  await page.getByText('Synthetic compare load').first().waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: false });
  });
  const takeLongTasks = () => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));

  const t0 = Date.now();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare', exact: true }).click();
  await page.locator('.claim-card').nth(CLAIMS - 1).waitFor({ state: 'attached' });
  await page.locator('.rel-link').first().waitFor({ state: 'attached' });
  const openMs = Date.now() - t0;
  const cards = await page.locator('.claim-card').count();
  const lines = await page.locator('.rel-link').count();
  const openTasks = await takeLongTasks();

  const note = page.getByRole('textbox', { name: 'Your note on this question' });
  await note.click();
  await note.pressSequentially('Typing a note while hundreds of claims are on screen.', { delay: 30 });
  await note.blur();
  await page.waitForTimeout(600);
  const typingTasks = await takeLongTasks();

  for (const width of [1100, 1400, 1000, 1280]) {
    await page.setViewportSize({ width, height: 860 });
    await page.waitForTimeout(200);
  }
  const resizeTasks = await takeLongTasks();

  const t1 = Date.now();
  await page.locator('.relation-list').getByRole('button', { name: /^Remove relation/ }).first().click();
  await page.waitForFunction((n) => document.querySelectorAll('.rel-link').length === n - 1, lines);
  const removeMs = Date.now() - t1;
  const removeTasks = await takeLongTasks();

  console.log(
    JSON.stringify(
      { claims: CLAIMS, relations: RELATIONS, cards, lines, openMs, openLongTasks: openTasks, typingLongTasks: typingTasks, resizeLongTasks: resizeTasks, removeRelationMs: removeMs, removeLongTasks: removeTasks },
      null,
      1,
    ),
  );
} finally {
  await app.close();
  await rm(root, { recursive: true, force: true });
}
