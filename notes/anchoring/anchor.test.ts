import { describe as group, expect, it } from 'vitest';
import { anchor, describe, type AnchorResult, type Target } from './index.ts';
import {
  BAGHDAD_QUOTE,
  WASHINGTON_SENTENCE,
  arabicParagraph,
  article,
  crlfParagraph,
  editDistance,
  emojiParagraph,
  replaceOnce,
  spanIn,
} from './test-support/texts.ts';

function target(text: string, sentence: string, exact = sentence): Target {
  const { start, end } = spanIn(text, sentence, exact);
  return describe(text, start, end);
}

function textAt(text: string, r: AnchorResult): string | undefined {
  return r.state === 'orphaned' ? undefined : text.slice(r.start, r.end);
}

const baghdad = target(article, BAGHDAD_QUOTE);
const transition = target(article, WASHINGTON_SENTENCE, 'transition');
// The other "transition" in the article, in Ryder's sentence.
const ryderTransition = target(article, 'seeking to transition from', 'transition');
const PREAMBLE = 'Editor’s note: this article was updated on Wednesday.\n\n\n';

group('anchor on the sample article', () => {
  it('finds both example quotes where they were when nothing changed', () => {
    expect(anchor(article, baghdad)).toEqual({
      state: 'exact',
      start: baghdad.position.start,
      end: baghdad.position.end,
      errors: 0,
    });
    expect(anchor(article, transition)).toEqual({
      state: 'exact',
      start: transition.position.start,
      end: transition.position.end,
      errors: 0,
    });
  });

  it('follows both quotes when the text before them changes', () => {
    const revised = replaceOnce(
      PREAMBLE + article,
      'While Baghdad has maintained that',
      'While officials in Baghdad have long maintained that',
    );
    const b = anchor(revised, baghdad);
    expect(b.state).toBe('moved');
    expect(textAt(revised, b)).toBe(BAGHDAD_QUOTE);

    const t = anchor(revised, transition);
    expect(t.state).toBe('moved');
    // The Washington "transition", not the one in Ryder's sentence.
    if (t.state === 'orphaned') throw new Error('orphaned');
    expect(revised.slice(t.start - 'only as a “'.length, t.end + 1)).toBe('only as a “transition”');
  });

  it('tells the two occurrences of "transition" apart by their context', () => {
    const revised = PREAMBLE + article.replace('\n\n\n\n', '\n\n');
    const t = anchor(revised, transition);
    const r = anchor(revised, ryderTransition);
    if (t.state === 'orphaned' || r.state === 'orphaned') throw new Error('orphaned');
    expect(revised.slice(t.start - 11, t.end)).toBe('only as a “transition');
    expect(revised.slice(r.start - 11, r.end)).toBe('seeking to transition');
  });

  it('prefers the repeat whose prefix and suffix agree over the one sitting at the old offset', () => {
    // "coalition’s" occurs in the headline, before "role" and before "mission".
    const mission = target(article, 'the coalition’s mission in Iraq', 'coalition’s');
    const role = target(article, 'the coalition’s role', 'coalition’s');
    // Shift the text so that the "role" occurrence lands exactly on the old offset of the "mission" one.
    const shift = mission.position.start - role.position.start;
    const revised = 'x'.repeat(shift - 2) + '\n\n' + article;
    expect(revised.slice(mission.position.start, mission.position.end)).toBe('coalition’s');
    const found = anchor(revised, mission);
    expect(found.state).toBe('moved');
    if (found.state === 'orphaned') throw new Error('orphaned');
    expect(found.start).toBe(mission.position.start + shift);
    expect(revised.slice(found.end, found.end + ' mission in Iraq'.length)).toBe(' mission in Iraq');
  });

  it('follows a paragraph moved to the end of the article', () => {
    const paragraph = `While Baghdad has maintained that ${BAGHDAD_QUOTE}, ${WASHINGTON_SENTENCE}.`;
    const revised = replaceOnce(article, paragraph, '') + '\n\n' + paragraph;
    for (const t of [baghdad, transition]) {
      const found = anchor(revised, t);
      expect(found.state).toBe('moved');
      expect(textAt(revised, found)).toBe(t.quote.exact);
    }
  });

  it('finds an edited quote approximately and reports its errors', () => {
    const edited = 'the commission intends to end the presence of the coalition forces in the country';
    const revised = replaceOnce(PREAMBLE + article, BAGHDAD_QUOTE, edited);
    const found = anchor(revised, baghdad);
    expect(found.state).toBe('fuzzy');
    expect(textAt(revised, found)).toBe(edited);
    if (found.state === 'orphaned') throw new Error('orphaned');
    expect(found.errors).toBe(editDistance(BAGHDAD_QUOTE, edited));
  });

  it('orphans a quote that was deleted, even though the same word remains elsewhere', () => {
    const withoutWashington = replaceOnce(article, `, ${WASHINGTON_SENTENCE}`, '');
    expect(withoutWashington).toContain('transition');
    expect(anchor(withoutWashington, transition)).toEqual({ state: 'orphaned' });

    const withoutBaghdad = replaceOnce(article, `that ${BAGHDAD_QUOTE}, `, 'that ');
    expect(anchor(withoutBaghdad, baghdad)).toEqual({ state: 'orphaned' });
  });

  it('orphans a quote rewritten beyond recognition rather than guess', () => {
    const revised = replaceOnce(article, BAGHDAD_QUOTE, 'foreign troops must leave under a timetable agreed with the commission');
    expect(anchor(revised, baghdad)).toEqual({ state: 'orphaned' });
  });

  it('finds a quote of a few words whose surroundings on one side were rewritten', () => {
    const phrase = target(article, WASHINGTON_SENTENCE, 'only as a “transition”');
    const revised = replaceOnce(PREAMBLE + article, ' in the coalition’s role.', ' of its forces, officials said on Tuesday.');
    const found = anchor(revised, phrase);
    expect(found.state).toBe('moved');
    expect(textAt(revised, found)).toBe('only as a “transition”');
  });

  it('orphans a single word whose surroundings on one side were rewritten rather than guess', () => {
    // One side of context can repeat verbatim elsewhere; for a lone word that is not enough.
    const revised = replaceOnce(article, '” in the coalition’s role.', '” of its forces, officials said on Tuesday.');
    expect(anchor(revised, transition)).toEqual({ state: 'orphaned' });
  });
});

