export type { AnchorResult, AnchorState, Span, Target } from './types.ts';
export { describe, CONTEXT_LENGTH } from './describe.ts';
export { anchor, maxErrorsFor, type AnchorOptions } from './anchor.ts';
export { anchorAll, type Anchorable } from './anchor-all.ts';
export { reanchorSource, type ReanchorReport } from './reanchor.ts';
export { anchoringOf, confirmAnchoring, needsReview, replaceAnchoring, shownAnchoring, type ShownAnchoring } from './state.ts';
