// The disk says no: full, permission denied, read-only, missing, too big.
// Nothing is half-written, the message says what to do, and the store
// recovers once the disk does.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notebook } from '../model/schema.ts';
import { MAX_NOTEBOOK_BYTES, createNotebookFile, openNotebook, writeFileAtomic, type SaveStatus } from './index.ts';
import { errno, listFolder, refusal, seam, tempFolder } from './test-support/helpers.ts';
import { syntheticNotebook } from './test-support/synthetic.ts';

const retitled = (nb: Notebook, title: string): Notebook => ({ ...nb, title });

describe('writeFileAtomic', () => {
  it('writes new files and replaces old ones', async () => {
    const folder = await tempFolder();
    const file = path.join(folder, 'brief.md');
    await writeFileAtomic(file, '# Brief\n');
    await writeFileAtomic(file, new TextEncoder().encode('# Brief, revised\n'));
    expect(await fsp.readFile(file, 'utf8')).toBe('# Brief, revised\n');
    expect(await listFolder(folder)).toEqual(['brief.md']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const file = path.join(await tempFolder(), 'brief.md');
    await fsp.writeFile(file, 'old');
    await fsp.chmod(file, 0o600);
    await writeFileAtomic(file, 'new');
    expect((await fsp.stat(file)).mode & 0o777).toBe(0o600);
  });

  for (const [code, says] of [
    ['ENOSPC', /disk is full.*free some space/],
    ['EACCES', /permission denied.*Save a copy/],
    ['EROFS', /read-only disk.*Save a copy/],
    ['EIO', /read\/write error/],
  ] as const) {
    it(`${code} half-way: target unchanged, no temp file, one-line 'io' error`, async () => {
      const folder = await tempFolder();
      const file = path.join(folder, 'brief.md');
      await fsp.writeFile(file, 'the analyst’s earlier export');
      const fs = seam();
      fs.failNextWrite(errno(code), 10);
      const err = await refusal(writeFileAtomic(file, 'x'.repeat(100_000), { fs }));
      expect(err.code).toBe('io');
      expect(err.file).toBe(file);
      expect(err.message).toMatch(says);
      expect(err.message).toContain('brief.md');
      expect(err.message).not.toMatch(/\n/);
      expect(await fsp.readFile(file, 'utf8')).toBe('the analyst’s earlier export');
      expect(await listFolder(folder)).toEqual(['brief.md']);
    });
  }

  it('a missing folder is an io error that says so', async () => {
    const file = path.join(await tempFolder(), 'gone', 'brief.md');
    const err = await refusal(writeFileAtomic(file, 'x'));
    expect(err.code).toBe('io');
    expect(err.message).toMatch(/folder no longer exists/);
  });
});

describe('saving when the disk fails', () => {
  it('keeps the file and the edit, reports the error, and saves on the next edit', async () => {
    const folder = await tempFolder();
    const file = path.join(folder, 'talks.json');
    await createNotebookFile(file, syntheticNotebook(100, 'Before'));
    const before = await fsp.readFile(file);
    const fs = seam();
    const store = await openNotebook(file, { fs });
    await store.flush(); // the backup made on open is written first; the failure is for the save
    const seen: SaveStatus[] = [];
    store.onStatus((s) => seen.push(s));

    fs.failNextWrite(errno('ENOSPC'), 1000);
    store.set(retitled(store.notebook, 'During the outage'));
    const err = await refusal(store.flush());
    expect(err.code).toBe('io');
    expect(err.message).toMatch(/disk is full/);
    expect(store.status.state).toBe('error');
    expect(store.status.message).toBe(err.message);
    expect(seen.map((s) => s.state)).toEqual(['saving', 'error']);
    expect(await fsp.readFile(file)).toEqual(before);
    expect(await listFolder(folder)).toEqual(['talks.json', 'talks.json.bak', 'talks.json.lock']);
    // Nothing lost: the edit is still the notebook.
    expect(store.notebook.title).toBe('During the outage');

    store.set(retitled(store.notebook, 'After the outage'));
    await store.flush();
    expect(store.status.state).toBe('saved');
    expect(JSON.parse(await fsp.readFile(file, 'utf8')).title).toBe('After the outage');
    await store.close();
  });

  it('flush alone retries a failed save', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    await createNotebookFile(file, syntheticNotebook(10));
    const fs = seam();
    const store = await openNotebook(file, { fs });
    await store.flush(); // the backup made on open is written first; the failure is for the save
    fs.failNextWrite(errno('EACCES'));
    store.set(retitled(store.notebook, 'Kept'));
    await expect(store.flush()).rejects.toThrow(/permission denied/);
    await store.flush();
    expect(JSON.parse(await fsp.readFile(file, 'utf8')).title).toBe('Kept');
    await store.close();
  });

  it('close does not release a notebook whose last save failed', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    await createNotebookFile(file, syntheticNotebook(10));
    const fs = seam();
    const store = await openNotebook(file, { fs });
    await store.flush(); // the backup made on open is written first; the failure is for the save
    fs.failNextWrite(errno('ENOSPC'));
    store.set(retitled(store.notebook, 'Unsaved'));
    await expect(store.close()).rejects.toThrow(/disk is full/);
    // Still open and locked: the app can retry or offer Save a copy….
    await expect(openNotebook(file)).rejects.toMatchObject({ code: 'locked' });
    await store.close();
    expect(JSON.parse(await fsp.readFile(file, 'utf8')).title).toBe('Unsaved');
  });
});

