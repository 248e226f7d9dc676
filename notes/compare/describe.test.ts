import { describe, expect, it } from 'vitest';
import { emptyNotebook } from '../model/factory.ts';
import type { Annotation, Notebook } from '../model/schema.ts';
import { sampleNotebook, SAMPLE_IDS } from '../samples/sample.ts';
import { compareQuestion } from './compare.ts';
import { describeConflict, listOf, whoSaysWhat } from './describe.ts';

const NOW = '2024-01-01T00:00:00.000Z';
const TEXT = 'Alpha ends it. Beta transitions it. Gamma ends it too. Delta ends it as well.';

function claim(id: string, actorId: string, position: string, exact: string): Annotation {
  const start = TEXT.indexOf(exact);
  return {
    id,
    sourceId: 's',
    target: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + exact.length } },
    note: '',
    tags: [],
    claim: { actorId, questionId: 'q', position, cue: 'said', reliability: 'B', credibility: '3' },
    createdAt: NOW,
    updatedAt: NOW,
  };
}

function notebook(annotations: Annotation[]): Notebook {
  return {
    ...emptyNotebook('t', NOW),
    sources: [{ id: 's', title: 'S', publisher: '', format: 'text', text: TEXT, sha256: '0'.repeat(64), importedAt: NOW }],
    actors: ['Alpha', 'Beta', 'Gamma', 'Delta'].map((name) => ({ id: name[0]!.toLowerCase(), name, aliases: [], color: '#111111' })),
    questions: [{ id: 'q', text: 'What happens?', positions: [] }],
    annotations,
  };
}

const nameIn = (nb: Notebook) => (id: string) => nb.actors.find((a) => a.id === id)?.name ?? id;

describe('conflict sentences', () => {
  it('list names as a reader would', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['Alpha'])).toBe('Alpha');
    expect(listOf(['Alpha', 'Beta'])).toBe('Alpha and Beta');
    expect(listOf(['Alpha', 'Beta', 'Gamma'])).toBe('Alpha, Beta and Gamma');
  });

  it('say who holds which position, grouping those who agree', () => {
    const nb = notebook([
      claim('n1', 'a', 'End', 'Alpha ends it'),
      claim('n2', 'b', 'Transition', 'Beta transitions it'),
      claim('n3', 'g', 'end', 'Gamma ends it too'),
      claim('n4', 'd', 'End', 'Delta ends it as well'),
    ]);
    const [conflict] = compareQuestion(nb, 'q').conflicts;
    if (conflict?.kind !== 'positions') throw new Error('expected differing positions');
    expect(whoSaysWhat(conflict.groups, nameIn(nb))).toBe('Alpha, Gamma and Delta say End; Beta says Transition');
    expect(describeConflict(conflict, nameIn(nb), () => 'unused')).toEqual(['Alpha, Gamma and Delta say End; Beta says Transition']);
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
