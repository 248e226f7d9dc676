// Performance marks of the annotations pane, for the DevTools timeline and the
// bench (which reads them from outside the page, so they live apart from the
// components).

/** The first time the search has every annotation's haystack ready. */
export const SEARCH_READY = 'notebook:search-ready';
/** Each time the list of cards is committed: what a keystroke in the search shows. Only the latest is kept. */
export const LIST_COMMITTED = 'notebook:list-committed';
