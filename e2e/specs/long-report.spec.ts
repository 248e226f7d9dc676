// A long report with hundreds of annotations: the reader registers only the
// highlights near the screen (so typing and searching stay fast), yet every
// highlight is there wherever the analyst scrolls or jumps to, and the
// renderer marks when the first screen's highlights are painted.
import { createNotebookFile } from '../../notes/store/index.ts';
import { describe } from '../../notes/anchoring/index.ts';
import type { Annotation } from '../../notes/model/schema.ts';
import { sampleNotebook, SAMPLE_ARTICLE } from '../../notes/samples/sample.ts';
import { paragraphs } from '../../notes/text/paragraphs.ts';
import { HIGHLIGHTS_PAINTED, type PaintedDetail } from '../../renderer/src/reader/paintedMark.ts';
import { test, expect, type NotebookApp } from '../fixtures.ts';
import { highlighted } from '../harness/analyst.ts';
import type { Page } from '@playwright/test';

const SECTIONS = 60;
const NOW = '2024-07-30T12:00:00.000Z';

/** The article's paragraphs, section after section, each paragraph numbered so every quote is unique. */
function longReport(): { text: string; quotes: string[] } {
  const article = SAMPLE_ARTICLE.replace(/\r\n?/g, '\n');
  const bodies = paragraphs(article)
    .map((b) => article.slice(b.start, b.end))
    .filter((p) => p.length > 80);
  const parts: string[] = [];
  const quotes: string[] = [];
  for (let s = 1; s <= SECTIONS; s++) {
    for (const [i, body] of bodies.entries()) {
      const lead = `Section ${s}.${i + 1}:`;
      parts.push(`${lead} ${body}`);
      // The paragraph's first words, ending on a whole word.
      quotes.push(`${lead} ${body.slice(0, 48).replace(/\s+\S*$/, '')}`);
    }
  }
  return { text: parts.join('\n\n'), quotes };
}

/** The detail of the mark made when the reader has painted the source's highlights. */
async function painted(page: Page): Promise<PaintedDetail> {
  const handle = await page.waitForFunction(
    (name) => (performance.getEntriesByName(name, 'mark') as PerformanceMark[]).map((m) => m.detail as PaintedDetail)[0],
    HIGHLIGHTS_PAINTED,
  );
  return (await handle.jsonValue())!;
}

/** The long report as a notebook file, opened in the app so a relaunch or reload opens it again. */
async function openLongReport(app: NotebookApp, file: string): Promise<{ text: string; quotes: string[] }> {
  const { text, quotes } = longReport();
  const nb = sampleNotebook(NOW);
  const source = { ...nb.sources[0]!, id: 'src-long', title: 'Coalition talks: the long report', text };
  const annotations: Annotation[] = quotes.map((quote, i) => {
    const start = text.indexOf(quote);
    return { id: `an-${i}`, sourceId: source.id, target: describe(text, start, start + quote.length), note: '', tags: [], createdAt: NOW, updatedAt: NOW };
  });
  await createNotebookFile(file, { ...nb, title: 'Long report', sources: [source], annotations, relations: [], briefing: { ...nb.briefing, excerptIds: [] } });
  await app.dialogs.nextOpen(file);
  await app.page.evaluate(() => window.notebook.openNotebook());
  return { text, quotes };
}

/**
 * What the annotations pane shows: its rendered cards must stack in order
 * without overlapping and fill the view (the list is windowed, and cards are
 * rendered from estimated heights until measured). Returns the problems seen.
 */
async function paneProblems(page: Page): Promise<string[]> {
  return page.locator('.pane .virtual-scroll').evaluate(async (scroller) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const view = scroller.getBoundingClientRect();
    const rows = [...scroller.querySelectorAll<HTMLElement>('.virtual-row')].map((el) => ({ at: Number(el.getAttribute('aria-posinset')), of: Number(el.getAttribute('aria-setsize')), box: el.getBoundingClientRect() }));
    const problems: string[] = [];
    if (rows.length === 0) return ['no cards rendered'];
    rows.forEach((row, i) => {
      const next = rows[i + 1];
      if (next && next.at !== row.at + 1) problems.push(`card ${next.at} follows card ${row.at}`);
      if (next && next.box.top < row.box.bottom - 0.5) problems.push(`card ${next.at} overlaps card ${row.at} by ${(row.box.bottom - next.box.top).toFixed(0)} px`);
    });
    const first = rows[0]!;
    const last = rows.at(-1)!;
    if (first.box.top > view.top + 0.5 && first.at > 1) problems.push(`a gap of ${(first.box.top - view.top).toFixed(0)} px above card ${first.at}`);
    if (last.box.bottom < view.bottom - 0.5 && last.at < last.of) problems.push(`a gap of ${(view.bottom - last.box.bottom).toFixed(0)} px below card ${last.at} of ${last.of}`);
    if (last.at === last.of && Math.abs(scroller.scrollHeight - (last.box.bottom - view.top + scroller.scrollTop)) > 2) problems.push(`the list is ${scroller.scrollHeight} px tall but its last card ends at ${(last.box.bottom - view.top + scroller.scrollTop).toFixed(0)} px`);
    return problems;
  });
}