group('anchor against look-alikes (cases found by the property tests)', () => {
  it('does not hand an edited quote to the same words a few characters away', () => {
    // " for" in "US force" loses its space; " for" in "timelines for US" shares most of its context.
    const quote = target(article, 'US force changes', ' for');
    expect(quote.quote.prefix.endsWith('timelines for US')).toBe(true);
    const revised = replaceOnce(article, 'for US force changes', 'for USforce changes');
    const found = anchor(revised, quote);
    expect(found.state).toBe('fuzzy');
    if (found.state === 'orphaned') throw new Error('orphaned');
    expect(textAt(revised, found)).toBe('for');
    expect(revised.slice(found.start - 2, found.end + 2)).toBe('USforce');
  });

  it('keeps an edited copy of a phrase the article uses twice, rather than jump to the other copy', () => {
    const quote = target(article, 'the mission of the international coalition in Iraq', ' international coalition in Iraq');
    const revised = replaceOnce(article, 'the mission of the international coalition', 'the mission of theinternational coalition');
    const found = anchor(revised, quote);
    expect(found).toMatchObject({ state: 'fuzzy', errors: 1 });
    expect(textAt(revised, found)).toBe('international coalition in Iraq');
    expect(revised.slice(0, (found as { start: number }).start)).toMatch(/the mission of the$/);
  });

  it('puts the edges of a fuzzy match around the edited words, not their fewest-error neighbour', () => {
    const quote = target(article, 'rtant as we mark the 10th');
    const revised = replaceOnce(article, 'important as we mark', 'importantaaan as we mark');
    expect(textAt(revised, anchor(revised, quote))).toBe('rtantaaan as we mark the 10th');
  });

  it('orphans a quote whose words were deleted even when similar words sit right next to the gap', () => {
    const quote = target(article, 'any timelines for US force', 's fo');
    const revised = replaceOnce(article, 'timelines for US force', 'timeline' + 'r US force');
    expect(anchor(revised, quote)).toEqual({ state: 'orphaned' });
  });
});

