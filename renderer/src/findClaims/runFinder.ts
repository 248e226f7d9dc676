// Starts the finder in its own worker for one run; cancelling ends the worker.
import type { Suggestion } from '../../../notes/claims/find.ts';
import type { FinderMessage, FindRequest } from './protocol.ts';

export interface FinderRun {
  done: Promise<Suggestion[]>;
  cancel(): void;
}

export function runFinder(request: FindRequest, onProgress: (done: number, total: number) => void): FinderRun {
  const worker = new Worker(new URL('./finder.worker.ts', import.meta.url), { type: 'module', name: 'claim-finder' });
  let settle: { resolve(s: Suggestion[]): void; reject(e: Error): void } | null = null;
  const done = new Promise<Suggestion[]>((resolve, reject) => (settle = { resolve, reject }));
  const finish = () => {
    worker.terminate();
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<FinderMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.done, message.total);
    else if (message.type === 'done') {
      settle?.resolve(message.suggestions);
      finish();
    } else {
      settle?.reject(new Error(message.message));
      finish();
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle?.reject(new Error(event.message || 'the claim finder stopped'));
    finish();
  };
  worker.postMessage(request);
  return {
    done,
    cancel() {
      settle?.reject(new DOMException('cancelled', 'AbortError'));
      finish();
    },
  };
}
