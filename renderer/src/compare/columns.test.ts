import { describe, expect, it } from 'vitest';
import { emptyNotebook, type Notebook } from '../../../notes/model/index.ts';
import { actorsWithClaims, chosenColumns, moveColumn, toggleColumn } from './columns.ts';

function notebookWith(claims: [actorId: string, questionId: string][], columns: Record<string, string[]> = {}): Notebook {
  const nb = emptyNotebook('t', '2024-01-01T00:00:00.000Z');
  const now = nb.createdAt;
  return {
    ...nb,
    actors: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), aliases: [], color: '#123456' })),
    annotations: claims.map(([actorId, questionId], i) => ({
      id: `n${i}`,
      sourceId: 's',
      target: { quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
      note: '',
      tags: [],
      claim: { actorId, questionId, position: 'p', cue: '', reliability: 'B', credibility: '3' },
      createdAt: now,
      updatedAt: now,
    })),
    briefing: { ...nb.briefing, columns },
  };
}

describe('columns', () => {
  it('defaults to the actors with a claim on the question, in notebook order', () => {
    const nb = notebookWith([['c', 'q'], ['a', 'q'], ['b', 'other']]);
    expect(actorsWithClaims(nb, 'q')).toEqual(['a', 'c']);
    expect(chosenColumns(nb, 'q')).toEqual(['a', 'c']);
  });

  it('keeps a saved choice and order, dropping actors no longer in the notebook', () => {
    const nb = notebookWith([['a', 'q']], { q: ['c', 'gone', 'a'] });
    expect(chosenColumns(nb, 'q')).toEqual(['c', 'a']);
  });

  it('moves a column left and right, and not past the edges', () => {
    expect(moveColumn(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveColumn(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveColumn(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveColumn(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });

  it('hides a column, and shows it again near its place in the actor order', () => {
    expect(toggleColumn(['a', 'b', 'c'], 'b', false, ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(toggleColumn(['a', 'c'], 'b', true, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(toggleColumn(['c', 'a'], 'b', true, ['a', 'b', 'c'])).toEqual(['c', 'a', 'b']);
    expect(toggleColumn(['b', 'c'], 'a', true, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
  });
});
