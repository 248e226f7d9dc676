import { describe, expect, it } from 'vitest';
import { findClaims } from './find.ts';

const read = (text: string) =>
  findClaims(text).map((s) => ({ source: s.source && text.slice(s.source.start, s.source.end), actor: s.actor, content: s.text }));

describe('a headline’s "Speaker: claim"', () => {
  it('takes the words before the colon as the speaker and the rest of the line as the claim', () => {
    const text = 'Lopez: The Bridge Will Reopen Before Winter\n\nThe council met on Monday.';
    expect(read(text)).toEqual([{ source: 'Lopez', actor: 'Lopez', content: 'The Bridge Will Reopen Before Winter' }]);
  });

  it('passes over labels, sentences and long lines', () => {
    const text =
      'Update: The Bridge Will Reopen Before Winter\n\nThe group was diverse: farmers, teachers and drivers.\n\n' +
      `Lopez: ${'the valley needs a bridge and a road and a school, '.repeat(5)}\n`;
    expect(findClaims(text)).toEqual([]);
  });
});
