// The two kinds of failure a user sees, each as one line on stderr:
// UsageError (exit 2) — the command line itself is wrong;
// CliError (exit 1) — the command was understood but cannot be done
// (a missing file, a quote that is not in the source, a locked notebook).
import path from 'node:path';
import { StoreError } from '../store/index.ts';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  override name = 'UsageError';
  /** The command whose --help explains the right usage; undefined for the top level. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

export class CliError extends Error {
  override name = 'CliError';
}

/** One line, whatever the message held. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** What to do about a system refusal, in a terminal (the store's own advice names the app's menus). */
const TERMINAL_ADVICE: Record<string, string> = {
  ENOSPC: 'free some space and run the command again',
  EDQUOT: 'free some space and run the command again',
  EACCES: 'check the permissions of the file and its folder, then run the command again',
  EPERM: 'check the permissions of the file and its folder, then run the command again',
  EROFS: 'copy the notebook to a writable disk to change it',
};

const errnoOf = (cause: unknown): string => {
  const code = (cause as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : '';
};

/**
 * The store speaks to the app's menus ("choose Open…", "Save a copy…"). In a
 * terminal those words point nowhere, so they become the matching commands.
 * `fileArg` is the FILE as the user typed it, for the suggested command.
 * A backup that can be restored is always named, whatever went wrong.
 */
export function storeErrorLine(err: StoreError, fileArg: string): string {
  const restore = `notebook restore ${fileArg}`;
  const line = terminalLine(err, fileArg);
  return err.backupAvailable && !line.includes(restore) ? `${line}; a backup exists (run: ${restore})` : line;
}

function terminalLine(err: StoreError, fileArg: string): string {
  const name = path.basename(err.file);
  const [what, ...advice] = err.message.split(' — ');
  switch (err.code) {
    case 'not-found':
      // A link whose target is gone: `notebook new` would find the link in the way.
      if (what!.includes(' is a link to ')) return `${what} — check where the link points, or remove it`;
      return `${name} was not found (${err.file}) — check the path, or create it with: notebook new ${fileArg}`;
    case 'damaged':
      return err.backupAvailable ? `${err.message} (run: notebook restore ${fileArg})` : err.message;
    case 'newer-version':
    case 'locked':
      return err.message;
    case 'io': {
      if (!advice.join(' — ').includes('…')) return err.message;
      // "X could not be saved: the disk is full — your changes are still in the window; … choose Save a copy…"
      const todo = TERMINAL_ADVICE[errnoOf(err.cause)];
      return `${what} — nothing was changed${todo ? `; ${todo}` : ''}`;
    }
  }
}
