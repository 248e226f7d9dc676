import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Notebook } from '../model/schema.ts';
import { StoreError, backupPathOf, createNotebookFile, openNotebook, restoreBackup } from './index.ts';
import { listFolder, seam, tempFolder } from './test-support/helpers.ts';
import { asVersion0, syntheticNotebook } from './test-support/synthetic.ts';

const retitled = (nb: Notebook, title: string): Notebook => ({ ...nb, title });

async function notebookFile(title = 'Coalition talks'): Promise<{ folder: string; file: string }> {
  const folder = await tempFolder();
  const file = path.join(folder, 'talks.json');
  await createNotebookFile(file, syntheticNotebook(30, title));
  return { folder, file };
}

/** A notebook with no backup yet, opened with every write slowed, so its backup is still being written after open. */
async function openedWithSlowWrites(title: string) {
  const { file } = await notebookFile(title);
  await fsp.rm(backupPathOf(file), { force: true });
  const fs = seam();
  fs.slowWrites(30);
  return { file, fs, store: await openNotebook(file, { fs }) };
}

describe('backup', () => {
  it('holds the version that loaded before this session’s edits: made on open, left alone by saves and by close', async () => {
    const { file } = await notebookFile('Session 1');
    const opened = await fsp.readFile(file);
    const store = await openNotebook(file);
    // Written in the background; flush waits for it.
    await store.flush();
    expect(await fsp.readFile(backupPathOf(file))).toEqual(opened);
    for (let i = 0; i < 3; i++) {
      store.set(retitled(store.notebook, `Edit ${i}`));
      await store.flush();
    }
    expect(await fsp.readFile(backupPathOf(file))).toEqual(opened);
    await store.close();
    // An edit the analyst regrets can still be undone from the backup after closing.
    expect(await fsp.readFile(backupPathOf(file))).toEqual(opened);
    expect(JSON.parse(await fsp.readFile(file, 'utf8'))).toMatchObject({ title: 'Edit 2' });
    // The next session starts from the file as this one left it, and backs that up.
    const saved = await fsp.readFile(file);
    const next = await openNotebook(file);
    await next.flush();
    expect(await fsp.readFile(backupPathOf(file))).toEqual(saved);
    await next.close();
  });

  it('holds the bytes read before the first save replaces the file, however slow the backup write', async () => {
    // Every write of this session is slow, so the backup is still being written when the first save starts.
    const { file, fs, store } = await openedWithSlowWrites('Before');
    const opened = await fsp.readFile(file);
    store.set(retitled(store.notebook, 'After'));
    await store.flush();
    const renamed = fs.renames.map((r) => path.basename(r.to));
    expect(renamed).toEqual(['talks.json.bak', 'talks.json']);
    expect(await fsp.readFile(backupPathOf(file))).toEqual(opened);
    await store.close();
  });

  it('says when it is written, without saving anything (the About box names it only then)', async () => {
    const { file, fs, store } = await openedWithSlowWrites('Slow backup');
    await store.backedUp();
    expect(await fsp.readFile(backupPathOf(file))).toEqual(await fsp.readFile(file));
    expect(fs.renames.map((r) => path.basename(r.to))).toEqual(['talks.json.bak']);
    await store.close();
  });

  it('is finished before close releases the notebook, even with no edit', async () => {
    const { file, store } = await openedWithSlowWrites('Untouched');
    await store.close();
    expect(await fsp.readFile(backupPathOf(file))).toEqual(await fsp.readFile(file));
  });

  it('is not made by read-only opens or failed opens', async () => {
    const { folder, file } = await notebookFile();
    const reader = await openNotebook(file, { readOnly: true });
    await reader.close();
    expect(await listFolder(folder)).toEqual(['talks.json']);
    await fsp.writeFile(file, '{"schemaVersion":1');
    await expect(openNotebook(file)).rejects.toMatchObject({ code: 'damaged', backupAvailable: false });
    expect(await listFolder(folder)).toEqual(['talks.json']);
  });

  it('restores: the damaged file is kept aside, the backup takes its place, and it opens', async () => {
    const { folder, file } = await notebookFile('Good');
    await (await openNotebook(file)).close();
    const goodBytes = await fsp.readFile(file);
    const damagedBytes = goodBytes.subarray(0, 100);
    await fsp.writeFile(file, damagedBytes);

    const err = await openNotebook(file).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'damaged', backupAvailable: true });

    const { damagedCopy } = await restoreBackup(file);
    expect(damagedCopy).toMatch(/talks\.json\.damaged-\d{4}-\d\d-\d\dT[\d-]+Z$/);
    expect(await fsp.readFile(damagedCopy!)).toEqual(damagedBytes);
    expect(await fsp.readFile(file)).toEqual(goodBytes);
    expect(await fsp.readFile(backupPathOf(file))).toEqual(goodBytes);
    const store = await openNotebook(file);
    expect(store.notebook.title).toBe('Good');
    await store.close();
    expect((await listFolder(folder)).filter((n) => n.startsWith('.') || n.endsWith('.lock'))).toEqual([]);
  });

  it('restores a deleted notebook from its backup', async () => {
    const { file } = await notebookFile('Good');
    await (await openNotebook(file)).close();
    await fsp.unlink(file);
    await expect(openNotebook(file)).rejects.toMatchObject({ code: 'not-found', backupAvailable: true });
    expect((await restoreBackup(file)).damagedCopy).toBeUndefined();
    expect((await openNotebook(file, { readOnly: true })).notebook.title).toBe('Good');
  });

  it('refuses to restore a missing or damaged backup, changing nothing', async () => {
    const { folder, file } = await notebookFile();
    await fsp.writeFile(file, 'null');
    await expect(restoreBackup(file)).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/no backup to restore/) });
    await fsp.writeFile(backupPathOf(file), '{"truncated":');
    const err = (await restoreBackup(file).then(
      () => undefined,
      (e: unknown) => e,
    )) as StoreError;
    expect(err).toMatchObject({ code: 'damaged' });
    expect(err.message).toMatch(/backup of talks\.json can't be used either/);
    expect(await fsp.readFile(file, 'utf8')).toBe('null');
    expect(await listFolder(folder)).toEqual(['talks.json', 'talks.json.bak']);
  });

  it('refuses to restore while another writer has the notebook', async () => {
    const { file } = await notebookFile();
    const store = await openNotebook(file);
    await expect(restoreBackup(file)).rejects.toMatchObject({ code: 'locked' });
    await store.close();
  });
});

