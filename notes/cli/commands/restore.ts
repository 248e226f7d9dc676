import path from 'node:path';
import { backupPathOf, hasBackup, loadNotebookFile, restoreBackup, StoreError } from '../../store/index.ts';
import type { Command } from '../command.ts';
import { CliError, storeErrorLine } from '../errors.ts';
import { printLines } from '../io.ts';
import { notebookFile } from '../notebook-file.ts';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Put the backup (FILE.bak) back in place of a damaged notebook',
  usage: 'restore FILE [--force]',
  positionals: [{ name: 'FILE' }],
  options: { force: { type: 'boolean', help: 'Restore even though FILE opens fine (it is kept aside all the same).' } },
  description: [
    'FILE.bak is the last version of the notebook known to open. The damaged FILE is never deleted: it is kept beside it',
    'as FILE.damaged-<time>, and the backup stays too. A FILE that opens fine is left alone unless --force is given,',
    'since its backup is older. Refused while the app or another command has FILE open for writing.',
  ],
  examples: ['notebook check talks.json', 'notebook restore talks.json'],
  async run(args, io) {
    const file = notebookFile(io, args.positionals[0]!);
    if (!(await hasBackup(file.path))) {
      throw new CliError(`${file.name} has no backup to restore (${backupPathOf(file.name)} is missing or empty) — nothing was changed`);
    }
    if (!args.flag('force')) {
      const fine = await loadNotebookFile(file.path).then(
        () => true,
        () => false,
      );
      if (fine) throw new CliError(`${file.name} opens fine — restoring would replace it with its older backup; add --force to restore anyway`);
    }
    let damagedCopy: string | undefined;
    try {
      ({ damagedCopy } = await restoreBackup(file.path, { holder: 'cli' }));
    } catch (err) {
      throw err instanceof StoreError ? new CliError(storeErrorLine(err, file.arg)) : err;
    }
    printLines(io, [
      `Restored ${file.name} from ${backupPathOf(file.name)}.`,
      damagedCopy ? `The damaged file was kept as ${path.relative(io.cwd, damagedCopy) || damagedCopy}.` : 'There was no notebook file to keep aside.',
    ]);
  },
};
