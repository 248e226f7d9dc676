// "Merge a notebook…" in main: the analyst picks a colleague's notebook file
// and gets a preview of what merging it would bring in. Nothing is written —
// not the colleague's file, not ours: the window applies the merge as an
// ordinary edit (notebook.merge) when the analyst confirms, so one Undo takes
// it back. The reading and merging run in a worker thread.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Handlers, MergePreview } from '../contract.ts';
import { ApiFailure, cancelled } from './errors.ts';
import { NOTEBOOK_FILTERS } from './files.ts';
import type { Host } from './host.ts';
import { planMergeInWorker } from './merge-thread.ts';
import type { OpenNotebookAccess } from './open-notebook.ts';

const realOr = (file: string) => realpath(file).catch(() => path.resolve(file));

export function mergeCommands(host: Host, notebook: OpenNotebookAccess): Pick<Handlers, 'previewMerge'> {
  return {
    async previewMerge(): Promise<MergePreview> {
      const o = notebook.requireWritable();
      const chosen = await host.showOpenDialog({ title: "Merge a colleague's notebook", defaultPath: notebook.folderForSaving(), filters: NOTEBOOK_FILTERS });
      if (!chosen) throw cancelled('The merge');
      notebook.stillOpen(o);
      if ((await realOr(chosen)) === (await realOr(o.file))) {
        throw new ApiFailure('invalid-payload', `${path.basename(chosen)} is this notebook's own file — choose the copy your colleague sent; nothing was changed.`);
      }
      // The worker reads our notebook from its file: saved now, it is the notebook the window shows.
      await o.store.flush();
      const revision = o.revision;
      const result = await planMergeInWorker({ ours: o.file, theirs: chosen, now: notebook.now() });
      notebook.stillOpen(o);
      if (o.revision !== revision) throw new ApiFailure('cancelled', 'The notebook changed while the merge was being prepared, so nothing was changed — choose Merge a notebook… again.');
      if (!result.ok) throw new ApiFailure(result.code, result.message);
      return result.preview;
    },
  };
}