describe('migration of a v0 notebook', () => {
  it('opens migrated in memory; the file changes only on the next save; the backup keeps the v0 bytes', async () => {
    const folder = await tempFolder();
    const file = path.join(folder, 'old.json');
    const v0 = JSON.stringify(asVersion0(syntheticNotebook(30, 'Pre-release')));
    await fsp.writeFile(file, v0);

    const store = await openNotebook(file);
    expect(store.migratedFrom).toBe(0);
    expect(store.notebook.schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.notebook.questions[0]!.positions.map((p) => p.label).sort()).toEqual(['end of mission', 'transition']);
    expect(await fsp.readFile(file, 'utf8')).toBe(v0);
    await store.flush();
    expect(await fsp.readFile(file, 'utf8')).toBe(v0);
    expect(await fsp.readFile(backupPathOf(file), 'utf8')).toBe(v0);

    store.set(retitled(store.notebook, 'Migrated'));
    await store.flush();
    expect(JSON.parse(await fsp.readFile(file, 'utf8'))).toMatchObject({ schemaVersion: SCHEMA_VERSION, title: 'Migrated' });
    expect(await fsp.readFile(backupPathOf(file), 'utf8')).toBe(v0);
    await store.close();
    expect(await fsp.readFile(backupPathOf(file), 'utf8')).toBe(v0);
  });

  it('closing without edits leaves the v0 file and its backup as they were', async () => {
    const file = path.join(await tempFolder(), 'old.json');
    const v0 = JSON.stringify(asVersion0(syntheticNotebook(5)));
    await fsp.writeFile(file, v0);
    await (await openNotebook(file)).close();
    expect(await fsp.readFile(file, 'utf8')).toBe(v0);
    expect(await fsp.readFile(backupPathOf(file), 'utf8')).toBe(v0);
  });
});
