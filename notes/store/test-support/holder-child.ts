// A second process for the lock tests: waits for "go" on stdin, opens the
// notebook for writing, prints what happened as one JSON line, then obeys
// "close" (close, then exit) or "exit" (exit without closing: the exit hook
// must release the lock), or waits to be killed.
import { createInterface } from 'node:readline';
import { StoreError, openNotebook, type NotebookStore } from '../index.ts';

const [file, holder] = process.argv.slice(2) as [string, 'app' | 'cli'];
const say = (value: object) => process.stdout.write(JSON.stringify(value) + '\n');
let store: NotebookStore | undefined;

say({ event: 'ready', pid: process.pid });
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'go') {
    try {
      store = await openNotebook(file, { holder });
      say({ event: 'opened' });
    } catch (err) {
      say({ event: 'refused', code: err instanceof StoreError ? err.code : 'other', message: String((err as Error).message) });
    }
  } else if (line === 'close') {
    await store?.close();
    process.exit(0);
  } else if (line === 'exit') {
    process.exit(0);
  }
}
