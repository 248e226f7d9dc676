// Every failure of the store reaches the analyst as one StoreError: a code the
// app can act on (offer the backup, open read-only) and one line that says
// what is wrong and what to do.
import path from 'node:path';

export type StoreErrorCode = 'not-found' | 'damaged' | 'newer-version' | 'locked' | 'io';

export class StoreError extends Error {
  override name = 'StoreError';
  readonly code: StoreErrorCode;
  readonly file: string;
  /** True when `<file>.bak` exists, so restoreBackup(file) can bring it back. */
  readonly backupAvailable: boolean;
  /** 'locked': who holds the lock, as the lock file says (lock.ts heldBy), when it says. */
  readonly heldBy: string | undefined;

  constructor(code: StoreErrorCode, file: string, message: string, options: { backupAvailable?: boolean; cause?: unknown; heldBy?: string } = {}) {
    // One line, whatever a system message or a parser put in it.
    super(message.replace(/\s*[\r\n]+\s*/g, ' '), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = file;
    this.backupAvailable = options.backupAvailable ?? false;
    this.heldBy = options.heldBy;
  }
}

export function errnoOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** What the store was doing when the system said no; phrases the message. */
export type IoAction = 'open' | 'save' | 'write' | 'lock' | 'restore';

const SAVE_ELSEWHERE = 'choose Save a copy… to keep your work elsewhere';

/** The one-line StoreError for a system error (errno) while working on `file`. */
export function ioError(err: unknown, file: string, action: IoAction, options: { backupAvailable?: boolean } = {}): StoreError {
  if (err instanceof StoreError) return err;
  const name = path.basename(file);
  const code = errnoOf(err);
  const writing = action !== 'open';
  const verb = { open: 'be opened', save: 'be saved', write: 'be written', lock: 'be opened for editing', restore: 'be restored' }[action];
  const afterWrite = action === 'save' ? 'your changes are still in the window; ' : '';
  const make = (message: string, errorCode: 'io' | 'not-found' = 'io') =>
    new StoreError(errorCode, file, message, { backupAvailable: options.backupAvailable ?? false, cause: err });
  switch (code) {
    case 'ENOENT':
      return writing
        ? make(`${name} could not ${verb}: its folder no longer exists — ${afterWrite}${SAVE_ELSEWHERE}`)
        : make(`${name} was not found — it may have been moved, renamed or deleted; choose Open… to find it`, 'not-found');
    case 'EACCES':
    case 'EPERM':
      if (action === 'lock') return make(`${name} can't be edited here: its folder is read-only — open it read-only, or choose Save a copy… to edit a copy`);
      return writing
        ? make(`${name} could not ${verb}: permission denied — ${afterWrite}${SAVE_ELSEWHERE}`)
        : make(`${name} could not be opened: permission denied — check the file's permissions, or ask its owner for a copy`);
    case 'EROFS':
      if (action === 'lock') return make(`${name} is on a read-only disk — open it read-only, or choose Save a copy… to edit a copy`);
      return make(`${name} is on a read-only disk — ${afterWrite}${SAVE_ELSEWHERE}`);
    case 'ENOSPC':
    case 'EDQUOT':
      return make(`${name} could not ${verb}: the disk is full — ${afterWrite}free some space, or ${SAVE_ELSEWHERE}`);
    case 'EISDIR':
      return make(`${name} is a folder, not a notebook file — choose a notebook (.json) file`);
    case 'ENOTDIR':
      return make(`${name} could not ${verb}: part of its path is a file, not a folder — check the path`);
    case 'ELOOP':
      return make(`${name} could not ${verb}: it is a link that points to itself — choose the real file`);
    case 'ENAMETOOLONG':
      return make(`${name} could not ${verb}: its path is too long — move it to a shorter path`);
    case 'EMFILE':
    case 'ENFILE':
      return make(`${name} could not ${verb}: too many files are open — close some windows and try again`);
    case 'EBUSY':
    case 'ETXTBSY':
      return make(`${name} could not ${verb}: another program is using it — close that program and try again`);
    case 'EIO':
      return make(`${name} could not ${verb}: the disk reported a read/write error — ${afterWrite}${SAVE_ELSEWHERE} and check the disk`);
    default: {
      const detail = err instanceof Error ? err.message : String(err);
      return make(`${name} could not ${verb} (${detail}) — ${writing ? afterWrite + SAVE_ELSEWHERE : 'try again, or open another notebook'}`);
    }
  }
}
