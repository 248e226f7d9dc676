import { describe, expect, it } from 'vitest';
import { sampleNotebook, SAMPLE_ARTICLE } from '../../../notes/samples/sample.ts';
import { guessActor, guessCue } from './prefill.ts';

const text = SAMPLE_ARTICLE;
const at = (quote: string, within?: string) => {
  const base = within ? text.indexOf(within) : 0;
  const start = text.indexOf(quote, base);
  return [start, start + quote.length] as const;
};
const actors = sampleNotebook().actors;

describe('claim form guesses from the sentence', () => {
  it('Baghdad “maintained” the end of the mission', () => {
    const [s, e] = at('the commission aims to conclude the presence of the coalition forces in the country');
    expect(guessCue(text, s, e)).toBe('maintained');
    expect(guessActor(text, s, e, actors)?.name).toMatch(/^Baghdad/);
  });

  it('Washington “described” it as a transition: the nearest cue and actor before the quote win', () => {
    const [s, e] = at('transition', 'Washington has described');
    expect(guessCue(text, s, e)).toBe('described');
    expect(guessActor(text, s, e, actors)?.name).toMatch(/^Washington/);
  });

  it('a cue after the quote counts when there is none before (“…,” Ryder … said)', () => {
    const [s, e] = at('Our convening of this dialogue this week');
    expect(guessCue(text, s, e)).toBe('said');
  });

  it('no actor is guessed from another sentence', () => {
    const [s, e] = at('The group remains a security threat');
    expect(guessActor(text, s, e, actors)).toBeNull();
  });
});