async function scrollPane(page: Page, to: 'top' | 'middle' | 'end'): Promise<void> {
  await page.locator('.pane .virtual-scroll').evaluate((el, where) => el.scrollTo(0, where === 'end' ? el.scrollHeight : where === 'middle' ? el.scrollHeight / 2 : 0), to);
}

test('a long report: highlights are drawn wherever the analyst reads, and only there', async ({ app }, testInfo) => {
  const { page } = app;
  const { text, quotes } = await openLongReport(app, testInfo.outputPath('Long report.notebook.json'));
  await page.reload();

  const first = await painted(page);
  expect(first.anchored).toBe(quotes.length);
  // Only the first screens' highlights are registered, not hundreds.
  expect(first.registered).toBeGreaterThan(0);
  expect(first.registered).toBeLessThan(quotes.length / 4);
  await expect.poll(() => highlighted(page)).toContain(quotes[0]);
  expect(await highlighted(page)).not.toContain(quotes.at(-1));
  // The first screens go in the page before the first paint, the rest after it, with no help from the analyst.
  const reader = page.locator('.reader-text');
  await expect(reader).toHaveAttribute('aria-busy', 'false');
  await expect(reader.locator('p')).toHaveCount(paragraphs(text).length);
  expect(await reader.evaluate((el) => el.textContent)).toBe(paragraphs(text).map((b) => text.slice(b.start, b.end)).join(''));

  // The pane's cards, windowed, stack in order and fill the view wherever it is scrolled.
  await expect(page.locator('.pane .column-head .count')).toHaveText(String(quotes.length));
  expect(await paneProblems(page)).toEqual([]);
  await scrollPane(page, 'middle');
  await expect.poll(() => paneProblems(page)).toEqual([]);
  await scrollPane(page, 'end');
  await expect.poll(() => paneProblems(page)).toEqual([]);
  await expect(page.locator('.pane article.card').filter({ hasText: quotes.at(-1)! })).toBeVisible();
  await scrollPane(page, 'middle');
  // Narrowing the search, letter by letter, replaces the cards in view.
  await page.getByPlaceholder('Search quotes, notes, tags…').pressSequentially('section 4', { delay: 30 });
  await expect(page.locator('.pane .column-head .count')).not.toHaveText(String(quotes.length));
  await expect.poll(() => paneProblems(page)).toEqual([]);
  await page.getByPlaceholder('Search quotes, notes, tags…').fill('');
  await scrollPane(page, 'top');
  await expect.poll(() => paneProblems(page)).toEqual([]);

  // Scrolled to the end, the last quotes are highlighted and the first ones let go.
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => highlighted(page)).toContain(quotes.at(-1));
  expect(await highlighted(page)).not.toContain(quotes[0]);
  await app.screenshot('long-report-end');

  // "Show in text" from a card in the middle scrolls there and draws its highlight.
  const middle = quotes[Math.floor(quotes.length / 2)]!;
  await page.getByPlaceholder('Search quotes, notes, tags…').fill(middle.slice(0, middle.indexOf(':') + 1));
  const card = page.locator('.pane article.card').filter({ hasText: middle });
  await expect(card).toHaveCount(1);
  await card.getByRole('button', { name: 'Show in text' }).click();
  await expect.poll(() => highlighted(page)).toContain(middle);
  const inView = await page.evaluate((quote) => {
    const p = [...document.querySelectorAll('.reader-text p')].find((el) => el.textContent?.startsWith(quote.slice(0, quote.indexOf(':'))));
    const box = p?.getBoundingClientRect();
    const view = document.querySelector('.reader-scroll')!.getBoundingClientRect();
    return !!box && box.bottom > view.top && box.top < view.bottom;
  }, middle);
  expect(inView).toBe(true);
});
