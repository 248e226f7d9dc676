// The briefing as one standalone HTML file: opens offline, loads nothing,
// runs nothing, prints cleanly on A4 and US Letter. Structure comes from the
// neutral briefing document; every plain string is escaped here and every
// piece of the analyst's Markdown goes through `renderNoteHtml`.
import { PALETTE } from '../model/factory.ts';
import type { Notebook } from '../model/schema.ts';
import { buildBriefingDoc, bylineOf, GRADE_LEGEND, sourceLine, type BriefingDoc, type CitedClaim, type Sentence } from './briefing-doc.ts';
import { escapeHtml as esc, renderNoteHtml } from './note-html.ts';

// The stylesheet is one constant, so a Content-Security-Policy can allow it by
// hash instead of 'unsafe-inline': the app's own policy (electron/main/csp.ts),
// which the Briefing preview's srcdoc frame inherits, and the exported file's.
// Nothing in the document carries a style attribute; actor colours on the
// table headings are classes for the palette's colours.
export const BRIEFING_CSS = `
@page { margin: 18mm 16mm; }
:root { color-scheme: light; }
body { font-family: Georgia, "Times New Roman", Times, serif; font-size: 11pt; line-height: 1.45; color: #111; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, h4, h5, h6 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 1.7em; margin: 0 0 0.6em; }
h2 { font-size: 1.25em; margin: 1.6em 0 0.5em; border-bottom: 1px solid #999; padding-bottom: 0.15em; }
h3 { font-size: 1.08em; margin: 1.2em 0 0.4em; }
h4, h5, h6 { font-size: 1em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0.6em 0; font-size: 0.95em; }
thead { display: table-header-group; }
tr, img, blockquote, pre, figure { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #777; padding: 0.35em 0.5em; vertical-align: top; text-align: start; overflow-wrap: anywhere; }
th { background: #eee; border-top-width: 4px; }
.claim + .claim { margin-top: 0.7em; padding-top: 0.5em; border-top: 1px dotted #999; }
.position { font-weight: bold; }
.cite, .grade { white-space: nowrap; }
.grade { color: #444; }
.legend, .omitted { font-size: 0.85em; color: #444; }
blockquote { margin: 0.8em 0 0.3em; padding: 0; padding-inline-start: 0.9em; border-inline-start: 3px solid #777; }
figure { margin: 1em 0; }
figcaption { font-size: 0.95em; margin: 0.2em 0 0.4em; margin-inline-start: 1.2em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f4f4; padding: 0.5em; }
a { color: #0645ad; }
@media print { body { max-width: none; margin: 0; padding: 0; } a { color: inherit; } }
.marking { margin: 0 0 1em; padding: 0.2em; text-align: center; font-family: "Helvetica Neue", Arial, sans-serif; font-weight: bold; letter-spacing: 0.05em; border-top: 2px solid #111; border-bottom: 2px solid #111; }
.marking-bottom { margin: 1.5em 0 0; }
.byline { margin: -0.3em 0 1.2em; color: #444; }
.sheet { margin: 0; font-size: 1em; }
.sheet > thead > tr > td, .sheet > tfoot > tr > td, .sheet > tbody > tr > td { border: 0; padding: 0; }
.sheet > tbody > tr { break-inside: auto; page-break-inside: auto; }
table.claims > tbody > tr { break-inside: auto; page-break-inside: auto; }
.claim { break-inside: avoid; page-break-inside: avoid; }
${PALETTE.map((c, i) => `th.actor-${i} { border-top-color: ${c}; }`).join('\n')}
`;

/**
 * CSP source for BRIEFING_CSS: 'sha256-' + base64 of its SHA-256. A constant
 * because this module also runs in the browser, where hashing is async;
 * html.test.ts recomputes it and prints the new value when the CSS changes.
 */
export const BRIEFING_CSS_HASH = "'sha256-d9Vnh8BpowDURCsh0Ebr7XBlyHbl/AtA/820aT39P7M='";

/** No scripts, no fetches of any kind; the one stylesheet above and data: images only. */
export const BRIEFING_CSP = `default-src 'none'; style-src ${BRIEFING_CSS_HASH}; img-src data:`;

export function briefingToHtml(nb: Notebook): string {
  return docToHtml(buildBriefingDoc(nb));
}

/** The palette class of an actor's colour; a custom colour keeps the plain grey rule. */
function actorClass(color: string): string {
  const i = (PALETTE as readonly string[]).indexOf(color.toLowerCase());
  return i < 0 ? '' : ` class="actor-${i}"`;
}
// Every block takes its direction from its own first strong character, so an
// Arabic paragraph reads right to left in an English briefing and the other way
// round. Every string in the document is escaped (the notes' raw HTML too), so
// a bare block tag is one of ours.
const BLOCK_TAG = /<(p|li|blockquote|h[1-6]|td|th|dt|dd|figcaption)>/g;
const withDirection = (html: string) => html.replace(BLOCK_TAG, '<$1 dir="auto">');
const note = (md: string) => renderNoteHtml(md, { headingOffset: 3 });
/** A quote set apart from the text around it, so Arabic in an English line (or the reverse) keeps its order and its quote marks. */
const quoted = (text: string) => `<bdi>“${esc(text).replace(/\r\n?|\n/g, '<br>')}”</bdi>`;

/**
 * A citation set apart left to right: inside an Arabic line the bidi algorithm would otherwise
 * show "[S2 ¶4]" as "[4¶ S2]" (the number joins the Arabic run).
 */
