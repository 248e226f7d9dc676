import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../model/factory.ts';
import { sampleNotebook } from '../samples/sample.ts';
import { BRIEFING_CSS, BRIEFING_CSS_HASH } from './html.ts';
import { briefingToHtml, BRIEFING_CSP, renderNoteHtml } from './index.ts';
import { activeContent, tokenize } from './html-tokens.fixture.ts';
import { HOSTILE_MD, hostileNotebook, IMG, SCRIPT, SVG } from './hostile.fixture.ts';

const NOW = '2026-01-15T09:30:00.000Z';
const BAGHDAD_QUOTE = 'the commission aims to conclude the presence of the coalition forces in the country';

/** The text inside each <th>/<td> of the first table after `from`. */
// From <main>: the page's own layout table (the marking's header and footer rows) is not a claim table.
function tableCells(html: string, from = html.indexOf('<main>')): { head: string[]; rows: string[][] } {
  const start = html.indexOf('<table', from);
  const table = html.slice(start, html.indexOf('</table>', start));
  const cells = (row: string, tag: string) => [...row.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => tokenize(m[1]!).text.trim());
  const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
  return { head: cells(rows[0] ?? '', 'th'), rows: rows.slice(1).map((r) => cells(r, 'td')) };
}

describe('briefingToHtml', () => {
  const html = briefingToHtml(sampleNotebook(NOW));
  const { tags, text } = tokenize(html);

  it('is a standalone document with a strict CSP before any content', () => {
    const firstMeta = tags.findIndex((t) => t.name === 'meta' && t.attrs.has('http-equiv'));
    expect(tags[firstMeta]!.attrs.get('http-equiv')).toBe('Content-Security-Policy');
    const hash = `'sha256-${createHash('sha256').update(BRIEFING_CSS).digest('base64')}'`;
    expect(BRIEFING_CSS_HASH, 'BRIEFING_CSS changed: set BRIEFING_CSS_HASH in notes/export/html.ts to this').toBe(hash);
    expect(tags[firstMeta]!.attrs.get('content')).toBe(`default-src 'none'; style-src ${hash}; img-src data:`);
    expect(BRIEFING_CSP).toBe(`default-src 'none'; style-src ${hash}; img-src data:`);
    // Only charset may come before it; nothing that could load or run.
    expect(tags.slice(0, firstMeta).map((t) => t.name)).toEqual(['html', 'head', 'meta']);
    expect(tags.filter((t) => t.name === 'style' && !t.closing)).toHaveLength(1);
  });

  it('holds exactly the stylesheet the CSP hash allows, and no style attribute', () => {
    expect(html.slice(html.indexOf('<style>') + '<style>'.length, html.indexOf('</style>'))).toBe(BRIEFING_CSS);
    expect(tags.filter((t) => t.attrs.has('style'))).toEqual([]);
  });

  it('marks each actor heading with its palette colour, and leaves a custom colour grey', () => {
    const nb = sampleNotebook(NOW);
    const [first, second] = nb.actors;
    const recoloured = { ...nb, actors: [{ ...first!, color: PALETTE[3].toUpperCase() }, { ...second!, color: '#123456' }, ...nb.actors.slice(2)] };
    const heads = tokenize(briefingToHtml(recoloured)).tags.filter((t) => t.name === 'th' && !t.closing);
    // The mission question's two columns, then Baghdad alone on the strikes.
    expect(heads.map((t) => t.attrs.get('class'))).toEqual(['actor-3', undefined, 'actor-3']);
    expect(BRIEFING_CSS).toContain(`th.actor-3 { border-top-color: ${PALETTE[3]}; }`);
  });

  it('prints on A4 and Letter: page margins without a fixed size, rows kept whole, serif body', () => {
    const css = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(css).toMatch(/@page\s*{[^}]*margin/);
    expect(css).not.toMatch(/@page\s*{[^}]*size/);
    expect(css).toMatch(/tr[^{]*{[^}]*break-inside:\s*avoid/);
    expect(css).toMatch(/body\s*{[^}]*font-family:[^;]*serif/);
    expect(css).toMatch(/thead\s*{[^}]*table-header-group/);
  });

  it('shows both claims side by side under their actors', () => {
    const { head, rows } = tableCells(html);
    expect(head).toEqual(['Baghdad (Government of Iraq)', 'Washington (US government)']);
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toContain(`“${BAGHDAD_QUOTE}”`);
    expect(rows[0]![0]).toContain('maintained');
    expect(rows[0]![0]).toContain('[S1 ¶6]');
    expect(rows[0]![1]).toContain('“transition”');
    expect(rows[0]![1]).toContain('described');
  });

  it('holds the title, BLUF, judgment, excerpts with notes and the source, curly quotes intact', () => {
    expect(text).toContain('Iraq and the US disagree on what the coalition talks are for');
    expect(text).toContain('Likely (55–80%)');
    expect(text).toContain('Higher Military Commission');
    expect(text).toContain('S1 — Rudaw: Iraqi, US officials meet in Washington to discuss coalition’s future.');
    expect(text.split(BAGHDAD_QUOTE).length - 1).toBe(2); // table and excerpt
    expect(html).toContain('<strong>ending</strong>'); // the note's Markdown is rendered
  });

  it('is inert for a notebook whose every string is hostile, and still shows those strings as text', () => {
    const hostile = briefingToHtml(hostileNotebook(NOW));
    const parsed = tokenize(hostile);
    expect(activeContent(parsed.tags)).toEqual([]);
    // Every "<" in the output opens a real tag (text has &#60;), so these look inside tags only.
    expect(hostile).not.toMatch(/<script/i);
    expect(hostile).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(hostile).not.toMatch(/<[^>]*javascript:/i);
    expect(parsed.text).toContain('javascript:alert(1)'); // the quoted source text, as text
    // The words are not lost: they read as text.
    expect(parsed.text).toContain(`${SCRIPT} ${SVG}`); // the briefing title
    expect(parsed.text).toContain(`${IMG} Baghdad`); // an actor name
    expect(parsed.text).toContain('Text <img src=x onerror=alert(1)> and x and <svg onload=alert(1)>'); // a note, link text kept
    expect(parsed.tags.filter((t) => t.name === 'a' && !t.closing).map((t) => t.attrs.get('href'))).toEqual([]);
    expect(tableCells(hostile).head).toEqual([`${IMG} Baghdad`, `${SVG} Washington`]);
  });
});

describe('renderNoteHtml', () => {
  it('renders Markdown', () => {
    expect(renderNoteHtml('**bold** and *it* and `code`\n\n- one\n- two')).toBe(
      '<p><strong>bold</strong> and <em>it</em> and <code>code</code></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });

  it('keeps http(s), mailto and in-page links, and drops every other scheme', () => {
    const links = (md: string) => tokenize(renderNoteHtml(md)).tags.filter((t) => t.name === 'a' && !t.closing).map((t) => t.attrs.get('href'));
    expect(links('[a](https://example.org/x?y=1&z=2) [b](http://e.org) [c](mailto:x@y.org) [d](#s1) <https://auto.example>')).toEqual([
      'https://example.org/x?y=1&z=2',
      'http://e.org',
      'mailto:x@y.org',
      '#s1',
      'https://auto.example',
    ]);
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java%0Ascript:alert(1)', '&#106;avascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'relative/page.html', '//evil.example']) {
      const out = renderNoteHtml(`[x](${bad})`);
      expect(links(`[x](${bad})`), bad).toEqual([]);
      expect(out, bad).toContain('x');
    }
    expect(links('[x](<java\tscript:alert(1)>)')).toEqual([]);
  });

  it('shows raw HTML as text and never loads an image', () => {
    const out = renderNoteHtml(HOSTILE_MD);
    const { tags, text } = tokenize(out);
    expect(activeContent(tags)).toEqual([]);
    expect(tags.some((t) => t.name === 'img' || t.name === 'iframe' || t.name === 'style')).toBe(false);
    expect(text).toContain(SCRIPT);
    expect(text).toContain('<iframe src="https://evil.example"></iframe>');
    expect(text).toContain('[image: pic]');
  });

  it('keeps the author’s code-block language out of attributes, and can push headings down', () => {
    expect(renderNoteHtml('```x" onclick="alert(1)\n<b>\n```')).toBe('<pre><code>&#60;b&#62;</code></pre>\n');
    expect(renderNoteHtml('# Top\n\n###### Deep', { headingOffset: 3 })).toBe('<h4>Top</h4>\n<h6>Deep</h6>\n');
  });
});
