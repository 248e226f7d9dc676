// The first notes a page renders compile the Markdown parser's patterns and
// run its code for the first time, long enough to hold up a keystroke or to
// count as a long task while typing. So that work is done here a step at a
// time, in idle time before notes are rendered ahead: first each of the
// parser's patterns on its own and kind of text (V8 compiles a pattern
// separately for one-byte and two-byte text), then one small note of each
// kind, sanitised too.
// Harmless if the parser's internals change: it only runs its patterns, and
// puts back where a global one stood.
import { Lexer } from 'marked';

// V8 compiles a pattern separately for one-byte (Latin-1) and two-byte text: notes in plain ASCII
// and notes with curly quotes or Arabic each need their own, so each pattern is run on both.
const SAMPLE_LATIN1 =
  'Low confidence: the *ministry* line appears in **one** outlet only, see `HMC` minutes and [the statement](https://example.org/a).\n' +
  'Follow up with ~~the embassy~~ the spokesman, who said the talks would "end the mission".\n\n> quoted\n\n- item\n\n| a | b |\n| - | - |\n';
const SAMPLE_TWO_BYTE = `${SAMPLE_LATIN1.replace('"end the mission"', '“end the mission”')}Arabic: «انتقالية»\n`;

/** One note of each kind the analyst writes: after the patterns, each runs code of its own the first time. */
const KINDS = [
  'Plain words, *emphasis*, **strong**, `code` and ~~struck~~.',
  '> A quoted passage\n> over two lines.',
  '- one\n- two\n  - nested',
  '1. first\n2. second',
  '| Actor | Says |\n| --- | --- |\n| Baghdad | end |',
  '## A heading\n\nA paragraph.',
  'Source: [a report](https://example.org/report) and <https://example.org>.',
  '```\ncode block\n```',
  'Arabic: «وصفت واشنطن الخطوة بأنها مرحلة انتقالية»',
];

function patterns(): RegExp[] {
  const { block, inline } = Lexer.rules;
  const all = [...Object.values(block.gfm), ...Object.values(inline.gfm)].filter((p): p is RegExp => p instanceof RegExp);
  // The largest first: they cost the most when a real note meets them cold.
  return all.sort((a, b) => b.source.length - a.source.length);
}

function warmPattern(pattern: RegExp, sample: string): void {
  const at = pattern.lastIndex;
  // Run on note-like text a few times, V8 compiles a pattern for good (bytecode first, then machine code).
  for (let i = 0; i < 3; i++) {
    pattern.lastIndex = 0;
    pattern.exec(sample);
  }
  pattern.lastIndex = at;
}

let steps: (() => void)[] | null = null;

/** Does the next step of warming up, with `render` rendering and sanitising one note; false once all are done. */
export function warmMarkdownStep(render: (markdown: string) => void): boolean {
  steps ??= [...patterns().flatMap((p) => [() => warmPattern(p, SAMPLE_LATIN1), () => warmPattern(p, SAMPLE_TWO_BYTE)]), ...KINDS.map((note) => () => render(note))];
  const step = steps.shift();
  step?.();
  return step !== undefined;
}
