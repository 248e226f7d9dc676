import { describe, expect, it } from 'vitest';
import { serializeInSlices } from './serialize.ts';
import { syntheticNotebook } from './test-support/synthetic.ts';

async function collect(value: object, options?: Parameters<typeof serializeInSlices>[1]): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of serializeInSlices(value, options)) out.push(chunk);
  return out;
}

describe('serializeInSlices', () => {
  it('produces exactly the bytes of JSON.stringify, in many slices for a big notebook', async () => {
    const nb = syntheticNotebook(5000);
    const slices = await collect(nb, { batchChars: 64 * 1024 });
    expect(slices.join('')).toBe(JSON.stringify(nb));
    expect(slices.length).toBeGreaterThan(10);
  });

  it('follows JSON.stringify on odd values: undefined, empty arrays and objects, holes, unicode', async () => {
    const odd = {
      a: undefined,
      b: [],
      c: {},
      d: [1, undefined, 'x', null],
      e: 'quote " backslash \\ line\nbreak \u2028 “curly” \u00a0',
      f: [{ g: undefined, h: [[]] }],
      i: () => 1,
    };
    expect((await collect(odd, { budgetMs: 0 })).join('')).toBe(JSON.stringify(odd));
    expect((await collect({})).join('')).toBe('{}');
  });
});
