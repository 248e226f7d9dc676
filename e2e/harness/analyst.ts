// What an analyst does and sees in the reader, for the crash and concurrency
// specs: select words (as a mouse drag leaves them), annotate with a note,
// read the cards, the highlights and the save indicator.
import { writeFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Session } from '../../electron/contract.ts';
import { paragraphs } from '../../notes/text/paragraphs.ts';

export const SAMPLE_HEADLINE = 'Iraqi, US officials meet in Washington to discuss coalition’s future';

export const reader = (page: Page): Locator => page.locator('.reader-text');
export const pane = (page: Page): Locator => page.getByRole('complementary', { name: 'Annotations' });
export const cards = (page: Page): Locator => pane(page).locator('article.card');
export const cardOf = (page: Page, annotationId: string): Locator => pane(page).locator(`article.card[data-annotation-id="${annotationId}"]`);
export const saveIndicator = (page: Page): Locator => page.locator('.save-state');
export const toolbar = (page: Page): Locator => page.getByRole('toolbar', { name: 'Annotate selection' });
export const sourcesNav = (page: Page): Locator => page.getByRole('navigation', { name: 'Sources' });

export interface ShownCard {
  id: string;
  quote: string;
  /** The note as shown (whitespace collapsed), or null when the card shows none. */
  note: string | null;
}

/**
 * Every card of the annotations pane, scrolled through from top to bottom:
 * the pane renders only the cards in view, as a long list would.
 */
export function shownCards(page: Page): Promise<ShownCard[]> {
  return pane(page)
    .locator('.virtual-scroll')
    .evaluate(async (scroller) => {
      const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 20))));
      const text = (el: Element | null) => (el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null);
      const seen = new Map<string, { id: string; quote: string; note: string | null }>();
      scroller.scrollTop = 0;
      await settle();
      for (let step = 0; step < 1000; step++) {
        for (const card of scroller.querySelectorAll<HTMLElement>('article.card[data-annotation-id]')) {
          const id = card.dataset.annotationId!;
          seen.set(id, { id, quote: text(card.querySelector('blockquote')) ?? '', note: text(card.querySelector('.note-html')) });
        }
        if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
        scroller.scrollTop += Math.max(50, scroller.clientHeight - 50);
        await settle();
      }
      return [...seen.values()];
    });
}

/** Scrolls the annotations pane until the card of `annotationId` is rendered, and returns it. */
export async function revealCard(page: Page, annotationId: string): Promise<Locator> {
  const found = await pane(page)
    .locator('.virtual-scroll')
    .evaluate(async (scroller, id) => {
      const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 20))));
      const card = () => scroller.querySelector<HTMLElement>(`article.card[data-annotation-id="${CSS.escape(id)}"]`);
      if (!card()) {
        scroller.scrollTop = 0;
        await settle();
      }
      for (let step = 0; step < 1000 && !card(); step++) {
        if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
        scroller.scrollTop += Math.max(50, scroller.clientHeight - 50);
        await settle();
      }
      card()?.scrollIntoView({ block: 'nearest' });
      return card() !== null;
    }, annotationId);
  if (!found) throw new Error(`no card for annotation ${annotationId} in the annotations pane`);
  return cardOf(page, annotationId);
}

/** The text under each of the reader's annotation highlights (CSS Custom Highlight API), sorted. */
export function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Highlights may hold live Ranges or StaticRanges; only a Range can say what text it covers.
    const textOf = (r: AbstractRange) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    };
    return [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('rn-hl-'))
      .flatMap(([, highlight]) => [...highlight].map(textOf))
      .sort();
  });
}

/** Words of a source the analyst might select: [start, end) in the source text, inside one paragraph. */
export interface Span {
  start: number;
  end: number;
}

/** Every run of `minWords`–`maxWords` words that stays inside one paragraph. */
export function wordSpans(text: string, minWords: number, maxWords: number): Span[] {
  const spans: Span[] = [];
  for (const block of paragraphs(text)) {
    const words = [...text.slice(block.start, block.end).matchAll(/\S+/g)].map((m) => ({ start: block.start + m.index, end: block.start + m.index + m[0].length }));
    for (let i = 0; i < words.length; i++) {
      for (let n = minWords; n <= maxWords && i + n <= words.length; n++) spans.push({ start: words[i]!.start, end: words[i + n - 1]!.end });
    }
  }
  return spans;
}

