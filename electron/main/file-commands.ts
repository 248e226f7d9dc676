// The file commands: what reads or writes files other than the open
// notebook's own — import a source, a new version of one, save a copy,
// export — and links and the About box. Each works on the notebook
// open-notebook.ts holds, and writes whole or not at all.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AboutInfo, ExportFormat, Handlers, ReanchorReport } from '../contract.ts';
import { backupPathOf, saveNotebookCopy, writeFileAtomic } from '../../notes/store/index.ts';
import { reanchorSource } from '../../notes/anchoring/index.ts';
import { importDocument, ImportRefusal, importSizeProblem } from '../../notes/sources/import/index.ts';
import { ApiFailure, cancelled } from './errors.ts';
import { renderExport } from './exports.ts';
import { EXPORT_SPECS, exportFileName, isNotebookFileName, NOTEBOOK_FILTERS, NOTEBOOK_SUFFIX, notebookFileFor, reasonOf, SOURCE_FILTERS, titleFromNotebookFile, withExtension } from './files.ts';
import type { Host } from './host.ts';
import type { OpenNotebookAccess } from './open-notebook.ts';

type FileCommands = Pick<Handlers, 'importSource' | 'reviseSource' | 'saveCopy' | 'exportNotebook' | 'openExternal' | 'about'>;

interface FileBytes {
  name: string;
  data: Uint8Array;
}

export function fileCommands(host: Host, notebook: OpenNotebookAccess): FileCommands {
  const { requireOpen, requireWritable, applyAll, stillOpen, now } = notebook;

  async function pickTextFile(title: string): Promise<FileBytes> {
    const file = await host.showOpenDialog({ title, defaultPath: host.documentsDir, filters: SOURCE_FILTERS });
    if (!file) throw cancelled('The import');
    const name = path.basename(file);
    try {
      const info = await stat(file);
      // Refused from its size, before it is read.
      const tooBig = importSizeProblem(name, info.size);
      if (tooBig) throw new ApiFailure('bad-source', tooBig);
      return { name, data: new Uint8Array(await readFile(file)) };
    } catch (err) {
      if (err instanceof ApiFailure) throw err;
      throw new ApiFailure('io', `“${name}” could not be read (${reasonOf(err)}) — check the file and import it again.`, { file });
    }
  }

  /** A web page, PDF, Word file, Markdown or text as a source, with what the import found; bad input is one line. */
  async function importBytes(file: FileBytes, id?: string) {
    const tooBig = importSizeProblem(file.name, file.data.byteLength);
    if (tooBig) throw new ApiFailure('bad-source', tooBig);
    try {
      return await importDocument(file.data, file.name, { now: now(), ...(id ? { id } : {}) });
    } catch (err) {
      if (err instanceof ImportRefusal) throw new ApiFailure('bad-source', err.message);
      throw err;
    }
  }

  /** Writes an export or copy whole, or not at all. */
  async function writeOut(file: string, bytes: Uint8Array | string, what: string): Promise<void> {
    try {
      await writeFileAtomic(file, bytes);
    } catch (err) {
      throw new ApiFailure('io', `${what} could not be written to “${path.basename(file)}” (${reasonOf(err)}) — choose another folder and try again; nothing was written.`, { file });
    }
  }

  return {
    async importSource(file) {
      const o = requireWritable();
      const { source } = await importBytes(file ?? (await pickTextFile('Import source')));
      stillOpen(o);
      return { sourceId: source.id, revision: applyAll(o, [{ kind: 'source.add', source }]) };
    },

    async reviseSource(sourceId, file): Promise<ReanchorReport & { revision: number }> {
      const o = requireWritable();
      const old = o.notebook.sources.find((s) => s.id === sourceId);
      if (!old) throw new ApiFailure('not-found', 'That source is no longer in the notebook — it may have been deleted.');
      const { source: fresh } = await importBytes(file ?? (await pickTextFile(`New version of “${old.title}”`)), old.id);
      stillOpen(o);
      // Keep what the analyst set about the source (title, publisher, url, date, grade); only the text is new.
      const { pages: _oldPages, ...kept } = old;
      const source = { ...kept, text: fresh.text, format: fresh.format, sha256: fresh.sha256, importedAt: fresh.importedAt, ...(fresh.pages ? { pages: fresh.pages } : {}) };
      const moved = reanchorSource(source.text, o.notebook.annotations.filter((a) => a.sourceId === sourceId));
      const revision = applyAll(o, [{ kind: 'source.replace', source, annotations: moved.annotations }]);
      return { sourceId, results: moved.results, revision };
    },

    async saveCopy() {
      const o = requireOpen();
      const notebook = o.notebook;
      const chosen = await host.showSaveDialog({
        title: 'Save a copy',
        defaultPath: path.join(path.dirname(o.file), `${titleFromNotebookFile(o.file)} copy${NOTEBOOK_SUFFIX}`),
        filters: NOTEBOOK_FILTERS,
      });
      if (!chosen) throw cancelled('Saving a copy');
      const file = path.resolve(notebookFileFor(chosen));
      if (file === o.file) throw new ApiFailure('io', 'That is the notebook you are editing — choose another name for the copy.', { file });
      try {
        // The store's own path: sliced, durable, one record a line like every notebook.
        await saveNotebookCopy(file, notebook);
      } catch (err) {
        throw new ApiFailure('io', `The copy could not be written to “${path.basename(file)}” (${reasonOf(err)}) — choose another folder and try again; nothing was written.`, { file });
      }
      return { file };
    },

    async exportNotebook(format: ExportFormat) {
      const o = requireOpen();
      const notebook = o.notebook;
      const spec = EXPORT_SPECS[format];
      const chosen = await host.showSaveDialog({
        title: `Export ${spec.filter.name}`,
        // Named after the notebook file, which the analyst chose: “Coalition talks — briefing.md”.
        defaultPath: path.join(path.dirname(o.file), exportFileName(titleFromNotebookFile(o.file), format)),
        filters: [spec.filter],
      });
      if (!chosen) throw cancelled('The export');
      const file = withExtension(chosen, spec.filter.extensions);
      // A JSON export named like a notebook would replace that notebook (or leave a file that will not open as one).
      if (isNotebookFileName(file)) {
        throw new ApiFailure('io', `“${path.basename(file)}” is a notebook's file name; an export never replaces a notebook — choose another name (e.g. ending in .${spec.filter.extensions[0]}).`, { file });
      }
      // Rendered in full before anything touches the disk.
      const bytes = await renderExport(notebook, format, host);
      await writeOut(file, bytes, 'The export');
      return { file };
    },

    async openExternal(raw) {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new ApiFailure('invalid-payload', 'That link is not a web address, so it was not opened.');
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new ApiFailure('invalid-payload', `Only web links (http and https) open from a notebook; a “${url.protocol}” link was refused.`);
      }
      await host.openExternal(url.href);
      return null;
    },

    async about(): Promise<AboutInfo> {
      const open = notebook.opened();
      // The backup taken on open is written in the background; name it only once it is there.
      await open?.store.backedUp();
      const backup = open ? backupPathOf(open.file) : null;
      return {
        version: host.version,
        notebooksFolder: notebook.notebooksDir,
        file: open?.file ?? null,
        backup: backup && existsSync(backup) ? backup : null,
      };
    },

  };
}
