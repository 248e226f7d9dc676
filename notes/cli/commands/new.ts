import { stat } from 'node:fs/promises';
import path from 'node:path';
import { emptyNotebook } from '../../model/factory.ts';
import { sampleNotebook } from '../../samples/sample.ts';
import { createNotebookFile, StoreError } from '../../store/index.ts';
import type { Command } from '../command.ts';
import { CliError, storeErrorLine, UsageError } from '../errors.ts';
import { printLines } from '../io.ts';
import { notebookFile } from '../notebook-file.ts';
import { plural } from '../format.ts';

/** "Coalition talks.notebook.json" → "Coalition talks". */
export function titleFromFileName(file: string): string {
  const title = path.basename(file).replace(/\.notebook\.json$|\.json$/i, '').trim();
  return title || 'Untitled notebook';
}

export const newCommand: Command = {
  name: 'new',
  summary: 'Create a notebook file (empty, or the coalition-talks sample)',
  usage: 'new FILE [--title TITLE] [--sample]',
  positionals: [{ name: 'FILE' }],
  options: {
    title: { type: 'string', value: 'TITLE', help: 'The notebook title (default: the file name without .json).' },
    sample: { type: 'boolean', help: 'Write the sample notebook: the coalition-talks article with its Baghdad and Washington claims.' },
  },
  description: ['Creates FILE. An existing file is never replaced.'],
  examples: ['notebook new talks.json --title "Coalition talks"', 'notebook new sample.json --sample'],
  async run(args, io) {
    const file = notebookFile(io, args.positionals[0]!);
    const title = args.string('title')?.trim().replace(/\s+/g, ' ');
    if (title !== undefined && (title === '' || title.length > 200)) throw new UsageError('--title must be 1 to 200 characters', 'new');
    try {
      const folder = await stat(path.dirname(file.path));
      if (!folder.isDirectory()) throw new Error('not a folder');
    } catch {
      throw new CliError(`the folder ${path.dirname(file.path)} does not exist — create it first, or choose another place for ${file.name}`);
    }
    const notebook = args.flag('sample') ? sampleNotebook() : emptyNotebook(titleFromFileName(file.path));
    if (title !== undefined) notebook.title = title;
    try {
      await createNotebookFile(file.path, notebook);
    } catch (err) {
      throw err instanceof StoreError ? new CliError(storeErrorLine(err, file.arg)) : err;
    }
    const contents = args.flag('sample')
      ? ` with ${plural(notebook.sources.length, 'source')}, ${plural(notebook.annotations.length, 'annotation')} and ${plural(notebook.questions.length, 'question')}`
      : '';
    printLines(io, [`Created ${file.name} “${notebook.title}”${contents}.`]);
  },
};
