import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownLines, markdownRuns } from './markdownRuns.ts';

const shown = (p: string) =>
  markdownRuns(p)
    .filter((r) => !r.mark)
    .map((r) => (r.style ? `<${r.style}>${r.text}</${r.style}>` : r.text))
    .join('');

describe('markdownRuns', () => {
  it('keeps every character of the paragraph, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('#', '*', '_', '`', '[', ']', '(', ')', '-', '>', ' ', '\n', 'a', 'ب', '1', '.') }), (p) => {
        expect(markdownRuns(p).map((r) => r.text).join('')).toBe(p);
      }),
    );
  });

  it('hides heading, list and quote markers and shows emphasis, code and links as their words', () => {
    expect(shown('## The talks')).toBe('The talks');
    expect(shown('Baghdad says **end** of the *mission*, not `transition`.')).toBe('Baghdad says <strong>end</strong> of the <em>mission</em>, not <code>transition</code>.');
    expect(shown('See [the readout](https://example.invalid/r).')).toBe('See <link>the readout</link>.');
    expect(shown('- first\n- second')).toBe('firstsecond');
    expect(markdownLines('- first\n- second').map((l) => l.kind)).toEqual(['item', 'item']);
    expect(markdownLines('> quoted')[0]!.kind).toBe('quote');
  });

  it('leaves prose with stray markers as it is', () => {
    expect(shown('5 * 3 = 15, snake_case_name and a lone ` tick')).toBe('5 * 3 = 15, snake_case_name and a lone ` tick');
    expect(shown('قال المتحدث إن المهمة **ستنتهي**')).toBe('قال المتحدث إن المهمة <strong>ستنتهي</strong>');
  });
});
