import { describe, expect, it } from 'vitest';
import { sampleNotebook, SAMPLE_IDS } from '../../../notes/samples/sample.ts';
import type { Annotation } from '../../../notes/model/schema.ts';
import { groupHighlights, highlightCss, PLAIN_COLOR, StableGroups } from './highlightStyles.ts';

const nb = sampleNotebook('2024-07-30T12:00:00.000Z');
const span = (a: Annotation) => ({ id: a.id, start: a.target.position.start, end: a.target.position.end });

describe('highlight groups', () => {
  it('claims take their actor’s colour, tagged notes their tag’s, the rest plain', () => {
    const claim = nb.annotations.find((a) => a.id === SAMPLE_IDS.baghdadClaim)!;
    const tagged: Annotation = { ...claim, id: 'tagged', claim: undefined, tags: [SAMPLE_IDS.tag] };
    delete tagged.claim;
    const plain: Annotation = { ...tagged, id: 'plain', tags: [] };
    const groups = groupHighlights([claim, tagged, plain], new Map([claim, tagged, plain].map((a) => [a.id, span(a)])), nb);
    const byId = (id: string) => groups.find((g) => g.spans.some((s) => s.id === id))!;
    expect(byId(claim.id).color).toBe(nb.actors.find((a) => a.id === SAMPLE_IDS.baghdad)!.color.toLowerCase());
    expect(byId(claim.id).kind).toBe('claim');
    expect(byId('tagged').color).toBe(nb.tags[0]!.color.toLowerCase());
    expect(byId('plain').color).toBe(PLAIN_COLOR);
  });

  it('annotations with the same look share one highlight; unanchored ones are left out', () => {
    const [a, b] = nb.annotations;
    const sameActor = { ...b!, claim: { ...b!.claim!, actorId: a!.claim!.actorId } };
    const groups = groupHighlights([a!, sameActor], new Map([[a!.id, span(a!)]]), nb);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.spans.map((s) => s.id)).toEqual([a!.id]);
  });

  it('writes one ::highlight rule per group and drops anything not a colour', () => {
    const css = highlightCss([
      { name: 'rn-hl-claim-1f77b4', kind: 'claim', color: '#1f77b4' },
      { name: 'rn-hl-tag-00ff00', kind: 'tag', color: 'red; } body { display:none' },
    ]);
    expect(css).toContain('::highlight(rn-hl-claim-1f77b4) { background-color: rgb(31 119 180 / 0.22); text-decoration: underline');
    expect(css).not.toContain('display:none');
  });
});

describe('StableGroups', () => {
  it('keeps the drawn groups while only notes change, and takes new ones when a span moves', () => {
    const spans = new Map(nb.annotations.map((a) => [a.id, span(a)]));
    const stable = new StableGroups();
    const first = stable.get(groupHighlights(nb.annotations, spans, nb));
    const edited = nb.annotations.map((a) => ({ ...a, note: `${a.note} more` }));
    expect(stable.get(groupHighlights(edited, spans, nb))).toBe(first);
    const moved = new Map([...spans].map(([id, s]) => [id, { ...s, start: s.start + 1 }]));
    expect(stable.get(groupHighlights(nb.annotations, moved, nb))).not.toBe(first);
  });
});
