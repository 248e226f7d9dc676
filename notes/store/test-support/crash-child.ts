// The process the crash test kills. Waits for "go", opens the notebook for
// writing and saves a growing sequence of states forever; each state carries a
// counter in its title ("state 17") and one more annotation. After a save's
// flush() resolves it prints {"event":"saved","counter":17}: from then on the
// file must hold state 17 or a later one. In "cycle" mode it also closes and
// reopens the notebook every few states, so kills land in backup rotation.
import { createInterface } from 'node:readline';
import type { Notebook } from '../../model/schema.ts';
import { openNotebook } from '../index.ts';
import { counterOf } from './synthetic.ts';

const [file, mode] = process.argv.slice(2) as [string, 'save' | 'cycle'];
const say = (value: object) => process.stdout.write(JSON.stringify(value) + '\n');

/** At most this many annotations are added on top of the starting ones; older ones roll off. */
const ROLLING = 300;

function next(nb: Notebook, counter: number): Notebook {
  const model = nb.annotations[0]!;
  const added = { ...model, id: `c${counter}`, note: `state ${counter}` };
  const annotations = [...nb.annotations.filter((a) => a.id !== `c${counter - ROLLING}`), added];
  return { ...nb, title: `state ${counter}`, annotations, updatedAt: new Date().toISOString() };
}

async function run(): Promise<void> {
  let store = await openNotebook(file, { holder: 'cli' });
  let counter = counterOf(store.notebook);
  say({ event: 'opened', counter });
  for (;;) {
    counter += 1;
    store.set(next(store.notebook, counter));
    await store.flush();
    say({ event: 'saved', counter });
    if (mode === 'cycle' && counter % 3 === 0) {
      await store.close();
      store = await openNotebook(file, { holder: 'cli' });
    }
  }
}

if (file) {
  say({ event: 'ready' });
  const input = createInterface({ input: process.stdin });
  input.on('line', (line) => {
    if (line !== 'go') return;
    run().catch((err: unknown) => {
      say({ event: 'failed', message: String((err as Error).message) });
      process.exit(1);
    });
  });
}
