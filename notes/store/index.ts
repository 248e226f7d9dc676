// The durable notebook store: atomic, fsynced, coalesced saves; a backup of
// the last good version; one writer per notebook; damaged and newer files
// refused without ever being overwritten.
export { StoreError, type StoreErrorCode } from './errors.ts';
export { NotebookStore, openNotebook, createNotebookFile, saveNotebookCopy, type OpenOptions, type SaveStatus } from './store.ts';
export { restoreBackup, backupPathOf, type Restored } from './backup.ts';
export { writeFileAtomic } from './atomic.ts';
export { loadNotebookFile, hasBackup, MAX_NOTEBOOK_BYTES, type LoadedNotebook } from './load.ts';
export { readLock, lockPathOf, type Holder, type LockInfo } from './lock.ts';
export type { StoreFs, StoreFile } from './fs-seam.ts';
