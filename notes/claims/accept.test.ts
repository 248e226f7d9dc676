import { describe, expect, it } from 'vitest';
import { changedParagraphs } from './accept.ts';

describe('changed paragraphs', () => {
  it('are the paragraphs of the revised text the old one did not have, as spans of the new text', () => {
    const old = 'Title\n\nBaghdad said the mission ends.\n\nThe Pentagon said no date was set.';
    const next = 'Title\n\nUpdated on Wednesday.\n\nBaghdad said the mission ends.\n\nThe Pentagon said a date was set.';
    expect(changedParagraphs(old, next).map((s) => next.slice(s.start, s.end))).toEqual(['Updated on Wednesday.', 'The Pentagon said a date was set.']);
    expect(changedParagraphs(next, next)).toEqual([]);
  });
});
