// Every way a notebook file goes bad (test-support/damage.ts), through the
// store: opened for editing and for reading, with and without a backup. A
// refusal is one line that names the file, says what is wrong and what to do,
// and offers the backup exactly when one can be restored; the file is left
// exactly as it was, whatever else is tried; restoring brings the notebook
// back and keeps the damaged copy. (damaged.test.ts and io.test.ts cover more
// shapes of each failure for the store alone.)
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notebook } from '../model/schema.ts';
import { nodeFs } from './fs-seam.ts';
import { StoreError, backupPathOf, createNotebookFile, openNotebook, restoreBackup, type NotebookStore } from './index.ts';
import { DAMAGE_CASES, failSaves, fingerprint, realFileOf, type DamageCase } from './test-support/damage.ts';
import { listFolder, tempFolder } from './test-support/helpers.ts';
import { syntheticNotebook } from './test-support/synthetic.ts';

const TITLE = 'Coalition talks, week 12';
/** What the second half of every refusal must do: point to a way out. */
const WHAT_TO_DO = /— .*(restore the backup|update the app|make it writable|choose Open…|choose a notebook|free some space|Save a copy…|open another notebook)/;

interface Prepared {
  folder: string;
  file: string;
  /** As the analyst left them: the file (a link: with its target), what it resolves to, its backup, the folders' names. */
  before: { file: string; resolved: string; backup: string; names: string[] };
}

/** Where the store keeps the notebook, its backup and its lock: the file a link points to. */
const resolved = (file: string): Promise<string> => fsp.realpath(file).catch(() => file);

/** Names in the folder and in the symlink cases' other folder. */
async function names(folder: string): Promise<string[]> {
  const elsewhere = path.dirname(realFileOf(path.join(folder, 'talks.json')));
  return [...(await listFolder(folder)), ...(await listFolder(elsewhere).catch(() => [])).map((n) => `elsewhere/${n}`)];
}

async function prepare(c: DamageCase, withBackup: boolean): Promise<Prepared> {
  const folder = await tempFolder();
  const file = path.join(folder, 'talks.json');
  await createNotebookFile(file, syntheticNotebook(20, TITLE));
  if (withBackup) await fsp.copyFile(file, backupPathOf(file));
  await c.damage(file);
  const real = await resolved(file);
  return {
    folder,
    file,
    before: { file: await fingerprint(file), resolved: await fingerprint(real), backup: await fingerprint(backupPathOf(real)), names: await names(folder) },
  };
}

async function expectUnchanged(p: Prepared): Promise<void> {
  expect(await fingerprint(p.file)).toBe(p.before.file);
  expect(await fingerprint(backupPathOf(await resolved(p.file)))).toBe(p.before.backup);
  // No lock, temp file or backup left behind by a refused open.
  expect(await names(p.folder)).toEqual(p.before.names);
}