const citeHtml = (label: string) => `<span class="cite" dir="ltr">[${esc(label)}]</span>`;

export function docToHtml(doc: BriefingDoc): string {
  return withDirection(documentHtml(doc));
}

function documentHtml(doc: BriefingDoc): string {
  const body: string[] = [`<h1>${esc(doc.title)}</h1>`, `<p class="byline" dir="auto">${esc(bylineOf(doc))}</p>`];
  if (doc.bluf.trim()) body.push(section('Bottom line up front', note(doc.bluf)));
  if (doc.keyJudgments.length) {
    const items = doc.keyJudgments.map(
      (k) => `<li>${k.likelihood ? `<strong>${esc(k.likelihood.term)}</strong> (${esc(k.likelihood.range)}): ` : ''}${esc(k.text)}</li>`,
    );
    body.push(section('Key judgments', `<ol>\n${items.join('\n')}\n</ol>`));
  }
  if (doc.questions.length) {
    const parts: string[] = [];
    for (const q of doc.questions) {
      parts.push(`<h3>${esc(q.question)}</h3>`);
      if (q.actors.length) {
        const head = q.actors.map((a) => `<th scope="col" dir="auto"${actorClass(a.color)}>${esc(a.name)}</th>`).join('');
        const cells = q.cells.map((claims) => `<td>${claims.length ? claims.map(claimHtml).join('') : '—'}</td>`).join('');
        parts.push(`<table class="claims">\n<thead><tr>${head}</tr></thead>\n<tbody><tr>${cells}</tr></tbody>\n</table>`);
      }
      if (q.conflicts.length) parts.push(`<ul class="conflicts">\n${q.conflicts.map((c) => `<li>${sentence(c)}</li>`).join('\n')}\n</ul>`);
      if (q.relations.length) parts.push(`<ul class="relations">\n${q.relations.map((c) => `<li dir="auto">${sentence(c)}</li>`).join('\n')}\n</ul>`);
      if (q.omittedActors.length) parts.push(`<p class="omitted" dir="auto">Not in the table: ${esc(q.omittedActors.join(', '))}.</p>`);
      if (q.note.trim()) parts.push(`<p><strong>Analyst’s note</strong></p>\n<div class="note">${note(q.note)}</div>`);
    }
    if (doc.questions.some((q) => q.cells.some((c) => c.length))) parts.push(`<p class="legend" dir="auto">${esc(GRADE_LEGEND)}</p>`);
    body.push(section('Conflicting claims', parts.join('\n')));
  }
  if (doc.excerpts.length) {
    const figures = doc.excerpts.map((e) => {
      const by = e.attribution ? `${esc(e.attribution)} ` : '';
      return (
        // The quote alone is the block's text, not isolated: its own first letter sets its direction (an Arabic
        // quote reads right to left, its rule on the right), and the marks sit at its ends as it reads.
        `<figure>\n<blockquote>“${esc(e.quote).replace(/\r\n?|\n/g, '<br>')}”</blockquote>\n` +
        `<figcaption>— ${by}${citeHtml(e.citation.label)}</figcaption>\n` +
        (e.note.trim() ? `<div class="note">${note(e.note)}</div>\n` : '') +
        `</figure>`
      );
    });
    body.push(section('Excerpts', figures.join('\n')));
  }
  if (doc.sources.length) {
    const items = doc.sources.map((s) => {
      const href = s.url && /^https?:\/\//i.test(s.url) ? s.url : undefined;
      const link = href ? ` <a href="${esc(href)}" rel="noopener noreferrer">${esc(href)}</a>` : '';
      return `<li id="${esc(s.key.toLowerCase())}" dir="auto"><strong>${esc(s.key)}</strong> — <bdi>${esc(sourceLine(s))}</bdi>${link}</li>`;
    });
    body.push(section('Sources', `<ul>\n${items.join('\n')}\n</ul>`));
  }
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Written as is: it holds no double quote, and a reader grepping for it should find it.
    `<meta http-equiv="Content-Security-Policy" content="${BRIEFING_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.title)}</title>`,
    `<style>${BRIEFING_CSS}</style>`,
    '</head>',
    '<body>',
    // A layout table: a printing browser repeats its header and footer rows on
    // every page, so the marking stands at the top and bottom of each.
    '<table class="sheet" role="presentation">',
    `<thead><tr><td><p dir="auto" class="marking marking-top">${esc(doc.classification)}</p></td></tr></thead>`,
    `<tfoot><tr><td><p dir="auto" class="marking marking-bottom">${esc(doc.classification)}</p></td></tr></tfoot>`,
    '<tbody><tr><td>',
    '<main>',
    ...body,
    '</main>',
    '</td></tr></tbody>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function section(title: string, content: string): string {
  return `<section>\n<h2>${esc(title)}</h2>\n${content}\n</section>`;
}

function sentence(parts: Sentence): string {
  return parts.map((p) => (typeof p === 'string' ? esc(p) : citeHtml(p.label))).join('');
}

function claimHtml(c: CitedClaim): string {
  return (
    `<div class="claim" dir="auto"><span class="position">${esc(c.position)}</span>${c.cue ? ` — ${esc(c.cue)}:` : ' —'} ` +
    `${quoted(c.quote)} ${citeHtml(c.citation.label)} <span class="grade">(${esc(c.grade)})</span></div>`
  );
}
