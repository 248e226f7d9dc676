import { describe, expect, it } from 'vitest';
import { inSlices } from './slices.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('inSlices', () => {
  it('runs each slice in a task of its own until the work says it is done', async () => {
    const log: string[] = [];
    let left = 3;
    inSlices(() => {
      log.push(`slice ${left}`);
      return --left > 0;
    });
    log.push('asked');
    await tick();
    // Not run in the task that asked for it.
    expect(log[0]).toBe('asked');
    expect(log.filter((l) => l.startsWith('slice'))).toEqual(['slice 3', 'slice 2', 'slice 1']);
  });

  it('stops when told, mid-way', async () => {
    let slices = 0;
    const stop = inSlices(() => {
      slices++;
      if (slices === 2) stop();
      return true;
    });
    await tick();
    expect(slices).toBe(2);
  });
});

describe('inSlices with priorities', () => {
  it('runs the slices of high-priority work before those of normal work, each job taking turns', async () => {
    const log: string[] = [];
    const job = (name: string, slices: number) => () => {
      log.push(name);
      return --slices > 0;
    };
    inSlices(job('text', 3));
    inSlices(job('index', 2), 'high');
    inSlices(job('notes', 2));
    await tick();
    expect(log).toEqual(['index', 'index', 'text', 'notes', 'text', 'notes', 'text']);
  });

  it('starts again after everything was done', async () => {
    let first = 0;
    inSlices(() => ++first < 2);
    await tick();
    let second = 0;
    inSlices(() => ++second < 3, 'high');
    await tick();
    expect([first, second]).toEqual([2, 3]);
  });

  it("ends a job whose slice throws, reports it, and goes on with the others", async () => {
    const reported: unknown[] = [];
    Object.assign(globalThis, { reportError: (e: unknown) => reported.push(e) });
    try {
      let other = 0;
      let faulty = 0;
      inSlices(() => {
        faulty++;
        throw new Error('broken slice');
      }, 'high');
      inSlices(() => ++other < 3);
      await tick();
      expect(faulty).toBe(1);
      expect(other).toBe(3);
      expect(reported.map((e) => (e as Error).message)).toEqual(['broken slice']);
    } finally {
      Reflect.deleteProperty(globalThis, 'reportError');
    }
  });
});
