// Draws highlights with the CSS Custom Highlight API: the text's DOM is never
// touched, so offsets stay exact and nothing from the document becomes markup.
// Dynamic colours go in one constructed stylesheet (allowed by the CSP, unlike
// inline <style>).

let sheet: CSSStyleSheet | null = null;
let lastCss = '';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function setHighlightCss(css: string): void {
  if (css === lastCss) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(css);
  lastCss = css;
}

export function setHighlight(name: string, ranges: readonly AbstractRange[]): void {
  if (!highlightsSupported()) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

/** Replaces the set of highlights named with `prefix` by `groups`. */
export function paintGroups(prefix: string, groups: ReadonlyMap<string, readonly AbstractRange[]>): void {
  if (!highlightsSupported()) return;
  for (const name of [...CSS.highlights.keys()]) {
    if (name.startsWith(prefix) && !groups.has(name)) CSS.highlights.delete(name);
  }
  for (const [name, ranges] of groups) setHighlight(name, ranges);
}
