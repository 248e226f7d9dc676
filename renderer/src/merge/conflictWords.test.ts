import { describe, expect, it } from 'vitest';
import type { MergeConflict } from '../../../notes/model/schema.ts';
import { SAMPLE_IDS, sampleNotebook } from '../../../notes/samples/sample.ts';
import { fieldWords, recordWords, valueWords } from './conflictWords.ts';

const nb = sampleNotebook('2024-06-01T10:00:00.000Z');
const washington = nb.annotations.find((a) => a.id === SAMPLE_IDS.washingtonClaim)!;
const conflict = (over: Partial<MergeConflict>): MergeConflict => ({ id: 'c1', kind: 'annotation', recordId: washington.id, field: 'note', from: 'Sam', at: '2024-06-02T10:00:00.000Z', ...over });

describe('a merge conflict in words', () => {
  it('names the part of a claim that differs, and shows it first on each side', () => {
    const c = conflict({ field: 'claim', ours: washington.claim, theirs: { ...washington.claim!, credibility: '2' } });
    expect(fieldWords(c)).toBe('Claim credibility');
    expect(valueWords(c, 'theirs', nb).split('\n')[0]).toBe('Credibility: 2 — Probably true');
    expect(valueWords(c, 'ours', nb)).toContain('Washington (US government)');
  });

  it('says which record, and a side that deleted it', () => {
    const c = conflict({ field: '(deleted)', ours: undefined, theirs: washington as never });
    expect(fieldWords(c)).toBe('Deleted in yours, edited in the other');
    expect(valueWords(c, 'ours', nb)).toBe('Deleted');
    expect(recordWords(c, nb)).toBe('Annotation on “transition”');
  });

  it('shows text as it is, and an empty side as empty', () => {
    const c = conflict({ ours: '<b>x</b>', theirs: '' });
    expect(fieldWords(c)).toBe('Note');
    expect(valueWords(c, 'ours', nb)).toBe('<b>x</b>');
    expect(valueWords(c, 'theirs', nb)).toBe('(empty)');
  });
});
