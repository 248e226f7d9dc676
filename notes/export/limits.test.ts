// Every export handles the longest notes the schema allows, whatever their
// shape: the shapes that once overflowed the Markdown parser's stack or made it
// crawl (one huge line, thousands of nested quotes or lists, walls of emphasis
// delimiters and brackets) come out, with the analyst's words in them.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { marked } from 'marked';
import { NOTE_MAX_CHARS } from '../model/vocabulary.ts';
import { validateNotebook } from '../model/validate.ts';
import type { Notebook } from '../model/schema.ts';
import { sampleNotebook } from '../samples/sample.ts';
import { annotationsToCsv, briefingToDocx, briefingToHtml, briefingToMarkdown, toW3CCollection } from './index.ts';
import { decodeEntities, tokenize } from './html-tokens.fixture.ts';
import { mdFragment } from './markdown-text.ts';
import { noteBlocks } from './note-blocks.ts';

const NOW = '2026-01-15T09:30:00.000Z';

/** `unit` repeated to exactly `length` characters. */
const fill = (unit: string, length = NOTE_MAX_CHARS) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const SHAPES: Record<string, string> = {
  'one line': fill('x'),
  'many lines': fill('A line of the analyst’s note.\n'),
  'nested brackets and emphasis': fill('[*_'),
  'emphasis delimiters between letters': fill('a_'),
  'nested quotes': fill('> '),
  'nested lists': fill('- '),
  'an outline indented deeper and deeper': Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i * 2)}- point ${i}`).join('\n').slice(0, NOTE_MAX_CHARS),
};

/** The sample with `note` as an excerpt's note, the BLUF and the note on the question. */
function withNote(note: string): Notebook {
  const nb = sampleNotebook(NOW);
  const question = nb.questions[0]!;
  return {
    ...nb,
    annotations: nb.annotations.map((a, i) => (i === 0 ? { ...a, note } : a)),
    briefing: { ...nb.briefing, bluf: note, questionNotes: { [question.id]: note } },
  };
}

/** Some 200 characters from the middle of the note, as they must read in every export. */
const sampleOf = (note: string) => note.slice(NOTE_MAX_CHARS / 2, NOTE_MAX_CHARS / 2 + 200).split('\n')[0]!;

describe('notes at the limit', () => {
  it('the schema accepts a note at the limit and refuses one character more, naming the field and the limit', () => {
    expect(validateNotebook(withNote(fill('x'))).ok).toBe(true);
    const over = validateNotebook(withNote(fill('x', NOTE_MAX_CHARS + 1)));
    expect(over.ok).toBe(false);
    expect(!over.ok && over.problem).toMatch(/^annotations\.0\.note: a note holds 100,001 characters, more than the 100,000 allowed/);
  });

  for (const [shape, note] of Object.entries(SHAPES)) {
    it(`exports a note of ${NOTE_MAX_CHARS.toLocaleString('en-US')} characters of ${shape} in every format`, async () => {
      expect(note.length).toBeLessThanOrEqual(NOTE_MAX_CHARS);
      const nb = withNote(note);
      expect(validateNotebook(nb).ok).toBe(true);
      const words = sampleOf(note).replace(/^[\s>-]+/, '');

      // Whitespace aside (line breaks become <br>), the note's words read as written.
      const reads = (html: string) => decodeEntities(tokenize(html).text).replace(/\s+/g, ' ');
      expect(reads(briefingToHtml(nb))).toContain(words.replace(/\s+/g, ' ').trim());
      // The Markdown as a viewer shows it.
      expect(reads(marked.parse(briefingToMarkdown(nb), { async: false }))).toContain(words.replace(/\s+/g, ' ').trim());

      const xml = await (await JSZip.loadAsync(await briefingToDocx(nb))).file('word/document.xml')!.async('string');
      const docText = decodeEntities([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' '));
      expect(docText).toContain(words.trim().slice(0, 50));

      expect(annotationsToCsv(nb)).toContain(note.slice(0, 1000).split('\n')[0]);
      expect(JSON.stringify(toW3CCollection(nb))).toContain(JSON.stringify(note).slice(1, 1000));
    });
  }
});

describe('noteBlocks', () => {
  it('keeps a note a person writes whole, to be parsed as Markdown', () => {
    const note = '# Heading\n\n- a *point*\n\n  continued\n\n[ref]: https://example.org\n\n```\ncode\n\n```';
    expect(noteBlocks(note)).toEqual([{ text: note, plain: false, gap: '' }]);
  });

  it('cuts a long note at blank lines outside code, gives it back whole, and keeps only pathological blocks as text', () => {
    const prose = fill('Words, *some* of them emphasised. ', 5_000);
    const code = '```\n' + fill('code\n\n', 3_000) + '```';
    const note = [prose, fill('> ', 2_000), code, prose, fill('a_', 12_000)].join('\n\n\n');
    const blocks = noteBlocks(note);
    expect(blocks.map((b) => b.text + b.gap).join('')).toBe(note);
    expect(blocks.map((b) => [b.text.slice(0, 4), b.plain])).toEqual([
      ['Word', false],
      ['> > ', true],
      ['```\n', false],
      ['Word', false],
      ['a_a_', true],
    ]);
  });

  it('shows a pathological block of a Markdown note as plain text in the Markdown export', () => {
    const md = mdFragment(`Fine *words*.\n\n${fill('> ', 3_000)}\n\n${fill('Filler. ', 10_000)}`);
    expect(md.startsWith('Fine *words*.\n\n\\> \\> ')).toBe(true);
  });
});
