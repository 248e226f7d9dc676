// The hostile-content suite's check for imports: a page built to run code and
// to call out gets in as inert text. Nothing of it runs or loads while it is
// read, and what is kept holds no markup, handler or address that could act
// when the reader renders the source's Markdown.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderNoteHtml } from '../../export/note-html.ts';
import { importDocument } from './index.ts';

const flag = '__importedPageRan';
const marks = globalThis as { __importedPageRan?: unknown };
const ran = () => marks.__importedPageRan;
const set = `globalThis.${flag}=true`;

const HOSTILE_PAGE = `<!doctype html>
<html><head>
<title>Talks | Evil</title>
<meta http-equiv="refresh" content="0; url=https://evil.example/refresh">
<link rel="stylesheet" href="https://evil.example/style.css">
<link rel="canonical" href="javascript:${set}">
<link rel="preload" href="https://evil.example/preload.js" as="script">
<base href="https://evil.example/">
<script>${set}; fetch('https://evil.example/script')</script>
<script src="https://evil.example/external.js"></script>
<style>@import url(https://evil.example/import.css); body { background: url(https://evil.example/bg.png) }</style>
</head>
<body onload="${set}">
<article>
<h1 onclick="${set}">Talks</h1>
<p>Baghdad said the coalition's mission ends in September 2025, while Washington described a transition to a partnership <img src="https://evil.example/pixel.png" onerror="${set}"> of advisers.</p>
<p>Officials will meet again next month <a href="javascript:${set}">in Washington</a> to settle the <a href="https://evil.example/track" onmouseover="${set}">legal status</a> of advisers.</p>
<iframe src="https://evil.example/frame" srcdoc="<script>parent.${flag}=true</script>"></iframe>
<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">
<svg onload="${set}"><script>${set}</script></svg>
<form action="https://evil.example/post"><input value="x" onfocus="${set}" autofocus></form>
<p>The page's own text may quote markup: &lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(1)&lt;/script&gt; stay words.</p>
<video src="https://evil.example/v.mp4" autoplay></video>
</article>
<script>document.write('<p>written by script</p>'); ${set}</script>
</body></html>`;

afterEach(() => {
  vi.restoreAllMocks();
  delete marks.__importedPageRan;
});

describe('importing a hostile web page', () => {
  it('runs nothing and fetches nothing while reading it', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { source } = await importDocument(new TextEncoder().encode(HOSTILE_PAGE), 'evil.html');
    expect(ran()).toBeUndefined();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(source.text).toContain('Baghdad said the coalition\'s mission ends in September 2025');
    expect(source.text).not.toContain('written by script');
  });

  it('keeps no handler, script, embedded object or address from the page, and a javascript: canonical link is not its URL', async () => {
    const { source } = await importDocument(new TextEncoder().encode(HOSTILE_PAGE), 'evil.html');
    expect(source.url).toBeUndefined();
    expect(source.text).not.toMatch(/evil\.example|onerror=["']|onload|onclick|onmouseover|javascript:|srcdoc|\.swf/i);
    expect(source.text).toContain('in Washington to settle the legal status of advisers');
  });

  it('keeps markup the article quotes as words, which the reader renders as text', async () => {
    const { source } = await importDocument(new TextEncoder().encode(HOSTILE_PAGE), 'evil.html');
    expect(source.text).toContain('<img src=x onerror=alert(1)>');
    const html = renderNoteHtml(source.text);
    expect(html).not.toMatch(/<(?:img|script|iframe|svg|object|embed)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});

describe('importing PDFs and Word files', () => {
  it('fetches nothing: no fonts, no worker script, no standard font data', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    for (const name of ['statement-en.pdf', 'statement-ar.pdf', 'report.docx']) {
      const bytes = new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
      await importDocument(bytes, name);
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
