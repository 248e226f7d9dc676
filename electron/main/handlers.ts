// The main-process side of every window.notebook method: the open
// notebook's verbs (open-notebook.ts) and the file commands that work on it
// (file-commands.ts), as one object for dispatch() and the test harness.
import type { Handlers } from '../contract.ts';
import { fileCommands } from './file-commands.ts';
import type { Host } from './host.ts';
import { mergeCommands } from './merge-commands.ts';
import { openNotebookVerbs, type HandlerOptions, type SessionVerbs } from './open-notebook.ts';

export { NOTEBOOKS_FOLDER, SAMPLE_FILE_NAME, type HandlerOptions } from './open-notebook.ts';

/** Every contract method, plus what only main itself may do (command line, menu, quit). */
export type NotebookHandlers = Handlers & SessionVerbs;

export function createHandlers(host: Host, options: HandlerOptions = {}): NotebookHandlers {
  const { verbs, access } = openNotebookVerbs(host, options);
  return { ...verbs, ...fileCommands(host, access), ...mergeCommands(host, access) };
}
