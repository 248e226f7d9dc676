// Planning the merge of a colleague's notebook file into ours, from the two
// files: read both (never written), refuse what cannot be merged with one line,
// plan the merge and express it as one edit. Runs in a worker thread
// (merge-worker.ts) so reading, checking and merging ten thousand annotations
// never holds up the main process; it is plain Node, so tests call it directly.
import path from 'node:path';
import type { MergePreview } from '../contract.ts';
import { mergeOperation, planMerge } from '../../notes/merge/index.ts';
import { loadNotebookFile, StoreError } from '../../notes/store/index.ts';
import type { ApiErrorCode } from '../contract.ts';

export interface MergeJob {
  /** Our notebook's file, just saved: the notebook the window shows. */
  ours: string;
  theirs: string;
  now: string;
}

export type MergeJobResult = { ok: true; preview: MergePreview } | { ok: false; code: ApiErrorCode; message: string };

const NOTHING_CHANGED = 'nothing was changed';

/** The store's one line about a file, said of a colleague's copy: no backup to offer, nothing was changed. */
function theirsProblem(err: StoreError, name: string): string {
  if (err.code === 'newer-version') {
    const version = /\(schema version [^)]*\)/.exec(err.message)?.[0] ?? '';
    return `${name} was saved by a newer Research Notebook ${version} — update the app to merge it; ${NOTHING_CHANGED}`.replace('  ', ' ');
  }
  if (err.code === 'damaged') {
    // "<name> can't be opened: <problem> — <what to do about our own file>"
    const problem = err.message.replace(/^.*? can't be opened: /, '').replace(/ — (restore the backup|no backup is available|shorten it).*$/, '');
    return `${name} can't be merged: ${problem} — ask your colleague for a fresh copy; ${NOTHING_CHANGED}`;
  }
  return err.message.replace(/choose Open… to find it/, 'choose it again');
}

export async function planMergeOfFiles(job: MergeJob): Promise<MergeJobResult> {
  const name = path.basename(job.theirs);
  let theirs;
  try {
    theirs = (await loadNotebookFile(job.theirs)).notebook;
  } catch (err) {
    if (err instanceof StoreError) return { ok: false, code: err.code === 'not-found' ? 'not-found' : err.code === 'io' ? 'io' : err.code === 'newer-version' ? 'newer-version' : 'damaged', message: theirsProblem(err, name) };
    throw err;
  }
  const ours = (await loadNotebookFile(job.ours)).notebook;
  const plan = planMerge(ours, theirs, { now: job.now });
  const s = plan.summary;
  const nothingNew = s.annotations.added + s.annotations.changed + s.annotations.removed + s.otherRecords.added + s.otherRecords.changed + s.otherRecords.removed + s.conflicts === 0;
  if (nothingNew && theirs.id === ours.id && !s.hadBase) {
    return { ok: false, code: 'invalid-payload', message: `${name} is a copy of this notebook as it is now — there is nothing in it to merge; ${NOTHING_CHANGED}` };
  }
  return {
    ok: true,
    preview: {
      fileName: name,
      title: theirs.title,
      ...(theirs.author ? { author: theirs.author } : {}),
      summary: s,
      operation: nothingNew ? null : mergeOperation(ours, plan, theirs.id),
    },
  };
}
