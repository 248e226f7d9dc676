import { describe as group, expect, it } from 'vitest';
import { describe, CONTEXT_LENGTH } from './index.ts';
import { BAGHDAD_QUOTE, article, crlfParagraph, emojiParagraph, spanIn } from './test-support/texts.ts';

group('describe', () => {
  it('records the quote, 32 code units of context on each side, and the offsets', () => {
    const { start, end } = spanIn(article, BAGHDAD_QUOTE, BAGHDAD_QUOTE);
    const target = describe(article, start, end);
    expect(target.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: BAGHDAD_QUOTE,
      prefix: 'ile Baghdad has maintained that ',
      suffix: ', Washington has described the s',
    });
    expect(target.quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(target.quote.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(target.position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('uses UTF-16 offsets into the source exactly as stored (curly quotes, no-break space, CRLF)', () => {
    const curly = spanIn(article, 'threat.”\u00a0', 'threat.”\u00a0');
    expect(describe(article, curly.start, curly.end).quote.exact).toBe('threat.”\u00a0');
    const text = `Intro\r\n\r\n${crlfParagraph}`;
    const { start, end } = spanIn(text, '"Talks will continue."\r\nNo', '\r\nNo');
    const target = describe(text, start, end);
    expect(target.quote.exact).toBe('\r\nNo');
    expect(text.slice(target.position.start, target.position.end)).toBe('\r\nNo');
  });

  it('keeps shorter context at the edges of the source', () => {
    const target = describe(article, 0, 5);
    expect(target.quote.prefix).toBe('');
    expect(target.quote.suffix).toHaveLength(CONTEXT_LENGTH);
    const tail = describe(article, article.length - 5, article.length);
    expect(tail.quote.suffix).toBe('');
    expect(tail.quote.exact).toBe('rder.');
  });

  it('trims the context rather than cut an emoji in half', () => {
    // Put a surrogate pair exactly where the 32-unit context would end.
    const before = '🙄' + 'x'.repeat(CONTEXT_LENGTH - 1);
    const text = `${before}QUOTE${'y'.repeat(CONTEXT_LENGTH - 1)}😐 tail`;
    const start = before.length;
    const target = describe(text, start, start + 5);
    expect(target.quote.prefix).toBe('x'.repeat(CONTEXT_LENGTH - 1));
    expect(target.quote.suffix).toBe('y'.repeat(CONTEXT_LENGTH - 1));
    // With one unit less of filler the whole emoji fits.
    const fits = `🙄${'x'.repeat(CONTEXT_LENGTH - 2)}QUOTE`;
    expect(describe(fits, fits.length - 5, fits.length).quote.prefix).toBe(`🙄${'x'.repeat(CONTEXT_LENGTH - 2)}`);
  });

  it('quotes emoji whole', () => {
    const { start, end } = spanIn(emojiParagraph, 'talks 👍🏽🇮🇶🇺🇸,', '👍🏽🇮🇶🇺🇸');
    expect(describe(emojiParagraph, start, end).quote.exact).toBe('👍🏽🇮🇶🇺🇸');
  });

  it.each([
    [10, 10, /select at least one character/],
    [12, 10, /select at least one character/],
    [-1, 4, /only \d+ characters long/],
    [0, article.length + 1, /only \d+ characters long/],
    [1.5, 4, /whole numbers/],
  ])('rejects the span %s–%s with a clear message', (start, end, message) => {
    expect(() => describe(article, start, end)).toThrow(message);
  });

  it('rejects a span that starts or ends inside an emoji', () => {
    const text = 'mixed 😐 reactions';
    const inside = text.indexOf('😐') + 1;
    expect(() => describe(text, inside, inside + 4)).toThrow(/cuts a character .* in half/);
    expect(() => describe(text, 0, inside)).toThrow(/cuts a character .* in half/);
    expect(describe(text, 0, inside + 1).quote.exact).toBe('mixed 😐');
  });
});
