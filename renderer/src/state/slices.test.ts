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
