// Opens the exported briefing in a real Chromium (the one Playwright drives for
// the e2e suite) and checks what a reader's browser would do with it: fetch
// nothing, run nothing — even when every string in the notebook is hostile.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from '../../e2e/harness/chromium.ts';
import { sampleNotebook } from '../samples/sample.ts';
import { briefingToHtml } from './html.ts';
import { hostileNotebook } from './hostile.fixture.ts';

// Never skipped: without a Chromium, chromiumPath() fails the suite with how to install one (npm test's
// end-to-end run needs it anyway).
describe('exported HTML in Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-html-'));
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(html: string) {
    const file = join(dir, `b${Math.random().toString(36).slice(2)}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    // Give anything deferred (onerror handlers, lazy images) a moment.
    await page.waitForTimeout(300);
    return { page, url, requests: requests.filter((r) => r !== url), dialogs, violations };
  }

  it('loads nothing and runs nothing for the hostile notebook', async () => {
    const { page, requests, dialogs, violations } = await open(briefingToHtml(hostileNotebook()));
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    // Nothing was even attempted (a blocked attempt would log a CSP violation).
    expect(violations).toEqual([]);
    expect(await page.locator('script, img, svg, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('h1').innerText()).toBe('<script>alert(1)</script> <svg onload=alert(1)>');
    await page.close();
  });

  it('shows the sample’s two conflicting sides side by side in one table row', async () => {
    const { page, requests } = await open(briefingToHtml(sampleNotebook('2026-01-15T09:30:00.000Z')));
    expect(requests).toEqual([]);
    const headers = await page.locator('main table').first().locator('th').allInnerTexts();
    expect(headers).toEqual(['Baghdad (Government of Iraq)', 'Washington (US government)']);
    const cells = await page.locator('main table tbody tr').first().locator('td').allInnerTexts();
    expect(cells[0]).toContain('“the commission aims to conclude the presence of the coalition forces in the country”');
    expect(cells[1]).toContain('“transition”');
    await page.close();
  });
});
