import { describe, expect, it } from 'vitest';
import { notebookJson, serializeInSlices } from './serialize.ts';
import { syntheticNotebook } from './test-support/synthetic.ts';

async function collect(value: object, options?: Parameters<typeof serializeInSlices>[1]): Promise<Buffer[]> {
  const out: Buffer[] = [];
  // Batches share one buffer: each is copied before the next is asked for.
  for await (const chunk of serializeInSlices(value, options)) out.push(Buffer.from(chunk));
  return out;
}
/** What was written, checked to be well-formed UTF-8. */
const text = (slices: Buffer[]) => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(slices));

describe('serializeInSlices', () => {
  it('produces exactly the bytes of notebookJson, in many slices for a big notebook, one record a line', async () => {
    const nb = syntheticNotebook(5000);
    const slices = await collect(nb, { batchBytes: 64 * 1024 });
    expect(text(slices)).toBe(notebookJson(nb));
    expect(JSON.parse(text(slices))).toEqual(nb);
    expect(slices.length).toBeGreaterThan(10);
    // One annotation a line: a diff of two notebooks names the records that changed.
    const lines = text(slices).split('\n');
    expect(lines.filter((l) => l.startsWith('{"id":"')).length).toBeGreaterThanOrEqual(nb.annotations.length);
  });

  it('follows JSON.stringify on odd values: undefined, empty arrays and objects, holes, unicode as itself', async () => {
    const odd = {
      a: undefined,
      b: [],
      c: {},
      d: [1, undefined, 'x', null, () => 2, Symbol('s'), [undefined]],
      e: 'quote " backslash \\ line\nbreak \u2028 “curly” \u00a0 😐 ب',
      f: [{ g: undefined, h: [[]] }],
      hole: Array<number>(3).fill(1, 1),
      i: () => 1,
    };
    const written = text(await collect(odd, { budgetMs: 0 }));
    expect(written).toBe(notebookJson(odd));
    expect(JSON.stringify(JSON.parse(written))).toBe(JSON.stringify(odd));
    expect(written).toContain('“curly”');
    expect(written).toContain('ب');
    expect(text(await collect({}))).toBe('{\n\n}\n');
  });

  it('saves the new state after edits that replace objects, reusing what did not change', async () => {
    const nb = syntheticNotebook(300);
    await collect(nb);
    const i = 123;
    const a = nb.annotations[i]!;
    const edited = {
      ...nb,
      title: 'Renamed',
      annotations: nb.annotations.with(i, { ...a, note: 'Edited: “transition”', tags: [] }).filter((_, k) => k !== 7),
      sources: [{ ...nb.sources[0]!, title: 'Retitled' }],
    };
    expect(text(await collect(edited))).toBe(notebookJson(edited));
    // The earlier state is still what it was: nothing was cached under the wrong object.
    expect(text(await collect(nb))).toBe(notebookJson(nb));
  });
});
