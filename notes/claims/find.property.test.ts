// Any text at all, hostile included: the finder never throws and every span
// it returns lies inside the text, in order, on whole UTF-16 characters. Its
// output is data (offsets and copied words), never markup: what a page does
// with it is the page's business, so the check here is that spans stay valid
// whatever the text holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClaims, type Suggestion } from './find.ts';

function checkSpans(text: string, found: Suggestion[]) {
  let last = -1;
  for (const s of found) {
    for (const span of [s.content, s.source, s.cue]) {
      if (!span) continue;
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(span.end).toBeGreaterThan(span.start);
    }
    expect(s.content.start).toBeGreaterThanOrEqual(last);
    last = s.content.start;
    expect(s.text).toBe(text.slice(s.content.start, s.content.end));
  }
}

const newsWords = fc.constantFrom('said', 'told', 'according to', 'He', 'the spokesman', 'Lloyd Austin', '“', '”', '"', ',', '.', ':', '\n', '\n\n', ' ', 'that', 'the talks', 'reporters', 'قال', '‘', 'é', '\ud83d', '\ude00', '<script>', 'described', 'as');

describe('the finder on any text', () => {
  it('never throws and returns valid, ordered spans', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.array(newsWords, { maxLength: 120 }).map((w) => w.join(' '))), (text) => {
        checkSpans(text, findClaims(text));
      }),
      { numRuns: 400 },
    );
  });

  it('treats HTML and script payloads as words: spans stay valid, nothing is rewritten', () => {
    const text = '<img src=x onerror="alert(1)"> said the <b>spokesman</b>. “<script>alert(2)</script> is fine,” Maria Lopez said. Lopez said that </p><iframe src="javascript:alert(3)"> was harmless.';
    const found = findClaims(text);
    checkSpans(text, found);
    expect(found.map((s) => s.text)).toContain('“<script>alert(2)</script> is fine,”');
  });

  it('copes with lone surrogates and a large source', () => {
    const lone = '“\ud800 is odd,” Maria Lopez said. \udfff Lopez said that \ud83d was cut.';
    checkSpans(lone, findClaims(lone));
    const paragraph = '“We will go on talking,” Maria Lopez, the spokeswoman, said on Monday. Officials said the crossing would reopen. ';
    const big = paragraph.repeat(2000); // about 230 KB
    const found = findClaims(big);
    checkSpans(big, found);
    expect(found.length).toBe(4000);
  });
});
