import { describe, expect, it } from 'vitest';
import type { Notebook } from '../model/schema.ts';
import { sampleNotebook, SAMPLE_IDS } from '../samples/sample.ts';
import { compareQuestion, type PositionGroup } from './compare.ts';
import { describeConflict, listOf, whoSaysWhat } from './describe.ts';

const NOW = '2024-01-01T00:00:00.000Z';
const NAMES: Record<string, string> = { a: 'Alpha', b: 'Beta', g: 'Gamma', d: 'Delta' };
const name = (id: string) => NAMES[id] ?? id;
const group = (position: string, actorIds: string[]): PositionGroup => ({ position, key: position.toLowerCase(), actorIds, annotationIds: actorIds.map((id) => `n-${id}`) });
const nameIn = (nb: Notebook) => (id: string) => nb.actors.find((a) => a.id === id)?.name ?? id;

describe('conflict sentences', () => {
  it('list names as a reader would', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['Alpha'])).toBe('Alpha');
    expect(listOf(['Alpha', 'Beta'])).toBe('Alpha and Beta');
    expect(listOf(['Alpha', 'Beta', 'Gamma'])).toBe('Alpha, Beta and Gamma');
  });

  it('say who holds which position, one verb per group, an unknown actor by its id', () => {
    const groups = [group('End', ['a', 'g', 'd']), group('Transition', ['b']), group('Unclear', ['x'])];
    expect(whoSaysWhat(groups, name)).toBe('Alpha, Gamma and Delta say End; Beta says Transition; x says Unclear');
    expect(describeConflict({ kind: 'positions', groups }, name, () => 'unused')).toEqual([whoSaysWhat(groups, name)]);
  });

  it('name an actor once for all the positions it alone holds', () => {
    const groups = [group('End', ['a']), group('Transition', ['b']), group('Partnership', ['b']), group('No timeline', ['b']), group('Expel', ['g'])];
    expect(whoSaysWhat(groups, name)).toBe('Alpha says End; Beta says Transition, Partnership and No timeline; Gamma says Expel');
    // Shared by Beta and Gamma: a clause of its own.
    expect(whoSaysWhat([group('End', ['a']), group('Transition', ['b']), group('Later', ['g', 'b'])], name)).toBe('Alpha says End; Beta says Transition; Gamma and Beta say Later');
  });

  it('state a contradiction with each claim as the caller shows it, from the sample', () => {
    const nb = sampleNotebook(NOW);
    const contradiction = compareQuestion(nb, SAMPLE_IDS.question).conflicts.find((c) => c.kind === 'contradicts');
    if (!contradiction) throw new Error('the sample links its two claims as contradicting');
    const parts = describeConflict(contradiction, nameIn(nb), (c) => ({ at: c.annotation.id }));
    expect(parts).toEqual([
      'Washington (US government)',
      { at: SAMPLE_IDS.washingtonClaim },
      ' contradicts ',
      'Baghdad (Government of Iraq)',
      { at: SAMPLE_IDS.baghdadClaim },
    ]);
  });
});
