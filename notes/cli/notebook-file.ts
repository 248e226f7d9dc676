// Opening a notebook file for a command. Read-only commands take no lock, so
// they work while the app has the notebook open; writing commands hold the
// lock (as the CLI), apply one operation, and flush and close before
// returning. Store errors become one line in terminal words.
import path from 'node:path';
import { applyOperation, OperationError } from '../model/apply.ts';
import { type Operation } from '../model/ops.ts';
import { nowIso } from '../model/factory.ts';
import type { Notebook } from '../model/schema.ts';
import { validateNotebook } from '../model/validate.ts';
import { openNotebook, StoreError } from '../store/index.ts';
import { CliError, storeErrorLine } from './errors.ts';
import { resolvePath, type CliIo } from './io.ts';

export interface NotebookFile {
  /** The path as the user typed it: used in suggested commands. */
  arg: string;
  /** Absolute. */
  path: string;
  name: string;
}

export function notebookFile(io: CliIo, arg: string): NotebookFile {
  const file = resolvePath(io, arg);
  return { arg, path: file, name: path.basename(file) };
}

function translate(err: unknown, file: NotebookFile): unknown {
  if (err instanceof StoreError) return new CliError(storeErrorLine(err, file.arg));
  if (err instanceof OperationError) return new CliError(err.message);
  return err;
}

/** The notebook as it is on disk, read without a lock. */
export async function readNotebook(file: NotebookFile): Promise<Notebook> {
  try {
    const store = await openNotebook(file.path, { readOnly: true });
    const notebook = store.notebook;
    await store.close();
    return notebook;
  } catch (err) {
    throw translate(err, file);
  }
}

export interface Edit<T> {
  /** Nothing to change (the file is left as it is) when undefined. */
  op: Operation | undefined;
  /** Instead of an operation, the whole new notebook (a merge); checked before it is saved. */
  notebook?: Notebook;
  result: T;
}

/**
 * Opens the notebook for writing, lets `plan` decide the one operation to
 * apply, and saves it. `plan` throws to refuse: then nothing is saved.
 */
export async function editNotebook<T>(file: NotebookFile, plan: (nb: Notebook) => Edit<T> | Promise<Edit<T>>): Promise<T> {
  try {
    const store = await openNotebook(file.path, { holder: 'cli' });
    let failed = false;
    try {
      const { op, notebook, result } = await plan(store.notebook);
      const next = notebook ?? (op ? applyOperation(store.notebook, op, nowIso()).notebook : undefined);
      if (next && next !== store.notebook) {
        if (notebook) {
          const checked = validateNotebook(notebook);
          if (!checked.ok) throw new CliError(`the change to ${file.name} came out inconsistent (${checked.problem}) — nothing was changed; please report this`);
        }
        store.set(next);
        await store.flush();
      }
      return result;
    } catch (err) {
      failed = true;
      throw err;
    } finally {
      // After a failed save, close must not try it again: the user is told nothing was changed.
      await store.close({ discardUnsaved: failed });
    }
  } catch (err) {
    throw translate(err, file);
  }
}
