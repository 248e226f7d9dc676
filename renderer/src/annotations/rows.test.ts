import { describe, expect, it } from 'vitest';
import { sampleNotebook, SAMPLE_IDS } from '../../../notes/samples/sample.ts';
import fc from 'fast-check';
import type { Annotation } from '../../../notes/model/schema.ts';
import { ReadingOrder, readingOrder, rowsInOrder, type Positions } from './rows.ts';

/** The pane's rows for these annotations, however they come. */
const rowsOf = (annotations: readonly Annotation[], sources: typeof nb.sources, positionOf: Positions, bySource: boolean) =>
  rowsInOrder(readingOrder(annotations, sources, positionOf), sources, positionOf, bySource);

const nb = sampleNotebook('2024-07-30T12:00:00.000Z');

describe('pane rows', () => {
  it('orders cards by where their quote sits and puts lost quotes under Unanchored', () => {
    const reversed = [...nb.annotations].reverse();
    const rows = rowsOf(reversed, nb.sources, (a) => (a.id === SAMPLE_IDS.washingtonClaim ? null : a.target.position.start), false);
    const anchored = nb.annotations.filter((a) => a.id !== SAMPLE_IDS.washingtonClaim).sort((a, b) => a.target.position.start - b.target.position.start);
    expect(rows.map((r) => (r.type === 'header' ? `# ${r.label}` : r.key))).toEqual([...anchored.map((a) => a.id), '# Unanchored', SAMPLE_IDS.washingtonClaim]);
    expect(rows.at(-1)).toMatchObject({ type: 'card', orphan: true });
  });

  it('groups by source when showing every source', () => {
    const rows = rowsOf(nb.annotations, nb.sources, (a) => a.target.position.start, true);
    expect(rows[0]).toMatchObject({ type: 'header', label: nb.sources[0]!.title, count: nb.annotations.length });
  });

  it('filtering the reading order gives the same rows as ordering the filtered annotations', () => {
    const base = nb.annotations[0]!;
    const sources = [nb.sources[0]!, { ...nb.sources[0]!, id: 'src-2', title: 'Second' }];
    fc.assert(
      fc.property(
        fc.array(fc.record({ source: fc.integer({ min: 0, max: 1 }), at: fc.option(fc.nat(50), { nil: null }), kept: fc.boolean() }), { maxLength: 40 }),
        fc.boolean(),
        (specs, bySource) => {
          const annotations: Annotation[] = specs.map((x, i) => ({ ...base, id: `a${i}`, sourceId: sources[x.source]!.id }));
          const at = new Map(specs.map((x, i) => [`a${i}`, x.at]));
          const positionOf = (a: Annotation) => at.get(a.id) ?? null;
          const kept = (a: Annotation) => specs[Number(a.id.slice(1))]!.kept;
          const viaOrder = rowsInOrder(readingOrder(annotations, sources, positionOf).filter(kept), sources, positionOf, bySource);
          expect(viaOrder).toEqual(rowsOf(annotations.filter(kept), sources, positionOf, bySource));
        },
      ),
      { seed: Number(process.env.FC_SEED ?? 20261125), numRuns: 300 },
    );
  });

  it('the same annotation keeps its card row from one search to the next; an edited one gets a new row', () => {
    const positionOf = (a: Annotation) => a.target.position.start;
    const before = rowsInOrder(nb.annotations, nb.sources, positionOf, false);
    const narrowed = rowsInOrder(nb.annotations.slice(1), nb.sources, positionOf, false);
    expect(narrowed[0]).toBe(before[1]);
    const edited = { ...nb.annotations[1]!, note: 'changed' };
    const after = rowsInOrder([edited], nb.sources, positionOf, false);
    expect(after[0]).not.toBe(before[1]);
    expect(after[0]).toMatchObject({ type: 'card', annotation: edited, orphan: false });
    // The same annotation lost from the text is a different row (it shows as an orphan).
    expect(rowsInOrder([nb.annotations[1]!], nb.sources, () => null, false)[1]).toMatchObject({ orphan: true });
  });

  it('a remembered order follows edits: the same places reuse it, new objects included; moved quotes reorder it', () => {
    const order = new ReadingOrder();
    const positions = new Map(nb.annotations.map((a) => [a.id, a.target.position.start]));
    const positionOf = (a: Annotation) => positions.get(a.id) ?? null;
    const first = order.of(nb.annotations, nb.sources, positionOf);
    const edited = nb.annotations.map((a) => ({ ...a, note: `${a.note} more` }));
    const again = order.of(edited, nb.sources, positionOf);
    expect(again.map((a) => a.id)).toEqual(first.map((a) => a.id));
    expect(again.every((a) => edited.includes(a))).toBe(true);
    // The quotes swap places: a new positionOf (new anchors) sorts again.
    const [x, y] = first;
    const swapped = new Map([[x!.id, 100], [y!.id, 1]]);
    const moved = order.of(edited, nb.sources, (a) => swapped.get(a.id) ?? null);
    expect(moved.map((a) => a.id)).toEqual(readingOrder(edited, nb.sources, (a) => swapped.get(a.id) ?? null).map((a) => a.id));
    expect(moved[0]!.id).toBe(y!.id);
  });
});