group('anchor in a long source', () => {
  const paragraph = `While Baghdad has maintained that ${BAGHDAD_QUOTE}, ${WASHINGTON_SENTENCE}.`;
  const withoutIt = replaceOnce(article, paragraph, 'The talks continue.');
  // ~240,000 characters of background in which the Baghdad paragraph occurs once, at the end.
  const background = Array.from({ length: 60 }, (_, i) => `Background ${i + 1}. ${withoutIt}`).join('\n\n');
  const long = `${background}\n\n${article}`;
  const quote = target(long, BAGHDAD_QUOTE);

  it('finds an edited quote that also moved far from where it was', () => {
    const edited = paragraph.replace('aims to conclude', 'intends to end');
    const revised = `${edited}\n\n${replaceOnce(long, paragraph, 'The talks continue.')}`;
    const found = anchor(revised, quote);
    expect(found.state).toBe('fuzzy');
    expect(textAt(revised, found)).toBe(BAGHDAD_QUOTE.replace('aims to conclude', 'intends to end'));
  });

  it('follows a passage of a few thousand characters edited inside', () => {
    const passage = target(article, article.slice(200, 2800));
    const revised = replaceOnce(PREAMBLE + article, 'Pentagon spokesman', 'Pentagon press secretary');
    const found = anchor(revised, passage);
    expect(found.state).toBe('fuzzy');
    const edited = replaceOnce(article.slice(200, 2800), 'Pentagon spokesman', 'Pentagon press secretary');
    expect(textAt(revised, found)).toBe(edited);
    expect(found).toMatchObject({ errors: editDistance(article.slice(200, 2800), edited) });
  });

  it('orphans a quote deleted from a long source', () => {
    const revised = replaceOnce(long, paragraph, 'The talks continue.');
    expect(anchor(revised, quote)).toEqual({ state: 'orphaned' });
  });
});

group('anchor on emoji, Arabic and CRLF text', () => {
  const source = `${article}\n\n${emojiParagraph}\n\n${arabicParagraph}\n\n${crlfParagraph}`;

  it('follows an emoji quote and never cuts a surrogate pair', () => {
    const flags = target(source, 'talks 👍🏽🇮🇶🇺🇸,', '👍🏽🇮🇶🇺🇸');
    const moved = anchor(PREAMBLE + source, flags);
    expect(moved.state).toBe('moved');
    expect(textAt(PREAMBLE + source, moved)).toBe('👍🏽🇮🇶🇺🇸');

    const phrase = target(source, 'expected nothing 🙄 — “talks');
    const revised = replaceOnce(source, 'expected nothing 🙄', 'expected nothing 😒');
    const found = anchor(revised, phrase);
    expect(found.state).toBe('fuzzy');
    expect(textAt(revised, found)).toBe('expected nothing 😒 — “talks');
    if (found.state === 'orphaned') throw new Error('orphaned');
    // A fuzzy span is still a valid selection: describe() refuses half characters.
    expect(() => describe(revised, found.start, found.end)).not.toThrow();
  });

  it('follows Arabic quotes through edits around and inside them', () => {
    const word = target(source, '«انتقال»', 'انتقال');
    const clause = target(source, 'تهدف إلى إنهاء وجود قوات التحالف في البلاد');
    const revised = replaceOnce(PREAMBLE + source, 'وتقول بغداد', 'وتقول الحكومة في بغداد');
    expect(textAt(revised, anchor(revised, word))).toBe('انتقال');
    expect(anchor(revised, word).state).toBe('moved');

    const edited = replaceOnce(source, 'تهدف إلى إنهاء', 'تسعى إلى إنهاء');
    const found = anchor(edited, clause);
    expect(found.state).toBe('fuzzy');
    expect(textAt(edited, found)).toBe('تسعى إلى إنهاء وجود قوات التحالف في البلاد');
  });

  it('follows quotes when CRLF line ends are converted to LF', () => {
    const plain = target(source, 'Talks will continue.');
    const across = target(source, '"Talks will continue."\r\nNo date');
    const lf = source.replaceAll('\r\n', '\n');
    const moved = anchor(lf, plain);
    expect(moved.state).toBe('moved');
    expect(textAt(lf, moved)).toBe('Talks will continue.');
    const fuzzy = anchor(lf, across);
    expect(fuzzy).toMatchObject({ state: 'fuzzy', errors: 1 });
    expect(textAt(lf, fuzzy)).toBe('"Talks will continue."\nNo date');
  });
});
