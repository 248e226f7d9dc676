import { describe, expect, it } from 'vitest';
import { findClaims } from './find.ts';
import { isTitle } from './loneQuotes.ts';

const read = (text: string) =>
  findClaims(text).map((s) => ({ source: s.source && text.slice(s.source.start, s.source.end), content: s.text, cue: s.cue && text.slice(s.cue.start, s.cue.end) }));

describe('a quote no cue claims', () => {
  it('goes to the subject of its own sentence', () => {
    const text = 'Protesters outside the ministry carried a banner reading “Open the border and open the roads.”';
    expect(read(text)).toEqual([{ source: 'Protesters', content: '“Open the border and open the roads.”', cue: null }]);
  });

  it('goes to the speaker named on the line that introduces it with a colon', () => {
    const text = 'Karim Nasser then turned to the committee:\n\n“Nobody in this room wants to give an inch on the water question.”';
    expect(read(text)).toMatchObject([{ source: 'Karim Nasser', content: '“Nobody in this room wants to give an inch on the water question.”' }]);
  });

  it('does not take a sentence-opening adverb or participle for its speaker', () => {
    expect(findClaims('Lopez met the farmers for an hour. Specifically, “the dam will be finished before the rains come.”')).toMatchObject([{ source: null, actor: null, cue: null }]);
    const text = 'Lopez said the talks had stalled over water rights. Smiling, “nobody in that room wanted to give an inch today.”';
    expect(read(text)[1]).toMatchObject({ source: 'Lopez', cue: null });
  });

  it('goes to a name alone before a colon, after a headline', () => {
    const text = 'BRIDGE TALKS STALL AGAIN - Maria Lopez: “Nobody in that room wanted to give an inch on the water question.”';
    expect(read(text)).toEqual([{ source: 'Maria Lopez', content: '“Nobody in that room wanted to give an inch on the water question.”', cue: null }]);
  });

  it('goes to a speaker named right after it', () => {
    const text = '“We have waited long enough for this bridge,” Maria Lopez, a teacher from the valley, shrugged.';
    expect(read(text)).toEqual([{ source: 'Maria Lopez', content: '“We have waited long enough for this bridge,”', cue: null }]);
  });

  it('goes to the name that signs it after a dash, as pull quotes and round-ups of voices are signed', () => {
    const text = 'Voices from Basra after the vote.\n\n“The new council has not fixed a single water pipe in our street.” ― Huda Kareem\n“We will vote again, and we will vote them out next time.”— Salim al-Rubaie.\n';
    expect(read(text)).toEqual([
      { source: 'Huda Kareem', content: '“The new council has not fixed a single water pipe in our street.”', cue: null },
      { source: 'Salim al-Rubaie', content: '“We will vote again, and we will vote them out next time.”', cue: null },
    ]);
  });

  it('opens at a closing mark typed where its line begins', () => {
    const text = 'Voices from Basra after the vote.\n\n”Fear. I am afraid the militias will run the council by the summer.” ― Ali Hassan\n';
    expect(read(text)).toEqual([{ source: 'Ali Hassan', content: '”Fear. I am afraid the militias will run the council by the summer.”', cue: null }]);
  });

  it('goes to the speaker of the claim just before it when its own sentence names no one', () => {
    const text = 'Lopez said the talks had stalled over water rights. “Nobody in that room wanted to give an inch, not even once.” The delegation left early.';
    expect(read(text)).toMatchObject([
      { source: 'Lopez', content: 'the talks had stalled over water rights' },
      { source: 'Lopez', content: '“Nobody in that room wanted to give an inch, not even once.”', cue: null },
    ]);
  });

  it('says when the speaker is guessed (a claim nearby, or only the sentence’s subject) and not when the text ties it', () => {
    const guessed = (text: string) => findClaims(text).filter((s) => !s.cue).map((s) => [s.text, s.guessed ?? false]);
    expect(guessed('Lopez said the talks had stalled over water rights. “Nobody in that room wanted to give an inch, not even once.”')).toEqual([
      ['“Nobody in that room wanted to give an inch, not even once.”', true],
    ]);
    expect(guessed('Lopez walked out of the meeting in “a cloud of quiet fury and regret.”')).toEqual([['“a cloud of quiet fury and regret.”', true]]);
    expect(guessed('Karim Nasser then turned to the committee:\n\n“Nobody in this room wants to give an inch on the water question.”')).toEqual([
      ['“Nobody in this room wants to give an inch on the water question.”', false],
    ]);
    expect(guessed('“The new council has not fixed a single water pipe in our street.” ― Huda Kareem')).toEqual([['“The new council has not fixed a single water pipe in our street.”', false]]);
  });

  it('when short, goes to the subject of a naming or saying verb that hands it over', () => {
    expect(read('Nasser was heard to mutter “a disgrace” at the border on Monday.')).toEqual([]);
    expect(read('Nasser looked at the rules and muttered “a disgrace” on Monday.')).toEqual([]);
    expect(read('At the border, Nasser dubbed the new rules “a disgrace” on Monday.')).toEqual([{ source: 'Nasser', content: '“a disgrace”', cue: null }]);
    expect(read('Protesters outside the ministry were chanting “Open the border.”')).toEqual([{ source: 'Protesters', content: '“Open the border.”', cue: null }]);
    expect(read('The ministry released an advertisement titled “Bridges Not Walls” on Monday.')).toEqual([{ source: 'The ministry', content: '“Bridges Not Walls”', cue: null }]);
  });

  it('takes three words or more, or two closed by their own stop, as someone’s words', () => {
    expect(read('Nasser met the minister in Amman about the “outrageous border practices” on Monday.')).toEqual([
      { source: 'Nasser', content: '“outrageous border practices”', cue: null },
    ]);
    expect(findClaims('The count ended at midnight. “We lost.” The hall emptied.')).toMatchObject([{ text: '“We lost.”', source: null }]);
    expect(findClaims('Cars queued at the “new crossing” on Monday.')).toEqual([]);
    expect(findClaims('The ministry’s “Border Works Program” opened on Monday.')).toEqual([]);
  });

  it('is passed over when short or a title', () => {
    expect(findClaims('Cars queued for an hour at the “new” crossing on Monday.')).toEqual([]);
    expect(findClaims('The film “The Long Road Home to the Valley” opened on Friday.')).toEqual([]);
    expect(isTitle('“The Nightly Show with Larry Wilmore.”')).toBe(true);
    expect(isTitle('“We will open the border.”')).toBe(false);
  });

  it('when a sentence long, is offered with no speaker for the analyst to name when no one is in reach', () => {
    expect(findClaims('“Open the border and open the roads” was painted on every wall.')).toMatchObject([
      { text: '“Open the border and open the roads”', source: null, actor: null, cue: null, kind: 'direct' },
    ]);
  });
});
