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

/**
 * The store speaks to the app's menus ("choose Open…", "Save a copy…"). In a
 * terminal those words point nowhere, so they become the matching commands.
 * `fileArg` is the FILE as the user typed it, for the suggested command.
 */
export function storeErrorLine(err: StoreError, fileArg: string): string {
  const name = path.basename(err.file);
  switch (err.code) {
    case 'not-found':
      return `${name} was not found (${err.file}) — check the path, or create it with: notebook new ${fileArg}`;
    case 'damaged':
      return err.backupAvailable ? `${err.message} (run: notebook restore ${fileArg})` : err.message;
    case 'newer-version':
    case 'locked':
      return err.message;
    case 'io': {
      if (!err.message.includes('…')) return err.message;
      // "X could not be saved: the disk is full — your changes are still in the window; choose Save a copy…"
      const [what] = err.message.split(' — ');
      return `${what} — nothing was changed`;
    }
  }
}
