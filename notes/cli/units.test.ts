// The CLI's own small pieces: argument parsing, quote finding, table layout.
import { describe, expect, it } from 'vitest';
import { parseArgs, type OptionSpecs } from './args.ts';
import { UsageError } from './errors.ts';
import { findQuote } from './find-quote.ts';
import { fitColumns, renderTable, wrap } from './text-table.ts';

const OPTIONS: OptionSpecs = {
  quote: { type: 'string', value: 'TEXT', help: '' },
  tag: { type: 'strings', value: 'LABEL', help: '' },
  json: { type: 'boolean', help: '' },
  output: { type: 'string', short: 'o', value: 'OUT', help: '' },
};

describe('parseArgs', () => {
  it('reads values, repeated options, short options, = forms and --', () => {
    const args = parseArgs('x', ['FILE', '--quote', '-5% in May', '--tag', 'a', '--tag=b', '-o', 'out.md', '--json', '--', '--not-an-option'], OPTIONS, [
      { name: 'FILE' },
      { name: 'MORE', optional: true },
    ]);
    expect(args.positionals).toEqual(['FILE', '--not-an-option']);
    expect(args.string('quote')).toBe('-5% in May');
    expect(args.strings('tag')).toEqual(['a', 'b']);
    expect(args.string('output')).toBe('out.md');
    expect(args.flag('json')).toBe(true);
    expect(parseArgs('x', ['-oout.md'], OPTIONS, []).string('output')).toBe('out.md');
  });

  it('refuses what it does not understand, naming it', () => {
    const refusal = (argv: string[]) => {
      try {
        parseArgs('x', argv, OPTIONS, [{ name: 'FILE' }]);
      } catch (err) {
        expect(err).toBeInstanceOf(UsageError);
        return (err as Error).message;
      }
      throw new Error('not refused');
    };
    expect(refusal(['f', '--jsno'])).toBe('unknown option --jsno for x — did you mean --json?');
    expect(refusal(['f', '--json=yes'])).toBe('--json takes no value (got "yes")');
    expect(refusal(['f', '--quote', 'a', '--quote', 'b'])).toBe('--quote was given twice — give it once');
    expect(refusal(['f', '-o'])).toBe('-o needs a value: -o OUT');
    expect(refusal([])).toBe('x needs FILE');
    expect(refusal(['f', 'g'])).toBe('unexpected argument "g" for x');
  });
});

describe('findQuote', () => {
  const text = 'Washington has described the step only as a “transition” in the coalition’s role.\nA\u00a0transition  is  planned.';

  it('finds exact words first, every occurrence in reading order', () => {
    const found = findQuote(text, 'transition');
    expect(found.loose).toBe(false);
    expect(found.matches.map((m) => text.slice(m.start, m.end))).toEqual(['transition', 'transition']);
    expect(found.matches[0]!.start).toBe(text.indexOf('transition'));
  });

  it('matches straight quotes to curly ones and spaces to any run of spacing, returning the source characters', () => {
    const curly = findQuote(text, 'a "transition" in the coalition\'s role');
    expect(curly.loose).toBe(true);
    expect(curly.matches.map((m) => text.slice(m.start, m.end))).toEqual(['a “transition” in the coalition’s role']);
    const spaced = findQuote(text, 'A transition is planned');
    expect(spaced.matches.map((m) => text.slice(m.start, m.end))).toEqual(['A\u00a0transition  is  planned']);
  });

  it('finds nothing for words that are not there, or for nothing', () => {
    expect(findQuote(text, 'withdrawal').matches).toEqual([]);
    expect(findQuote(text, '   ').matches).toEqual([]);
    expect(findQuote(text, 'Transition').matches).toEqual([]);
  });
});

describe('tables', () => {
  it('wraps words to the width, cutting only words longer than a line', () => {
    expect(wrap('the commission aims to conclude', 12)).toEqual(['the', 'commission', 'aims to', 'conclude']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrap('one\n\ntwo', 10)).toEqual(['one', '', 'two']);
  });

  it('fits columns into the width, giving narrow columns only what they need', () => {
    const widths = fitColumns([['Position', 'End of the mission'], ['Baghdad', 'x'.repeat(120)], ['Washington', '“transition”']], 80)!;
    expect(widths[0]).toBe('End of the mission'.length);
    expect(widths[2]).toBe('“transition”'.length);
    expect(widths.reduce((a, b) => a + b) + 3 * (widths.length - 1)).toBe(80);
    expect(fitColumns([['P'], ...Array.from({ length: 8 }, () => ['x'.repeat(50)])], 80)).toBeUndefined();
  });

  it('renders aligned rows with rules between them', () => {
    const lines = renderTable(['P', 'A', 'B'], [['one', 'alpha beta', '—']], [3, 5, 1]);
    expect(lines).toEqual(['P   │ A     │ B', '────┼───────┼──', 'one │ alpha │ —', '    │ beta  │']);
  });
});
