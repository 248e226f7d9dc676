import { describe, expect, it } from 'vitest';
import { markedQuote, nestedQuote } from './nested.ts';

describe('a quote within a quote', () => {
  it('takes single marks for its own double ones, curly or straight', () => {
    expect(nestedQuote('ISIS "continues to plot attacks ... from the region. So, we must adapt.”')).toBe('ISIS ‘continues to plot attacks ... from the region. So, we must adapt.’');
    expect(nestedQuote('the step only as a “transition” in the coalition’s role')).toBe('the step only as a ‘transition’ in the coalition’s role');
    expect(nestedQuote('"We lost," he said')).toBe('‘We lost,’ he said');
  });

  it('leaves text with no double marks, and right-to-left text, as written', () => {
    const plain = 'the commission aims to conclude the presence of the coalition forces';
    expect(nestedQuote(plain)).toBe(plain);
    expect(nestedQuote('الاتفاق يمثل "نهاية مهمة التحالف"')).toBe('الاتفاق يمثل "نهاية مهمة التحالف"');
  });

  it('is marked with our quotation marks unless it opens with its own', () => {
    expect(markedQuote('the step only as a "transition"')).toBe('“the step only as a ‘transition’”');
    expect(markedQuote('“We lost,” he said')).toBe('“We lost,” he said');
  });
});
