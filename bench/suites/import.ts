// Importing documents as sources: a 100-page PDF and a 1 MB saved web page,
// through the same importDocument the app and the CLI call. Both files are
// generated once (bench/.data) from the bench's prose: the PDF printed by
// Chromium with a running head and foot on every page, the page wrapped in the
// clutter real pages carry (navigation, ads, comments, scripts).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from '../../e2e/harness/chromium.ts';
import { importDocument } from '../../notes/sources/import/index.ts';
import { ARTICLE_FILE, DATA_DIR, SEED } from '../generate/data.ts';
import { generateProse } from '../generate/prose.ts';
import { seeded } from '../lib/random.ts';
import { le, row, type Row } from '../lib/result.ts';
import { repeat, timed } from '../lib/stats.ts';

export const PDF_PAGES = 100;
const WEB_PAGE_BYTES = 1024 * 1024;
const pdfFile = path.join(DATA_DIR, `import-${PDF_PAGES}-pages.pdf`);
const webPageFile = path.join(DATA_DIR, 'import-1mb-page.html');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function paragraphs(length: number, seed: string): Promise<string[]> {
  const prose = generateProse(await readFile(ARTICLE_FILE, 'utf8'), length, seeded(seed));
  return prose.paragraphs.map((p) => prose.text.slice(p.start, p.end));
}

/** Characters of 11 pt text that fit well within one A4 page, so no section runs over. */
const PAGE_CHARS = 2000;

/** One section a page, filled with whole paragraphs up to PAGE_CHARS. */
async function makePdf(): Promise<void> {
  const paras = await paragraphs(PDF_PAGES * PAGE_CHARS * 1.5, `${SEED}-import-pdf`);
  const pages: string[][] = [[]];
  let size = 0;
  for (const p of paras) {
    if (size + p.length > PAGE_CHARS && pages.at(-1)!.length) {
      if (pages.length === PDF_PAGES) break;
      pages.push([]);
      size = 0;
    }
    pages.at(-1)!.push(p.slice(0, PAGE_CHARS));
    size += p.length;
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench statement</title><style>
@page { size: A4; margin: 25mm 20mm;
  @top-center { content: "Ministry of Foreign Affairs · Bench statement"; font-size: 8pt; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; } }
body { font: 11pt/1.4 "DejaVu Serif", serif; } section { break-after: page; } section:last-child { break-after: auto; } p { margin: 0 0 0.8em; }
</style></head><body>${pages.map((ps) => `<section>${ps.map((p) => `<p>${esc(p)}</p>`).join('')}</section>`).join('\n')}</body></html>`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.setContent(html, { waitUntil: 'load' });
    await writeFile(pdfFile, await page.pdf({ preferCSSPageSize: true }));
  } finally {
    await browser.close();
  }
}

async function makeWebPage(): Promise<void> {
  const clutter = (i: number) =>
    `<div class="ad" id="ad-${i}"><a href="https://ads.example/c?${i}"><img src="https://ads.example/b${i}.gif" alt="Advertisement"></a><script>window.ads=(window.ads||0)+1</script></div>`;
  const nav = `<nav><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;
  const comments = `<section id="comments">${Array.from({ length: 60 }, (_, i) => `<div class="comment"><b>reader${i}</b><p>Comment number ${i} on the talks.</p></div>`).join('')}</section>`;
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Coalition talks | Bench Ledger</title><meta property="og:site_name" content="Bench Ledger"><meta name="author" content="Bench Reporter"><link rel="canonical" href="https://bench.example/talks"><script src="https://ads.example/x.js"></script></head><body><header>${nav}</header>`;
  const tail = `</article>${comments}<footer>© Bench Ledger</footer></body></html>`;
  const budget = WEB_PAGE_BYTES - head.length - tail.length - 2000;
  const body: string[] = ['<article><h1>Coalition talks</h1>'];
  let size = 0;
  const paras = await paragraphs(WEB_PAGE_BYTES, `${SEED}-import-html`);
  for (let i = 0; i < paras.length && size < budget; i++) {
    const p = i % 25 === 0 ? `<h2>${esc(paras[i]!.slice(0, 60))}</h2>` : i % 40 === 7 ? clutter(i) : `<p>${esc(paras[i]!)}</p>`;
    body.push(p);
    size += Buffer.byteLength(p);
  }
  await writeFile(webPageFile, head + body.join('\n') + tail);
}

export async function runImport(log: (line: string) => void): Promise<{ rows: Row[]; details: Record<string, unknown>[] }> {
  await mkdir(DATA_DIR, { recursive: true });
  if (!existsSync(pdfFile)) {
    log(`import: printing a ${PDF_PAGES}-page PDF with Chromium`);
    await makePdf();
  }
  if (!existsSync(webPageFile)) await makeWebPage();
  const pdf = new Uint8Array(await readFile(pdfFile));
  const html = new Uint8Array(await readFile(webPageFile));

  const found: Record<string, { pages?: number; paragraphs: number; characters: number; bytes: number }> = {};
  const pdfTimes = await repeat(() =>
    timed(async () => {
      const { source, report } = await importDocument(pdf, 'statement.pdf');
      found.pdf = { pages: report.pages, paragraphs: report.paragraphs, characters: source.text.length, bytes: pdf.length };
    }),
  );
  const htmlTimes = await repeat(() =>
    timed(async () => {
      const { source, report } = await importDocument(html, 'page.html');
      found.html = { paragraphs: report.paragraphs, characters: source.text.length, bytes: html.length };
    }),
  );
  if (found.pdf?.pages !== PDF_PAGES) throw new Error(`the bench PDF imported as ${found.pdf?.pages} pages, not ${PDF_PAGES} — delete ${pdfFile} to print it again`);
  log(`import: pdf ${pdfTimes.median.toFixed(0)} ms, web page ${htmlTimes.median.toFixed(0)} ms`);
  return {
    rows: [
      row('import', `PDF → source, ${PDF_PAGES} pages`, 'ms', pdfTimes, le(2000), `${found.pdf.paragraphs} paragraphs, ${(pdf.length / 1024).toFixed(0)} KB; pdf.js text layer, running heads removed`),
      row('import', 'Web page → source, 1 MB', 'ms', htmlTimes, le(300), `${found.html?.paragraphs} paragraphs; linkedom + Readability`),
    ],
    details: [found],
  };
}
