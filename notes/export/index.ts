// Every export of a notebook. All run in Node and in the browser; the Word
// export (notes/export/docx.ts) brings the ~1 MB `docx` library, so code that
// only needs the text formats may import './markdown.ts', './html.ts', etc.
// directly and leave it out of its bundle.
export { briefingToMarkdown } from './markdown.ts';
export { briefingToHtml, BRIEFING_CSP } from './html.ts';
export { briefingToDocx } from './docx.ts';
export { toW3CCollection, type W3CAnnotation, type W3CCollection } from './w3c.ts';
export { annotationsToCsv, CSV_COLUMNS } from './csv.ts';
export { renderNoteHtml, safeHref } from './note-html.ts';
export { buildBriefingDoc, type BriefingDoc } from './briefing-doc.ts';
