import { describe, expect, it } from 'vitest';
import { acceptSuggestions, changedParagraphs, quotedWords } from './accept.ts';
import { findClaims } from './find.ts';
import { sampleNotebook } from '../samples/sample.ts';

describe('changed paragraphs', () => {
  it('are the paragraphs of the revised text the old one did not have, as spans of the new text', () => {
    const old = 'Title\n\nBaghdad said the mission ends.\n\nThe Pentagon said no date was set.';
    const next = 'Title\n\nUpdated on Wednesday.\n\nBaghdad said the mission ends.\n\nThe Pentagon said a date was set.';
    expect(changedParagraphs(old, next).map((s) => next.slice(s.start, s.end))).toEqual(['Updated on Wednesday.', 'The Pentagon said a date was set.']);
    expect(changedParagraphs(next, next)).toEqual([]);
  });
});

describe('the words an accepted claim quotes', () => {
  const words = (text: string) => {
    const s = findClaims(text)[0]!;
    const w = quotedWords(text, s.content);
    return text.slice(w.start, w.end);
  };

  it('are a direct quote’s words inside its marks, without the comma its cue left', () => {
    expect(words('“We will stay as long as we are needed,” Austin said.')).toBe('We will stay as long as we are needed');
    expect(words('"We lost the vote." Nasser said it twice.')).toBe('We lost the vote.');
  });

  it('keep a quote split by its cue, and a partly quoted claim, whole', () => {
    const split = '“The talks were useful,” Nasser said. “But nothing has been agreed yet.”';
    expect(words(split)).toBe(split);
    expect(words('Austin said ISIS "continues to plot attacks" from the region.')).toBe('ISIS "continues to plot attacks" from the region');
  });

  it('are what an accepted direct quote’s annotation holds, so the briefing marks it once', () => {
    const nb = sampleNotebook('2024-06-01T10:00:00.000Z');
    const source = nb.sources[0]!;
    const ryder = findClaims(source.text).find((s) => s.text.includes('Our convening'))!;
    expect(ryder.text.startsWith('“')).toBe(true);
    let n = 0;
    const { annotations } = acceptSuggestions(nb, source.id, [ryder], { questionId: nb.questions[0]!.id, now: '2024-06-02T10:00:00.000Z', makeId: (p) => `${p}${++n}` });
    expect(annotations[0]!.target.quote.exact).toMatch(/^Our convening of this dialogue .* past several months$/);
  });
});
