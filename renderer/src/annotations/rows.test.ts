import { describe, expect, it } from 'vitest';
import { sampleNotebook, SAMPLE_IDS } from '../../../notes/samples/sample.ts';
import { buildRows } from './rows.ts';

const nb = sampleNotebook('2024-07-30T12:00:00.000Z');

describe('pane rows', () => {
  it('orders cards by where their quote sits and puts lost quotes under Unanchored', () => {
    const reversed = [...nb.annotations].reverse();
    const rows = buildRows(reversed, nb.sources, (a) => (a.id === SAMPLE_IDS.washingtonClaim ? null : a.target.position.start), false);
    expect(rows.map((r) => (r.type === 'header' ? `# ${r.label}` : r.key))).toEqual([SAMPLE_IDS.baghdadClaim, '# Unanchored', SAMPLE_IDS.washingtonClaim]);
    expect(rows.at(-1)).toMatchObject({ type: 'card', orphan: true });
  });

  it('groups by source when showing every source', () => {
    const rows = buildRows(nb.annotations, nb.sources, (a) => a.target.position.start, true);
    expect(rows[0]).toMatchObject({ type: 'header', label: nb.sources[0]!.title, count: nb.annotations.length });
  });
});