/**
 * Selects source offsets [start, end) in the shown source, as a mouse drag
 * would leave them. `text` is the source's text, to find the paragraph.
 */
export async function selectSpan(page: Page, text: string, span: Span): Promise<void> {
  const blocks = paragraphs(text);
  const index = blocks.findIndex((b) => b.start <= span.start && span.end <= b.end);
  if (index < 0) throw new Error(`[${span.start}, ${span.end}) is not inside one paragraph`);
  const block = blocks[index]!;
  await page.evaluate(
    ({ index, from, to, expected }) => {
      const el = document.querySelector<HTMLElement>(`.reader-text [data-block="${index}"]`);
      if (!el) throw new Error(`paragraph ${index} is not shown in the reader`);
      // The paragraph's text nodes hold its text exactly (one node, or several for a Markdown paragraph).
      if ((el.textContent ?? '').slice(from, to) !== expected) throw new Error(`paragraph ${index} shows “${(el.textContent ?? '').slice(from, to)}”, not “${expected}”`);
      const pointAt = (offset: number): [Text, number] => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let before = 0;
        for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
          if (offset <= before + t.length) return [t, offset - before];
          before += t.length;
        }
        throw new Error(`offset ${offset} is past paragraph ${index}`);
      };
      // A mouse drag starts by focusing the reader.
      el.parentElement?.focus();
      el.scrollIntoView({ block: 'center' });
      const rect = el.getBoundingClientRect();
      const init = { bubbles: true, clientX: rect.left + 1, clientY: rect.top + 1, button: 0 };
      el.dispatchEvent(new PointerEvent('pointerdown', init));
      el.dispatchEvent(new MouseEvent('mousedown', init));
      const range = document.createRange();
      range.setStart(...pointAt(from));
      range.setEnd(...pointAt(to));
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      el.dispatchEvent(new PointerEvent('pointerup', init));
      el.dispatchEvent(new MouseEvent('mouseup', init));
    },
    { index, from: span.start - block.start, to: span.end - block.start, expected: text.slice(span.start, span.end) },
  );
}

/** The session main gives the window (what the app has loaded). */
export async function sessionOf(page: Page): Promise<Session> {
  const result = await page.evaluate(() => window.notebook.session());
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * Selects `span` in the shown source and chooses Note in the toolbar: a new
 * annotation, its note editor focused. Returns the annotation's id.
 */
export async function annotateWithNote(page: Page, text: string, span: Span): Promise<string> {
  // Ids come from main and from the focused editor's card: the pane is a windowed list, so a
  // card can enter or leave the DOM as the new one scrolls into view.
  const before = new Set((await sessionOf(page)).notebook.annotations.map((a) => a.id));
  await selectSpan(page, text, span);
  await toolbar(page).getByRole('button', { name: 'Note', exact: true }).click();
  await expect(page.getByLabel('Note (Markdown)')).toBeFocused();
  const editing = await page.locator('article.card[data-annotation-id]:has(:focus)').getAttribute('data-annotation-id');
  expect(editing, 'the note editor belongs to a card').toBeTruthy();
  expect(before.has(editing!), 'the focused note is on a new card').toBe(false);
  await expect.poll(async () => (await sessionOf(page)).notebook.annotations.filter((a) => !before.has(a.id)).map((a) => a.id), { message: 'one new annotation in main' }).toEqual([editing]);
  return editing!;
}

/** Shows the source whose title starts with `title` in the reader. */
export async function showSource(page: Page, title: string): Promise<void> {
  // The item's own button carries its title (the current source may have more buttons, e.g. New version…).
  const item = sourcesNav(page).getByRole('listitem').filter({ hasText: title }).getByRole('button').filter({ hasText: title });
  if ((await item.getAttribute('aria-current')) !== 'true') await item.click();
}

/** A seeded random generator, so a failing run can be replayed. */
export { seeded } from '../../notes/store/test-support/seeded.ts';

/** Saves `text` as `file` and loads it as a new version of the sample article, as the analyst does with New version…. */
export async function loadNewVersion(page: Page, dialogs: { nextOpen(file: string): Promise<void> }, file: string, text: string): Promise<void> {
  await writeFile(file, text);
  await dialogs.nextOpen(file);
  await page.getByRole('button', { name: /^New version of Iraqi, US officials/ }).click();
}