async function refusal(promise: Promise<unknown>): Promise<StoreError> {
  const err = await promise.then(
    (value) => value,
    (e: unknown) => e,
  );
  if (!(err instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(err)}`);
  return err;
}

const retitled = (nb: Notebook, title: string): Notebook => ({ ...nb, title });

function variants(c: DamageCase): boolean[] {
  // A 200 MB file costs seconds per run: once, with the backup when it can be restored.
  return c.huge ? [c.restorable] : [true, false];
}

describe('damaged notebooks, through the store', () => {
  for (const c of DAMAGE_CASES) {
    for (const withBackup of variants(c)) {
      const label = `${c.name}, ${withBackup ? 'with' : 'no'} backup`;

      it(`${label}: opening to edit and to read`, { timeout: c.huge ? 60_000 : 10_000 }, async () => {
        const p = await prepare(c, withBackup);
        for (const readOnly of [false, true]) {
          const outcome = readOnly ? c.read : c.edit;
          const opening = openNotebook(p.file, { readOnly });
          if (outcome === 'opens') {
            const store = await opening;
            expect(store.notebook.title).toBe(TITLE);
            await store.close();
            // Opening alone never rewrites the file (a writable open may refresh the backup).
            expect(await fingerprint(p.file)).toBe(p.before.file);
            continue;
          }
          const err = await refusal(opening);
          const how = readOnly ? 'read' : 'edit';
          expect(err.code, how).toBe(outcome.code);
          expect(err.file, how).toBe(await resolved(p.file));
          expect(err.message, how).not.toMatch(/[\r\n]/);
          expect(err.message, how).toMatch(/^talks\.json /);
          expect(err.message, how).toMatch(outcome.says);
          expect(err.message, how).toMatch(WHAT_TO_DO);
          expect(err.backupAvailable, how).toBe(withBackup && c.restorable);
          // Nothing else may replace it behind the analyst's back.
          await expect(createNotebookFile(p.file, syntheticNotebook(1))).rejects.toThrow(StoreError);
          await expectUnchanged(p);
        }
      });

      if (c.edit !== 'opens' && c.read === 'opens') {
        it(`${label}: opened read-only, it refuses to save`, async () => {
          const p = await prepare(c, withBackup);
          const store = await openNotebook(p.file, { readOnly: true });
          expect(() => store.set(retitled(store.notebook, 'Edited anyway'))).toThrow(/is open read-only/);
          await store.flush();
          await store.close();
          await expectUnchanged(p);
        });
      }

      if (withBackup && c.restorable) {
        it(`${label}: restoring the backup brings the notebook back and keeps the damaged copy`, async () => {
          const p = await prepare(c, withBackup);
          const { damagedCopy } = await restoreBackup(p.file);
          expect(damagedCopy).toBeDefined();
          expect(await fingerprint(damagedCopy!)).toBe(p.before.resolved);
          expect(await fingerprint(`${await resolved(p.file)}.bak`)).toBe(p.before.backup);
          // A link that points somewhere stays a link: the notebook it points to is restored.
          if (p.before.file.startsWith('link to ') && !p.before.resolved.startsWith('link to ')) expect((await fsp.lstat(p.file)).isSymbolicLink()).toBe(true);
          const store = await openNotebook(p.file);
          expect(store.notebook.title).toBe(TITLE);
          await store.close();
        });
      }

      if (c.failSave) {
        it(`${label}: a save that fails half-way leaves the file as it was, and the next one goes through`, async () => {
          const p = await prepare(c, withBackup);
          const fs = { ...nodeFs };
          const store: NotebookStore = await openNotebook(p.file, { fs });
          await store.flush(); // the backup made on open is written in the background; let it land first
          const opened = { file: await fingerprint(p.file), names: await listFolder(p.folder) };
          const release = failSaves(p.file, c.failSave!, fs);
          store.set(retitled(store.notebook, 'During the outage'));
          const err = await refusal(store.flush());
          expect(err.code).toBe('io');
          expect(err.file).toBe(p.file);
          expect(err.message).not.toMatch(/[\r\n]/);
          expect(err.message).toMatch(/^talks\.json /);
          expect(err.message).toMatch(c.saveSays!);
          expect(err.message).toMatch(WHAT_TO_DO);
          expect(store.status).toMatchObject({ state: 'error', message: err.message });
          // Closing cannot save either: it refuses and keeps the notebook open.
          await expect(store.close()).rejects.toThrow(c.saveSays!);
          expect(await fingerprint(p.file)).toBe(opened.file);
          expect(await listFolder(p.folder)).toEqual(opened.names);
          expect(store.notebook.title).toBe('During the outage');

          release();
          await store.flush();
          await store.close();
          expect((JSON.parse(await fsp.readFile(p.file, 'utf8')) as Notebook).title).toBe('During the outage');
        });
      }
    }
  }

  it('symlink to a notebook: saves go to the real file, and the link stays a link', async () => {
    const c = DAMAGE_CASES.find((d) => d.name === 'symlink to a notebook')!;
    const p = await prepare(c, false);
    const real = realFileOf(p.file);
    const store = await openNotebook(p.file);
    expect(store.file).toBe(real);
    store.set(retitled(store.notebook, 'Saved through the link'));
    await store.flush();
    await store.close();
    expect((await fsp.lstat(p.file)).isSymbolicLink()).toBe(true);
    expect(await fsp.readlink(p.file)).toBe(real);
    expect((JSON.parse(await fsp.readFile(real, 'utf8')) as Notebook).title).toBe('Saved through the link');
    // The backup and the lock belong beside the real file, not the link.
    expect(await listFolder(p.folder)).toEqual(['elsewhere', 'talks.json']);
    expect(await listFolder(path.dirname(real))).toEqual(['talks.json', 'talks.json.bak']);
  });
});
