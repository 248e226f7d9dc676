// Every command, in the order the help lists them (the order of a session).
import type { Command } from '../command.ts';
import { annotateCommand } from './annotate.ts';
import { checkCommand } from './check.ts';
import { compareCommand } from './compare.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { listCommand } from './list.ts';
import { mergeCommand } from './merge.ts';
import { newCommand } from './new.ts';
import { restoreCommand } from './restore.ts';
import { suggestCommand } from './suggest.ts';
import { reviseCommand } from './revise.ts';

export const COMMANDS: readonly Command[] = [
  newCommand,
  importCommand,
  annotateCommand,
  suggestCommand,
  listCommand,
  compareCommand,
  exportCommand,
  reviseCommand,
  mergeCommand,
  checkCommand,
  restoreCommand,
];
