// A full disk refuses an edit at any step of it — taking the lock, the
// backup, the save — and the analyst is told nothing was changed. That must be
// so on disk too: no lock, no takeover mutex, no temp file left beside the
// notebook, the notebook's bytes as they were.
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../model/apply.ts';
import { nodeFs, type StoreFile, type StoreFs } from './fs-seam.ts';
import { backupPathOf, createNotebookFile, openNotebook } from './index.ts';
import { lockPathOf } from './lock.ts';
import { errno, refusal, tempFolder } from './test-support/helpers.ts';
import { syntheticNotebook } from './test-support/synthetic.ts';

const NOW = '2026-02-01T10:00:00.000Z';

/**
 * nodeFs on a disk that fills up at the `failAt`-th step that needs space
 * (writing, syncing, renaming, linking, copying — an empty file can still be
 * created, as on the full tmpfs where lock files were left behind): that step
 * fails with ENOSPC, and so does every later one while `stays` — a disk that
 * stays full — or only that one. Removing files always works.
 */
function fillingDisk(failAt: number, stays: boolean): StoreFs & { steps: number } {
  const disk = {
    steps: 0,
    space(): void {
      disk.steps += 1;
      if (disk.steps === failAt || (stays && disk.steps > failAt)) throw errno('ENOSPC', 'no space left on device');
    },
  };
  const fs: StoreFs & { steps: number } = {
    ...nodeFs,
    get steps() {
      return disk.steps;
    },
    async open(file, flags, mode) {
      const writing = /[wa+]/.test(flags);
      const handle = await nodeFs.open(file, flags, mode);
      if (!writing) return handle;
      const wrapped: StoreFile = {
        readFile: () => handle.readFile(),
        read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
        stat: () => handle.stat(),
        close: () => handle.close(),
        chmod: (m) => handle.chmod(m),
        async sync() {
          disk.space();
          await handle.sync();
        },
        async write(bytes, offset, length) {
          disk.space();
          return handle.write(bytes, offset, length);
        },
      };
      return wrapped;
    },
    async rename(from, to) {
      disk.space();
      await nodeFs.rename(from, to);
    },
    async link(existing, newPath) {
      disk.space();
      await nodeFs.link(existing, newPath);
    },
    async copyFile(from, to, mode) {
      disk.space();
      await nodeFs.copyFile(from, to, mode);
    },
  };
  return fs;
}

/** Every file in the folder, by name, with a digest of its bytes (a failure then prints short). */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of (await fsp.readdir(folder)).sort()) files.set(name, createHash('sha256').update(await fsp.readFile(path.join(folder, name))).digest('hex').slice(0, 16));
  return files;
}

/** What `notebook annotate` does with the store: open for writing, one edit, flush, close. */
async function renameNotebook(file: string, fs: StoreFs): Promise<void> {
  const store = await openNotebook(file, { holder: 'cli', fs });
  let failed = false;
  try {
    store.set(applyOperation(store.notebook, { kind: 'notebook.rename', title: 'Renamed' }, NOW).notebook);
    await store.flush();
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    await store.close({ discardUnsaved: failed });
  }
}

/** Puts the folder back as it was, from copies kept in `saved`. */
async function restore(folder: string, saved: Map<string, Buffer>): Promise<void> {
  for (const name of await fsp.readdir(folder)) if (!saved.has(name)) await fsp.rm(path.join(folder, name), { recursive: true });
  for (const [name, bytes] of saved) await fsp.writeFile(path.join(folder, name), bytes);
}

const titleOf = async (file: string) => (JSON.parse(await fsp.readFile(file, 'utf8')) as { title: string }).title;

describe('an edit on a full disk', () => {
  for (const stays of [true, false]) {
    it(`is refused leaving the folder as it was, or saved leaving nothing else, at every step (${stays ? 'the disk stays full' : 'one step fails'})`, async () => {
      const folder = await tempFolder();
      const file = path.join(folder, 'talks.json');
      await createNotebookFile(file, syntheticNotebook(20, 'Before'));
      // As after an earlier session: a backup beside the notebook.
      await fsp.writeFile(backupPathOf(file), JSON.stringify(syntheticNotebook(20, 'Earlier')));
      const before = await snapshot(folder);
      const saved = new Map<string, Buffer>();
      for (const name of before.keys()) saved.set(name, await fsp.readFile(path.join(folder, name)));
      // The backup holds the last version that loaded cleanly: a refused edit may leave it holding the notebook as it is.
      const backedUp = new Map(before).set(path.basename(backupPathOf(file)), before.get('talks.json')!);

      // How many steps need space in an edit on a disk with room.
      const roomy = fillingDisk(Number.POSITIVE_INFINITY, false);
      const copy = path.join(await tempFolder(), 'talks.json');
      await fsp.copyFile(file, copy);
      await renameNotebook(copy, roomy);
      expect(roomy.steps).toBeGreaterThanOrEqual(6); // lock, backup, save

      const outcomes: string[] = [];
      for (let failAt = 1; failAt <= roomy.steps; failAt++) {
        await restore(folder, saved);
        const disk = fillingDisk(failAt, stays);
        const error = await renameNotebook(file, disk).then(
          () => undefined,
          (err: unknown) => err,
        );
        // Saves are written in slices as time allows, so an edit may take a step fewer than counted.
        if (disk.steps < failAt) break;
        const after = await snapshot(folder);
        if (error === undefined) {
          // Only the backup may fail without failing the edit (the previous backup stays); nothing is left over.
          outcomes.push('saved');
          expect([...after.keys()], `step ${failAt}`).toEqual([...before.keys()]);
          expect(await titleOf(file)).toBe('Renamed');
          expect(await titleOf(backupPathOf(file)), `step ${failAt}`).toMatch(/^(Earlier|Before)$/);
          continue;
        }
        outcomes.push('refused');
        const err = await refusal(Promise.reject(error));
        expect(err.message, `step ${failAt}`).toMatch(/disk is full/);
        // Refused: the notebook byte for byte as it was, no lock, no takeover, no temp file.
        expect([[...before], [...backedUp]], `step ${failAt}`).toContainEqual([...after]);
      }
      // The lock and the save are never skipped: failing either refuses the edit.
      expect(outcomes[0]).toBe('refused');
      expect(outcomes.slice(-3)).toEqual(['refused', 'refused', 'refused']);
      expect(outcomes.length).toBeGreaterThanOrEqual(roomy.steps - 1);
    });
  }

  it('takes over a stale lock without leaving its mutex or temp file when the disk is full', async () => {
    const folder = await tempFolder();
    const file = path.join(folder, 'talks.json');
    await createNotebookFile(file, syntheticNotebook(5, 'Before'));
    // An empty lock, as a writer killed on a full disk left it before this fix: old enough to be taken over.
    await fsp.writeFile(lockPathOf(file), '');
    const old = new Date(Date.now() - 60_000);
    await fsp.utimes(lockPathOf(file), old, old);
    const before = await snapshot(folder);
    for (let failAt = 1; failAt <= 3; failAt++) {
      const err = await refusal(renameNotebook(file, fillingDisk(failAt, true)));
      expect(err.message).toMatch(/disk is full/);
      expect([...(await snapshot(folder))], `step ${failAt}`).toEqual([...before]);
    }
  });
});
