// Every way a notebook file goes bad (store/test-support/damage.ts), through
// the command line as a user types it: `check` and `list` read, `annotate`
// writes, `merge` reads it as THEIRS and writes it as OURS. A refusal is one line on stderr, exit 1, that says what is wrong and
// what to do — `notebook restore` exactly when the backup can be restored —
// and the notebook's folder is left exactly as it was.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notebook } from '../model/schema.ts';
import { backupPathOf, createNotebookFile } from '../store/index.ts';
import { DAMAGE_CASES, failSaves, fingerprint, realFileOf, type DamageCase, type Outcome } from '../store/test-support/damage.ts';
import { syntheticNotebook } from '../store/test-support/synthetic.ts';
import { cli, expectOneLineError, tempFolder } from './test-support.ts';

const TITLE = 'Coalition talks, week 12';
const QUOTE = 'conclude the presence of the coalition forces';
/** The second half of every refusal points to a way out, in terminal words. */
const WHAT_TO_DO = /— .*(run: notebook restore|update the app|make it writable|free some space|check |open another notebook|put back a copy|choose a notebook)/;

const annotate = ['annotate', 'talks.json', '--quote', QUOTE, '--occurrence', '1', '--note', 'Baghdad’s reading'];
const COMMANDS: { name: string; argv: string[]; outcome: (c: DamageCase) => Outcome }[] = [
  { name: 'check', argv: ['check', 'talks.json'], outcome: (c) => c.read },
  { name: 'list', argv: ['list', 'talks.json'], outcome: (c) => c.read },
  { name: 'annotate', argv: annotate, outcome: (c) => c.edit },
  { name: 'merge as THEIRS', argv: ['merge', 'ours.json', 'talks.json'], outcome: (c) => c.read },
  { name: 'merge as OURS', argv: ['merge', 'talks.json', 'colleague.json'], outcome: (c) => c.edit },
];
/** Commands that write a notebook when all is well (the damaged one, or OURS beside it). */
const WRITES = new Set(['annotate', 'merge as THEIRS', 'merge as OURS']);
/** Commands that save the damaged file itself. */
const SAVES_IT = new Set(['annotate', 'merge as OURS']);

/** Every entry of `folder` (and of the symlink cases' other folder) with its fingerprint. */
async function folderState(folder: string): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const name of (await fsp.readdir(folder)).sort()) state[name] = await fingerprint(path.join(folder, name));
  const elsewhere = path.dirname(realFileOf(path.join(folder, 'talks.json')));
  for (const name of await fsp.readdir(elsewhere).catch(() => [])) state[`elsewhere/${name}`] = await fingerprint(path.join(elsewhere, name));
  return state;
}

async function prepare(c: DamageCase, withBackup: boolean): Promise<{ dir: string; file: string }> {
  const dir = await tempFolder();
  const file = path.join(dir, 'talks.json');
  await createNotebookFile(file, syntheticNotebook(20, TITLE));
  // The other notebook of a merge, sound.
  await createNotebookFile(path.join(dir, 'ours.json'), syntheticNotebook(5, 'Ours'));
  await createNotebookFile(path.join(dir, 'colleague.json'), syntheticNotebook(5, 'Colleague'));
  if (withBackup) await fsp.copyFile(file, backupPathOf(file));
  await c.damage(file);
  return { dir, file };
}

const annotationsIn = async (file: string): Promise<number> => (JSON.parse(await fsp.readFile(file, 'utf8')) as Notebook).annotations.length;

function variants(c: DamageCase): boolean[] {
  // A 200 MB file costs seconds per command: once, with the backup when it can be restored.
  return c.huge ? [c.restorable] : [true, false];
}

describe('damaged notebooks, through the CLI', () => {
  for (const c of DAMAGE_CASES) {
    for (const withBackup of variants(c)) {
      // Annotating a valid 200 MB notebook rewrites it and its backup (~10 s here); the store's matrix opens it for editing.
      // Merging a 200 MB notebook reads it and writes another: seconds each, for what check and annotate already show.
      const commands = COMMANDS.filter((command) => !(c.huge && ((c.edit === 'opens' && command.name === 'annotate') || command.name.startsWith('merge'))));
      it(`${c.name}, ${withBackup ? 'with' : 'no'} backup: ${commands.map((command) => command.name).join(', ')}`, { timeout: c.huge ? 60_000 : 10_000 }, async () => {
        const { dir, file } = await prepare(c, withBackup);
        const offersRestore = withBackup && c.restorable;
        for (const command of commands) {
          const outcome = command.outcome(c);
          const before = await folderState(dir);
          const saving = SAVES_IT.has(command.name) && c.failSave;
          const release = saving ? failSaves(file, c.failSave!) : () => undefined;
          let result;
          try {
            result = await cli(dir, command.argv);
          } finally {
            release();
          }
          if (outcome === 'opens' && !saving) {
            expect(result, command.name).toMatchObject({ code: 0, stderr: '' });
            if (!WRITES.has(command.name)) expect(await folderState(dir), command.name).toEqual(before);
            continue;
          }
          const line = expectOneLineError(result);
          expect(result.code, command.name).toBe(1);
          expect(line, command.name).toMatch(/^talks\.json /);
          expect(line, command.name).toMatch(saving ? c.saveSays! : (outcome as Exclude<Outcome, 'opens'>).says);
          expect(line, command.name).toMatch(WHAT_TO_DO);
          if (offersRestore) expect(line, command.name).toContain('(run: notebook restore talks.json)');
          else expect(line, command.name).not.toContain('notebook restore');
          const after = await folderState(dir);
          if (saving && !before['talks.json.bak']) {
            // Opening for writing backs up the bytes it loaded, before the save that failed.
            expect(after['talks.json.bak'], command.name).toBe(before['talks.json']);
            delete after['talks.json.bak'];
          }
          // No lock, no temp file, and the notebook exactly as it was.
          expect(after, command.name).toEqual(before);
        }
      });
    }
  }

  it('symlink to a notebook: annotate saves into the real file and keeps the link', async () => {
    const { dir, file } = await prepare(DAMAGE_CASES.find((d) => d.name === 'symlink to a notebook')!, false);
    const real = realFileOf(file);
    expect((await cli(dir, annotate)).code).toBe(0);
    expect(await fsp.readlink(file)).toBe(real);
    expect(await annotationsIn(real)).toBe(21);
  });

  it('the backup a refusal points to brings the notebook back', async () => {
    for (const c of DAMAGE_CASES.filter((d) => d.restorable && !d.huge)) {
      const { dir, file } = await prepare(c, true);
      const restored = await cli(dir, ['restore', 'talks.json']);
      expect(restored, c.name).toMatchObject({ code: 0, stderr: '' });
      expect(restored.stdout, c.name).toMatch(/^Restored talks\.json from talks\.json\.bak\.\nThe damaged file was kept as (elsewhere\/)?talks\.json\.damaged-\S+\.\n$/);
      const checked = await cli(dir, ['check', 'talks.json']);
      expect(checked, c.name).toMatchObject({ code: 0, stderr: '' });
      expect(await annotationsIn(file), c.name).toBe(20);
    }
  });
});
