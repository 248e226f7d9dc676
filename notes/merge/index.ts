// Merging a colleague's notebook: the pure core behind `notebook merge` and
// the app's "Merge a notebook…". planMerge gives the merged notebook and its
// summary without writing anything; resolveConflict settles one conflict as an
// undoable Operation.
import type { Notebook } from '../model/schema.ts';
import { merge, type MergeResult } from './merge.ts';
import { summarize, type MergeSummary } from './summary.ts';

export { merge, conflictId, DELETED_FIELD, type MergeResult, type RecordChange } from './merge.ts';
export { summarize, type MergeSummary, type Tally } from './summary.ts';
export { resolveConflict, canKeepBoth, ResolveError, type Choice } from './resolve.ts';
export { mergeOperation } from './operation.ts';

export interface MergePlan extends MergeResult {
  summary: MergeSummary;
}

/** The merge of `theirs` into `ours` and what it brings in, to preview before saving `plan.notebook`. */
export function planMerge(ours: Notebook, theirs: Notebook, options: { base?: Notebook; now: string }): MergePlan {
  const result = merge(options.base, ours, theirs, { now: options.now });
  return { ...result, summary: summarize(result, ours) };
}
