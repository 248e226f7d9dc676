import { describe, expect, it } from 'vitest';
import { findClaims } from './find.ts';

const read = (text: string) =>
  findClaims(text).map((s) => ({ source: s.source && text.slice(s.source.start, s.source.end), actor: s.actor, cue: s.cue && text.slice(s.cue.start, s.cue.end), content: s.text }));

describe('a claim a noun reports', () => {
  it('takes the possessor as the speaker and what follows "that" or "to" as the claim', () => {
    const text = 'The ministry’s promise to rebuild the road was broken. Few trusted Maria Lopez’s claim that the dam was safe.';
    expect(read(text)).toEqual([
      { source: 'The ministry’s', actor: 'ministry', cue: 'promise', content: 'to rebuild the road' },
      { source: 'Maria Lopez’s', actor: 'Maria Lopez', cue: 'claim', content: 'the dam was safe' },
    ]);
  });

  it('needs a possessor: "the claim that …" alone names no one', () => {
    expect(findClaims('The claim that the dam was safe spread quickly. A plan to rebuild the road was drawn up.')).toEqual([]);
  });
});
