// Every record an edit adds or changes carries the edit's time, and undo gives
// the old time back: a merge tells a record changed since the last merge by it.
import { describe, expect, it } from 'vitest';
import { SAMPLE_IDS, sampleNotebook } from '../samples/sample.ts';
import { applyOperation } from './apply.ts';
import type { Operation } from './ops.ts';
import type { Notebook } from './schema.ts';

const BEFORE = '2024-06-01T10:00:00.000Z';
const NOW = '2024-08-01T09:30:00.000Z';
const LATER = '2024-08-02T09:30:00.000Z';

function stampOf(nb: Notebook, id: string): string | undefined {
  const all = [...nb.sources, ...nb.actors, ...nb.questions, ...nb.tags, ...nb.relations, ...nb.briefing.keyJudgments];
  return all.find((r) => r.id === id)?.updatedAt;
}

describe('record times through applyOperation', () => {
  const ids = SAMPLE_IDS;
  const edits: [string, string, Operation][] = [
    ['source.update', ids.source, { kind: 'source.update', id: ids.source, patch: { title: 'Retitled' } }],
    ['actor.update', ids.baghdad, { kind: 'actor.update', id: ids.baghdad, patch: { aliases: ['Iraq'] } }],
    ['question.update', ids.question, { kind: 'question.update', id: ids.question, patch: { text: 'What next?' } }],
    ['tag.update', ids.tag, { kind: 'tag.update', id: ids.tag, patch: { label: 'Future' } }],
  ];
  for (const [name, id, op] of edits) {
    it(`${name} stamps the record, and its undo restores the old time`, () => {
      const nb = sampleNotebook(BEFORE);
      const edited = applyOperation(nb, op, NOW);
      expect(stampOf(edited.notebook, id)).toBe(NOW);
      const undone = applyOperation(edited.notebook, edited.inverse, LATER);
      expect(stampOf(undone.notebook, id)).toBe(BEFORE);
      expect({ ...undone.notebook, updatedAt: BEFORE }).toEqual(nb);
    });
  }

  it('stamps records added without a time, and keeps the time of one that has it', () => {
    const nb = sampleNotebook(BEFORE);
    const added = applyOperation(nb, { kind: 'tag.add', tag: { id: 'tag-new', label: 'New', color: '#1f77b4' } }, NOW).notebook;
    expect(stampOf(added, 'tag-new')).toBe(NOW);
    const restored = applyOperation(nb, { kind: 'actor.add', actor: { id: 'actor-x', name: 'X', aliases: [], color: '#1f77b4', updatedAt: BEFORE } }, NOW).notebook;
    expect(stampOf(restored, 'actor-x')).toBe(BEFORE);
  });

  it('stamps only the key judgments a briefing edit changed', () => {
    const nb = sampleNotebook(BEFORE);
    const [kept] = nb.briefing.keyJudgments;
    const keyJudgments = [{ ...kept!, text: 'Changed.' }, { id: 'kj-new', text: 'New.' }];
    const edited = applyOperation(nb, { kind: 'briefing.update', patch: { keyJudgments } }, NOW).notebook;
    expect(edited.briefing.keyJudgments.map((k) => k.updatedAt)).toEqual([NOW, NOW]);
    const untouched = applyOperation(nb, { kind: 'briefing.update', patch: { keyJudgments: [...nb.briefing.keyJudgments], bluf: 'x' } }, NOW).notebook;
    expect(untouched.briefing.keyJudgments[0]!.updatedAt).toBe(BEFORE);
  });
});
