import { describe, expect, it } from 'vitest';
import { compareQuestion } from '../../../notes/compare/index.ts';
import { emptyNotebook, type Annotation, type Notebook } from '../../../notes/model/index.ts';
import { contradictionsSummary, positionsSummary, shortQuote } from './summary.ts';

const now = '2024-01-01T00:00:00.000Z';
const text = 'Alpha ends it. Beta transitions it. Gamma ends it too.';

function claim(id: string, actorId: string, position: string, exact: string): Annotation {
  const start = text.indexOf(exact);
  return {
    id,
    sourceId: 's',
    target: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + exact.length } },
    note: '',
    tags: [],
    claim: { actorId, questionId: 'q', position, cue: 'said', reliability: 'B', credibility: '3' },
    createdAt: now,
    updatedAt: now,
  };
}

function notebook(annotations: Annotation[]): Notebook {
  const nb = emptyNotebook('t', now);
  return {
    ...nb,
    sources: [{ id: 's', title: 'S', publisher: '', format: 'text', text, sha256: '0'.repeat(64), importedAt: now }],
    actors: [
      { id: 'a', name: 'Alpha', aliases: [], color: '#111111' },
      { id: 'b', name: 'Beta', aliases: [], color: '#222222' },
      { id: 'c', name: 'Gamma', aliases: [], color: '#333333' },
    ],
    questions: [{ id: 'q', text: 'What happens?', positions: [] }],
    annotations,
  };
}

const actorsOf = (nb: Notebook) => new Map(nb.actors.map((a) => [a.id, a]));

describe('conflict summary', () => {
  it('says who holds which position', () => {
    const nb = notebook([claim('n1', 'a', 'End', 'Alpha ends it'), claim('n2', 'b', 'Transition', 'Beta transitions it')]);
    expect(positionsSummary(compareQuestion(nb, 'q').conflicts, actorsOf(nb))).toBe('Alpha says End; Beta says Transition');
  });

  it('groups actors sharing a position', () => {
    const nb = notebook([claim('n1', 'a', 'End', 'Alpha ends it'), claim('n2', 'b', 'Transition', 'Beta transitions it'), claim('n3', 'c', 'end', 'Gamma ends it too')]);
    expect(positionsSummary(compareQuestion(nb, 'q').conflicts, actorsOf(nb))).toBe('Alpha and Gamma say End; Beta says Transition');
  });

  it('has nothing to say when the actors agree', () => {
    const nb = notebook([claim('n1', 'a', 'End', 'Alpha ends it'), claim('n3', 'c', 'End', 'Gamma ends it too')]);
    expect(positionsSummary(compareQuestion(nb, 'q').conflicts, actorsOf(nb))).toBeUndefined();
  });

  it('states a contradiction the analyst drew between agreeing claims', () => {
    const nb = { ...notebook([claim('n1', 'a', 'End', 'Alpha ends it'), claim('n3', 'c', 'End', 'Gamma ends it too')]) };
    nb.relations = [{ id: 'r', from: 'n3', to: 'n1', kind: 'contradicts', note: '' }];
    expect(contradictionsSummary(compareQuestion(nb, 'q'), actorsOf(nb))).toEqual(['Gamma: “Gamma ends it too” contradicts Alpha: “Alpha ends it”']);
  });

  it('shortens long quotes at a word break, with an ellipsis', () => {
    expect(shortQuote('the commission aims to conclude the presence', 30)).toBe('the commission aims to…');
    expect(shortQuote('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(shortQuote(' two\n words ')).toBe('two words');
  });
});
