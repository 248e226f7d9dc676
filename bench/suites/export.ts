// Briefing exports of a notebook with 1,000 claims (3,000 annotations, six
// actors, four questions): Markdown, HTML, Word, and PDF the way the app
// prints it — the HTML briefing loaded with scripts off and nothing allowed
// to load, then Chromium's print to PDF (as the e2e harness host does it).
import { chromium } from 'playwright-core';
import { briefingToDocx, briefingToHtml, briefingToMarkdown } from '../../notes/export/index.ts';
import { chromiumPath, CHROMIUM_FLAGS } from '../../e2e/harness/chromium.ts';
import { briefingFile, readNotebook } from '../generate/data.ts';
import { le, row, type Row } from '../lib/result.ts';
import { repeat, timed } from '../lib/stats.ts';

export async function runExport(log: (line: string) => void): Promise<{ rows: Row[]; details: Record<string, unknown>[] }> {
  const nb = await readNotebook(briefingFile());
  const claims = nb.annotations.filter((a) => a.claim).length;
  const sizes: Record<string, number> = {};
  const about = `${claims} claims, ${nb.annotations.length} annotations, ${nb.questions.length} questions, ${nb.actors.length} actors`;

  const markdown = await repeat(() => timed(() => (sizes.markdown = briefingToMarkdown(nb).length)));
  const html = await repeat(() => timed(() => (sizes.html = briefingToHtml(nb).length)));
  const docx = await repeat(() => timed(async () => (sizes.docx = (await briefingToDocx(nb)).length)));
  log(`export: md ${markdown.median.toFixed(0)} ms, html ${html.median.toFixed(0)} ms, docx ${docx.median.toFixed(0)} ms`);

  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  let pdf;
  try {
    pdf = await repeat(() =>
      timed(async () => {
        const page = briefingToHtml(nb);
        const context = await browser.newContext({ javaScriptEnabled: false });
        try {
          await context.route('**/*', (route) => route.abort('blockedbyclient'));
          const tab = await context.newPage();
          await tab.setContent(page, { waitUntil: 'load' });
          sizes.pdf = (await tab.pdf({ format: 'A4', printBackground: true })).length;
        } finally {
          await context.close();
        }
      }),
    );
  } finally {
    await browser.close();
  }
  log(`export: pdf ${pdf.median.toFixed(0)} ms`);
  return {
    rows: [
      row('export', 'Briefing → Markdown, 1,000 claims', 'ms', markdown, le(100), about),
      row('export', 'Briefing → HTML, 1,000 claims', 'ms', html, le(100)),
      row('export', 'Briefing → Word (.docx), 1,000 claims', 'ms', docx, le(1000)),
      row('export', 'Briefing → PDF (Chromium print), 1,000 claims', 'ms', pdf, le(3000), 'HTML built, loaded with scripts off, printed A4'),
    ],
    details: [{ claims, bytes: sizes }],
  };
}
