// `<file>.bak`: the last version of a notebook that loaded cleanly before the
// current session's edits — what an analyst who regrets a session, or whose
// file was damaged since, gets back.
//
// When it is written (and why):
// - On a writable open, right after the file loaded and validated, from the
//   very bytes just parsed. So the backup is always a version that was proven
//   good, and a v0 file that is about to be migrated keeps its original bytes.
//   It is written in the background (open does not wait for a 7 MB write);
//   every save waits for it, so the file is never replaced first.
// - Not on close. Refreshed there, it would hold the session's own edits and
//   the version before them would be gone; the next open backs up the file
//   as this session left it, once it has loaded cleanly.
// - Never per save. Saves come after every burst of edits and notebooks can
//   reach 100 MB; a second copy per keystroke would double the disk traffic,
//   and the saves themselves are already atomic and fsynced.
// A backup write goes through the same temp-file-and-rename path, so a crash
// during rotation leaves the previous backup intact.
import path from 'node:path';
import { copyFileAtomic, writeFileAtomic } from './atomic.ts';
import { StoreError, errnoOf, ioError } from './errors.ts';
import { nodeFs, type StoreFs } from './fs-seam.ts';
import { backupPathOf, loadNotebookFile } from './load.ts';
import { acquireLock, type Holder } from './lock.ts';

export { backupPathOf };

export async function backupFromBytes(file: string, bytes: Uint8Array, fs: StoreFs = nodeFs): Promise<void> {
  await writeFileAtomic(backupPathOf(file), bytes, { fs, action: 'write' });
}

/** `2024-05-01T09-14-03-123Z`: sorts by time and is a valid file name on every system. */
const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

export interface Restored {
  /** Where the damaged file was kept, or undefined when there was no file to keep. */
  damagedCopy: string | undefined;
}

/**
 * Puts the backup in the notebook's place. The damaged file is kept as
 * `<file>.damaged-<timestamp>` (never deleted) and the backup stays too.
 * Refuses while another writer holds the notebook, and refuses a backup that
 * does not load itself.
 */
export async function restoreBackup(file: string, options: { holder?: Holder; fs?: StoreFs } = {}): Promise<Restored> {
  const fs = options.fs ?? nodeFs;
  // Through a link, the notebook is the file it points to: openNotebook locks and backs up that one.
  file = await fs.realpath(file).catch(() => file);
  const name = path.basename(file);
  const backup = backupPathOf(file);
  const lock = await acquireLock(file, options.holder ?? 'app', fs);
  try {
    try {
      await loadNotebookFile(backup, fs);
    } catch (err) {
      if (err instanceof StoreError && err.code === 'not-found') {
        throw new StoreError('not-found', file, `${name} has no backup to restore (${name}.bak is missing) — open another notebook`);
      }
      if (err instanceof StoreError && (err.code === 'damaged' || err.code === 'newer-version')) {
        throw new StoreError(err.code, file, `The backup of ${name} can't be used either: ${err.message}`);
      }
      throw err;
    }
    let damagedCopy: string | undefined = `${file}.damaged-${stamp(new Date())}`;
    try {
      // A hard link keeps the damaged bytes under the new name at once, with the
      // notebook never missing; a copy does the same where links are not supported.
      await fs.link(file, damagedCopy);
    } catch (err) {
      const code = errnoOf(err);
      if (code === 'ENOENT') damagedCopy = undefined;
      // A folder in the notebook's place cannot be linked or copied: it is moved aside whole.
      else if (code === 'EPERM' && (await fs.stat(file).then((s) => s.isDirectory(), () => false))) await fs.rename(file, damagedCopy);
      else if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'ENOSYS') await copyFileAtomic(file, damagedCopy, { fs, action: 'restore' });
      else throw err;
    }
    await copyFileAtomic(backup, file, { fs, action: 'restore' });
    return { damagedCopy };
  } catch (err) {
    throw ioError(err, file, 'restore');
  } finally {
    await lock.release();
  }
}