describe('opening', () => {
  it('a missing file is not-found', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    const err = await refusal(openNotebook(file));
    expect(err.code).toBe('not-found');
    expect(err.message).toMatch(/talks\.json was not found/);
    expect(err.backupAvailable).toBe(false);
  });

  it('a missing file with a backup says the backup can be restored', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    await fsp.writeFile(`${file}.bak`, JSON.stringify(syntheticNotebook(1)));
    const err = await refusal(openNotebook(file));
    expect(err.code).toBe('not-found');
    expect(err.backupAvailable).toBe(true);
  });

  it('a folder is an io error', async () => {
    const folder = await tempFolder();
    const err = await refusal(openNotebook(folder));
    expect(err.code).toBe('io');
    expect(err.message).toMatch(/is a folder/);
    expect(await listFolder(path.dirname(folder))).not.toContain(`${path.basename(folder)}.lock`);
  });

  it('a read-only file opens read-only, and a writable open says why it cannot', async () => {
    const folder = await tempFolder();
    const file = path.join(folder, 'talks.json');
    await createNotebookFile(file, syntheticNotebook(10, 'Archived'));
    await fsp.chmod(file, 0o444);
    const err = await refusal(openNotebook(file));
    expect(err.code).toBe('io');
    expect(err.message).toMatch(/talks\.json is a read-only file — to edit it, make it writable/);
    const reader = await openNotebook(file, { readOnly: true });
    expect(reader.notebook.title).toBe('Archived');
    await reader.close();
    expect(await listFolder(folder)).toEqual(['talks.json']);
  });

  it('a file above the size limit is refused before reading, unchanged', async () => {
    const folder = await tempFolder();
    const file = path.join(folder, 'huge.json');
    // Sparse: costs no disk space or time.
    const handle = await fsp.open(file, 'w');
    await handle.truncate(MAX_NOTEBOOK_BYTES + 1);
    await handle.close();
    const err = await refusal(openNotebook(file, { readOnly: true }));
    expect(err.code).toBe('io');
    expect(err.message).toMatch(/huge\.json is 513 MB, more than the 512 MB a notebook may hold/);
    expect((await fsp.stat(file)).size).toBe(MAX_NOTEBOOK_BYTES + 1);
  });

  it('a read error while loading is an io error, and the file stays as it was', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    await createNotebookFile(file, syntheticNotebook(10));
    const before = await fsp.readFile(file);
    const fs = seam();
    fs.open = async () => {
      throw errno('EACCES');
    };
    const err = await refusal(openNotebook(file, { fs, readOnly: true }));
    expect(err.code).toBe('io');
    expect(err.message).toMatch(/could not be opened: permission denied/);
    expect(await fsp.readFile(file)).toEqual(before);
  });

  it('a folder where the lock cannot be made: says to open read-only, and read-only works', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    await createNotebookFile(file, syntheticNotebook(10));
    const fs = seam();
    const open = fs.open;
    fs.open = async (target, flags, mode) => {
      if (flags === 'wx') throw errno('EACCES');
      return open(target, flags, mode);
    };
    const err = await refusal(openNotebook(file, { fs }));
    expect(err.code).toBe('io');
    expect(err.message).toMatch(/talks\.json can't be edited here: its folder is read-only — open it read-only/);
    const reader = await openNotebook(file, { fs, readOnly: true });
    expect(reader.notebook.annotations).toHaveLength(10);
  });
});
