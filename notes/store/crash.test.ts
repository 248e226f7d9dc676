// Crash safety: a child process saves a growing sequence of states and is
// SIGKILLed at random moments — while opening, migrating a v0 file, rotating
// the backup, saving. After every kill the notebook must load and hold the
// last state the child reported saved (or the one it was saving), and the
// backup must load too. CRASH_KILLS sets the number of kills (default 200);
// CRASH_SEED replays a run. The child runs from a bundle made once (a tsx
// start costs four times the CPU); CRASH_RUNNER=tsx runs it with tsx instead.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupPathOf, createNotebookFile, loadNotebookFile, openNotebook, writeFileAtomic } from './index.ts';
import { bundleScript, runChild, type Child } from './test-support/child.ts';
import { listFolder, tempFolder } from './test-support/helpers.ts';
import { asVersion0, counterOf, syntheticNotebook } from './test-support/synthetic.ts';
import { seeded } from './test-support/seeded.ts';

const KILLS = Number(process.env.CRASH_KILLS ?? 200);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Round = 'open' | 'save' | 'cycle' | 'migrate';

describe('crash safety', () => {
  it(
    `survives ${KILLS} SIGKILLs (seed ${SEED})`,
    async () => {
      const rand = seeded(SEED);
      const folder = await tempFolder();
      const file = path.join(folder, 'talks.json');
      await createNotebookFile(file, syntheticNotebook(400, 'state 0'));
      const bundle = process.env.CRASH_RUNNER === 'tsx' ? undefined : await bundleScript('crash-child.ts', await tempFolder());
      let known = 0;
      const tally: Record<Round, number> = { open: 0, save: 0, cycle: 0, migrate: 0 };

      // Children take ~0.4 s to start (tsx): keep the next ones warming up while one runs.
      const spawnChild = (mode: 'save' | 'cycle') => {
        const child = runChild('crash-child.ts', [file, mode], bundle);
        const ready = child.next((l) => l.event === 'ready', 0);
        ready.catch(() => undefined); // killed unused at the end; awaited when used
        return { child, mode, ready };
      };
      const pool = [spawnChild('save'), spawnChild('cycle')];
      let current: Child | undefined;

      try {
        for (let round = 0; round < KILLS; round++) {
          const kind: Round = round % 10 === 9 ? 'migrate' : (['open', 'save', 'save', 'cycle'] as const)[round % 4]!;
          const wanted = kind === 'cycle' ? 'cycle' : 'save';
          let index = pool.findIndex((p) => p.mode === wanted);
          if (index < 0) {
            pool.push(spawnChild(wanted));
            index = pool.length - 1;
          }
          const [next] = pool.splice(index, 1);
          pool.push(spawnChild(wanted));
          const { child } = next!;
          current = child;

          if (kind === 'migrate') {
            // Put the current state back in the pre-release format: the child migrates it on open.
            const { notebook } = await loadNotebookFile(file);
            await writeFileAtomic(file, JSON.stringify(asVersion0(notebook)));
          }

          await next!.ready;
          const from = child.lines.length;
          child.send('go');
          // 'open' and 'migrate' rounds kill soon after "go" (open, migration, backup rotation);
          // the others once the notebook is open (saves, and close/reopen in 'cycle').
          if (kind === 'save' || kind === 'cycle') await child.next((l) => l.event === 'opened' || l.event === 'failed', from);
          await sleep(5 + rand() * 55);
          child.proc.kill('SIGKILL');
          await child.exited;
          tally[kind] += 1;

          const lines = child.lines.slice(from);
          const failure = lines.find((l) => l.event === 'failed');
          expect(failure, `round ${round} (seed ${SEED}): the child failed`).toBeUndefined();
          const saved = lines.filter((l) => l.event === 'saved').map((l) => Number(l.counter));
          const reported = saved.length ? saved[saved.length - 1]! : known;

          const loaded = await loadNotebookFile(file).catch((err: unknown) => {
            throw new Error(`round ${round} (seed ${SEED}, ${kind}): the notebook does not load after the kill: ${String(err)}`);
          });
          const onDisk = counterOf(loaded.notebook);
          // The state reported saved, or the one being saved when the kill came — never older, never skipped.
          expect([reported, reported + 1], `round ${round} (seed ${SEED}, ${kind}): file holds state ${onDisk}, child reported ${reported}`).toContain(onDisk);
          expect(loaded.bytes.length).toBeGreaterThan(0);
          if (await fsp.stat(backupPathOf(file)).then(() => true, () => false)) {
            await loadNotebookFile(backupPathOf(file)).catch((err: unknown) => {
              throw new Error(`round ${round} (seed ${SEED}, ${kind}): the backup does not load: ${String(err)}`);
            });
          }
          known = onDisk;
        }
      } finally {
        for (const c of [current, ...pool.map((p) => p.child)]) {
          c?.proc.kill('SIGKILL');
          await c?.exited;
        }
      }

      expect(known, 'the children made progress').toBeGreaterThan(0);
      console.info(`crash safety: ${KILLS} kills survived (seed ${SEED}; ${JSON.stringify(tally)}); reached state ${known}`);
      // The next writer takes over the dead child's lock and clears its temp files.
      await (await openNotebook(file)).close();
      expect(await listFolder(folder)).toEqual(['talks.json', 'talks.json.bak']);
    },
    Math.max(120_000, KILLS * 2_000),
  );
});
