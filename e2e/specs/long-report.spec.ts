// A long report with hundreds of annotations: the reader registers only the
// highlights near the screen (so typing and searching stay fast), yet every
// highlight is there wherever the analyst scrolls or jumps to, and the
// renderer marks when the first screen's highlights are painted.
import { createNotebookFile } from '../../notes/store/index.ts';
import { describe } from '../../notes/anchoring/index.ts';
import type { Annotation } from '../../notes/model/schema.ts';
import { sampleNotebook, SAMPLE_ARTICLE } from '../../notes/samples/sample.ts';
import { paragraphs } from '../../notes/text/paragraphs.ts';
import { HIGHLIGHTS_PAINTED, type PaintedDetail } from '../../renderer/src/reader/painted.ts';
import { test, expect } from '../fixtures.ts';
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

async function painted(page: Page): Promise<PaintedDetail> {
  const handle = await page.waitForFunction((name) => (performance.getEntriesByName(name, 'mark').at(-1) as PerformanceMark | undefined)?.detail as PaintedDetail | undefined, HIGHLIGHTS_PAINTED);
  return (await handle.jsonValue())!;
}

test('a long report: highlights are drawn wherever the analyst reads, and only there', async ({ app }, testInfo) => {
  const { page } = app;
  const { text, quotes } = longReport();
  const nb = sampleNotebook(NOW);
  const source = { ...nb.sources[0]!, id: 'src-long', title: 'Coalition talks: the long report', text };
  const annotations: Annotation[] = quotes.map((quote, i) => {
    const start = text.indexOf(quote);
    return { id: `an-${i}`, sourceId: source.id, target: describe(text, start, start + quote.length), note: '', tags: [], createdAt: NOW, updatedAt: NOW };
  });
  const file = testInfo.outputPath('Long report.notebook.json');
  await createNotebookFile(file, { ...nb, title: 'Long report', sources: [source], annotations, relations: [], briefing: { ...nb.briefing, excerptIds: [] } });

  await app.dialogs.nextOpen(file);
  await page.evaluate(() => window.notebook.openNotebook());
  await page.reload();

  const first = await painted(page);
  expect(first.anchored).toBe(quotes.length);
  // Only the first screens' highlights are registered, not hundreds.
  expect(first.registered).toBeGreaterThan(0);
  expect(first.registered).toBeLessThan(quotes.length / 4);
  await expect.poll(() => highlighted(page)).toContain(quotes[0]);
  expect(await highlighted(page)).not.toContain(quotes.at(-1));

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
