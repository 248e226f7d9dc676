// The Markdown briefing as a reader's viewer shows it: rendered by a common
// renderer that sanitises nothing (marked, default options) and opened in a
// real Chromium. Nothing in it may run or load, even when every string in the
// notebook is hostile — the export, not the viewer, has to make it inert.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from '../../e2e/harness/chromium.ts';
import { briefingToMarkdown } from './markdown.ts';
import { hostileNotebook } from './hostile.fixture.ts';

describe('exported Markdown, rendered without sanitising, in Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-md-'));
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs nothing and loads nothing for the hostile notebook, even when every link is clicked', async () => {
    const html = marked.parse(briefingToMarkdown(hostileNotebook()), { async: false });
    const file = join(dir, 'briefing.html');
    writeFileSync(file, `<!doctype html><meta charset="utf-8"><title>briefing</title><body>${html}</body>`);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    // Give anything deferred (onerror handlers, lazy images) a moment.
    await page.waitForTimeout(300);

    expect(await page.locator('script, img, svg, iframe, object, embed, style, link, meta[http-equiv]').count()).toBe(0);
    expect(await page.locator('[onerror], [onload], [onclick], [onmouseover]').count()).toBe(0);
    const links = page.locator('a[href]');
    for (let i = 0; i < (await links.count()); i++) expect(await links.nth(i).getAttribute('href')).toMatch(/^(?:https?:\/\/|mailto:|#)/i);
    // A click on any link that does not leave for the web must do nothing at all.
    const local = page.locator('a[href]:not([href^="http"])');
    for (let i = 0; i < (await local.count()); i++) await local.nth(i).click();
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(page.url()).toBe(url);
    // The words are kept: an image leaves its alt text, a refused link its text.
    const text = await page.locator('body').innerText();
    expect(text).toContain('[image: x]');
    expect(text).toContain('[image: by reference]');
    expect(text).toContain('click');
    expect(text).toContain('<script>alert(1)</script>');
    await page.close();
  });
});
