import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notebook } from '../model/schema.ts';
import { validateNotebook } from '../model/validate.ts';
import { StoreError, createNotebookFile, openNotebook, saveNotebookCopy, type SaveStatus } from './index.ts';
import { listFolder, seam, tempFolder } from './test-support/helpers.ts';
import { syntheticNotebook } from './test-support/synthetic.ts';
import { notebookJson } from './serialize.ts';

const retitled = (nb: Notebook, title: string): Notebook => ({ ...nb, title });

async function onDisk(file: string): Promise<Notebook> {
  const result = validateNotebook(JSON.parse(await fsp.readFile(file, 'utf8')));
  if (!result.ok) throw new Error(result.problem);
  return result.notebook;
}

describe('notebook store', () => {
  it('round-trips a notebook through create, open, edit, close and reopen', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    const original = syntheticNotebook(50, 'Coalition talks');
    await createNotebookFile(file, original);
    const store = await openNotebook(file);
    expect(store.notebook).toEqual(original);
    const edited: Notebook = { ...store.notebook, title: 'Coalition talks — revised', annotations: store.notebook.annotations.slice(0, -1) };
    store.set(edited);
    expect(store.notebook).toBe(edited);
    await store.close();
    expect(await onDisk(file)).toEqual(edited);
    const again = await openNotebook(file);
    expect(again.notebook).toEqual(edited);
    await again.close();
  });

  it('saves the notebook as plain UTF-8 JSON, Arabic as Arabic, which reads back as the same notebook', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    const base = syntheticNotebook(3000);
    const note = 'قالت الحكومة العراقية إن مهمة التحالف ستنتهي — “end of the mission”';
    const nb = { ...base, annotations: base.annotations.with(5, { ...base.annotations[5]!, note }) };
    await createNotebookFile(file, syntheticNotebook(1));
    const store = await openNotebook(file);
    store.set(nb);
    await store.flush();
    const bytes = await fsp.readFile(file);
    const written = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(written).toBe(notebookJson(nb));
    // The note's words are in the file as UTF-8 bytes, not \u escapes.
    expect(bytes.includes(Buffer.from(note, 'utf8'))).toBe(true);
    expect(written).not.toMatch(/\\u06/);
    expect(JSON.parse(written)).toEqual(nb);
    await store.close();
  });

  it('opens a notebook written with \\u escapes by an earlier version, and saves it plain on the next edit', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    const nb = syntheticNotebook(3);
    const title = 'محادثات التحالف';
    const escaped = JSON.stringify({ ...nb, title }).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    await fsp.writeFile(file, escaped);
    const store = await openNotebook(file);
    expect(store.notebook.title).toBe(title);
    store.set({ ...store.notebook, updatedAt: '2024-09-01T00:00:00.000Z' });
    await store.flush();
    await store.close();
    const written = await fsp.readFile(file, 'utf8');
    expect(written).toContain(`"title":"${title}"`);
    expect(written).not.toContain('\\u0645');
  });

  it('coalesces a burst of edits: fewer saves than edits, never two at once, the last state on disk', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    await createNotebookFile(file, syntheticNotebook(200));
    const fs = seam();
    const store = await openNotebook(file, { fs });
    fs.opened.length = 0;
    fs.slowWrites(2);
    let nb = store.notebook;
    for (let i = 1; i <= 100; i++) {
      nb = retitled(nb, `Edit ${i}`);
      store.set(nb);
      // Some edits land while a save is running.
      if (i % 10 === 0) await new Promise((r) => setTimeout(r, 3));
    }
    await store.flush();
    expect((await onDisk(file)).title).toBe('Edit 100');
    const saves = fs.opened.filter((f) => path.basename(f).startsWith('.talks.json.'));
    expect(saves.length).toBeGreaterThan(0);
    expect(saves.length).toBeLessThan(100);
    expect(fs.maxConcurrentWrites).toBe(1);
    await store.close();
  });

  it('flush resolves only once the latest state is on disk', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    await createNotebookFile(file, syntheticNotebook(10));
    const fs = seam();
    fs.slowWrites(5);
    const store = await openNotebook(file, { fs });
    store.set(retitled(store.notebook, 'first'));
    await new Promise((r) => setTimeout(r, 2));
    store.set(retitled(store.notebook, 'second'));
    await store.flush();
    expect((await onDisk(file)).title).toBe('second');
    await store.close();
  });

  it('reports saving, then saved with the time', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    await createNotebookFile(file, syntheticNotebook(10));
    const store = await openNotebook(file);
    const seen: SaveStatus[] = [];
    const stop = store.onStatus((s) => seen.push(s));
    const before = Date.now();
    store.set(retitled(store.notebook, 'x'));
    await store.flush();
    expect(seen.map((s) => s.state)).toEqual(['saving', 'saved']);
    expect(Date.parse(seen[1]!.savedAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(store.status.state).toBe('saved');
    stop();
    store.set(retitled(store.notebook, 'y'));
    await store.flush();
    expect(seen).toHaveLength(2);
    await store.close();
  });

  it('leaves no temp files behind', async () => {
    const folder = await tempFolder();
    const file = path.join(folder, 'talks.json');
    await createNotebookFile(file, syntheticNotebook(10));
    const store = await openNotebook(file);
    for (let i = 0; i < 5; i++) {
      store.set(retitled(store.notebook, `t${i}`));
      await store.flush();
    }
    await store.close();
    expect(await listFolder(folder)).toEqual(['talks.json', 'talks.json.bak']);
  });

  it('refuses edits on a read-only or closed store', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    await createNotebookFile(file, syntheticNotebook(10));
    const reader = await openNotebook(file, { readOnly: true });
    expect(reader.readOnly).toBe(true);
    expect(() => reader.set(retitled(reader.notebook, 'x'))).toThrow(/read-only/);
    await reader.close();
    const writer = await openNotebook(file);
    await writer.close();
    expect(() => writer.set(retitled(writer.notebook, 'x'))).toThrow(StoreError);
  });

  it('createNotebookFile refuses to replace an existing file', async () => {
    const folder = await tempFolder();
    const file = path.join(folder, 'talks.json');
    await createNotebookFile(file, syntheticNotebook(5, 'First'));
    const before = await fsp.readFile(file);
    const err = await createNotebookFile(file, syntheticNotebook(5, 'Second')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).message).toMatch(/talks\.json already exists/);
    expect(await fsp.readFile(file)).toEqual(before);
    expect(await listFolder(folder)).toEqual(['talks.json']);
  });

  it('createNotebookFile refuses a notebook that does not validate', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    const nb = syntheticNotebook(5);
    const broken = { ...nb, annotations: [...nb.annotations, nb.annotations[0]!] };
    await expect(createNotebookFile(file, broken)).rejects.toThrow(/used twice/);
    await expect(fsp.stat(file)).rejects.toThrow();
  });

  it('saves through a symlink to the real file, keeping the link', async () => {
    const folder = await tempFolder();
    const real = path.join(folder, 'real.json');
    const link = path.join(folder, 'link.json');
    await createNotebookFile(real, syntheticNotebook(5));
    await fsp.symlink(real, link);
    const store = await openNotebook(link);
    store.set(retitled(store.notebook, 'via link'));
    await store.close();
    expect((await fsp.lstat(link)).isSymbolicLink()).toBe(true);
    expect((await onDisk(real)).title).toBe('via link');
  });

  it('a status listener that throws does not stop saving', async () => {
    const file = path.join(await tempFolder(), 'talks.json');
    await createNotebookFile(file, syntheticNotebook(10));
    const store = await openNotebook(file);
    store.onStatus(() => {
      throw new Error('broken listener');
    });
    store.set(retitled(store.notebook, 'one'));
    await store.flush();
    store.set(retitled(store.notebook, 'two'));
    await store.flush();
    expect((await onDisk(file)).title).toBe('two');
    await store.close();
  });

  it('saveNotebookCopy writes a notebook that opens, replacing an older copy', async () => {
    const folder = await tempFolder();
    const copy = path.join(folder, 'copy.json');
    await fsp.writeFile(copy, 'an older copy');
    const nb = syntheticNotebook(2000, 'Copy');
    await saveNotebookCopy(copy, nb);
    const reader = await openNotebook(copy, { readOnly: true });
    expect(reader.notebook).toEqual(nb);
    expect(await listFolder(folder)).toEqual(['copy.json']);
  });
});
