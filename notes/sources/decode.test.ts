import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Source } from '../model/schema.ts';
import { decodeSourceFile, MAX_SOURCE_BYTES } from './decode.ts';
import { SOURCE_MAX_CHARS } from '../model/vocabulary.ts';
import { makeSource } from './source.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (endian === 'le') out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}

function decoded(name: string, bytes: Uint8Array) {
  const result = decodeSourceFile(name, bytes);
  if (!result.ok) throw new Error(`expected ${name} to decode, got: ${result.problem}`);
  return result;
}

function refused(name: string, bytes: Uint8Array): string {
  const result = decodeSourceFile(name, bytes);
  if (result.ok) throw new Error(`expected ${name} to be refused`);
  expect(result.problem).not.toContain('\n');
  return result.problem;
}

describe('decodeSourceFile', () => {
  it('reads the sample article as plain text, titled by its headline', () => {
    const bytes = readFileSync(new URL('../samples/coalition-talks.txt', import.meta.url));
    const result = decoded('coalition-talks.txt', bytes);
    expect(result.format).toBe('text');
    expect(result.title).toBe('Iraqi, US officials meet in Washington to discuss coalition’s future');
    // Curly quotes and the non-breaking space survive decoding.
    expect(result.text).toContain('only as a “transition” in the coalition’s role');
    expect(result.text).toContain('\u00a0');
  });

  it('accepts .txt, .md and .markdown, whatever the case of the extension', () => {
    expect(decoded('a.TXT', utf8('hello')).format).toBe('text');
    expect(decoded('b.md', utf8('hello')).format).toBe('markdown');
    expect(decoded('c.Markdown', utf8('hello')).format).toBe('markdown');
  });

  it('refuses other file types, naming the file and the types it takes', () => {
    const problem = refused('report.pdf', utf8('%PDF-1.7'));
    expect(problem).toContain('report.pdf');
    expect(problem).toMatch(/\.txt.*\.md/);
    refused('notes', utf8('no extension'));
    refused('.txt', utf8('a dot file is not a .txt'));
  });

  it('strips a UTF-8 byte-order mark', () => {
    const result = decoded('bom.txt', concat([0xef, 0xbb, 0xbf], utf8('Title\nbody')));
    expect(result.text).toBe('Title\nbody');
    expect(result.title).toBe('Title');
  });

  it('reads UTF-16 little- and big-endian files that carry a byte-order mark', () => {
    const text = 'Baghdad says “conclude”\nWashington says “transition” — ü, 日本, 🙂';
    expect(decoded('le.txt', concat([0xff, 0xfe], utf16(text, 'le'))).text).toBe(text);
    expect(decoded('be.txt', concat([0xfe, 0xff], utf16(text, 'be'))).text).toBe(text);
  });

  it('refuses broken UTF-16', () => {
    expect(refused('odd.txt', concat([0xfe, 0xff], [0x00, 0x41, 0x00]))).toMatch(/not valid UTF-16 .*re-save it as UTF-8/);
    // A lone high surrogate.
    expect(refused('surrogate.txt', concat([0xff, 0xfe], [0x3d, 0xd8, 0x41, 0x00]))).toContain('UTF-16');
  });

  it('refuses invalid UTF-8 and says how to fix it', () => {
    const latin1 = concat(utf8('Caf'), [0xe9], utf8(' au lait'));
    expect(refused('latin1.txt', latin1)).toBe('“latin1.txt” is not valid UTF-8 text — re-save it as UTF-8 and import it again.');
  });

  it('refuses binary files: NUL bytes or control characters', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(refused('image.txt', png)).toMatch(/binary/);
    expect(refused('ctrl.txt', utf8('line one\nline \u0007two'))).toMatch(/binary.*U\+0007 on line 2/);
    // Tabs and form feeds are ordinary in text files.
    expect(decoded('tabs.txt', utf8('a\tb\fc')).text).toBe('a\tb\fc');
  });

  it('recognises UTF-16 saved without a byte-order mark', () => {
    expect(refused('nobom.txt', utf16('Hello world, plain ASCII', 'le'))).toMatch(/UTF-16 .*without a byte-order mark/);
  });

  it('refuses empty and blank files', () => {
    expect(refused('empty.txt', new Uint8Array())).toBe('“empty.txt” is empty — there is no text to import.');
    expect(refused('blank.md', utf8('  \n\n\t\n'))).toContain('is empty');
  });

  it('refuses files over 20 MB, saying how big they are', () => {
    const big = new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61);
    expect(refused('huge.txt', big)).toMatch(/“huge.txt” is 20\.0 MB; sources can be at most 20\.0 MB/);
    const bigger = new Uint8Array(25 * 1024 * 1024).fill(0x61);
    expect(refused('bigger.txt', bigger)).toContain('is 25.0 MB');
  });

  it('refuses a text longer than a source may hold, naming its length and the limit', () => {
    expect(decodeSourceFile('limit.txt', new Uint8Array(SOURCE_MAX_CHARS).fill(0x61)).ok).toBe(true);
    expect(refused('long.txt', new Uint8Array(SOURCE_MAX_CHARS + 1).fill(0x61))).toBe(
      '“long.txt” holds 5,000,001 characters, more than the 5,000,000 allowed for a source — split it into smaller files and import those.',
    );
  });

  it('normalises CRLF and lone CR to LF, so offsets are the same on every platform', () => {
    const unix = decoded('unix.txt', utf8('one\ntwo\n\nthree'));
    expect(decoded('windows.txt', utf8('one\r\ntwo\r\n\r\nthree')).text).toBe(unix.text);
    expect(decoded('mac.txt', utf8('one\rtwo\r\rthree')).text).toBe(unix.text);
  });

  it('titles Markdown by its first heading', () => {
    expect(decoded('a.md', utf8('Intro line\n\n## The Heading ##\n\n# Later')).title).toBe('The Heading');
    expect(decoded('b.md', utf8('Setext Title\n===========\n\nbody')).title).toBe('Setext Title');
    // "# " is not a heading in a plain-text file.
    expect(decoded('c.txt', utf8('# not a heading\nbody')).title).toBe('# not a heading');
  });

  it('titles by the first non-empty line, trimmed and at most 200 characters', () => {
    expect(decoded('a.txt', utf8('\n\n   First real line   \nsecond')).title).toBe('First real line');
    const long = decoded('long.txt', utf8('word '.repeat(100))).title;
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
    // Never splits an emoji in half.
    const emoji = decoded('emoji.txt', utf8('🙂'.repeat(300))).title;
    expect(emoji).toBe('🙂'.repeat(199) + '…');
  });
});

describe('makeSource', () => {
  it('builds a valid Source whose sha256 is the digest of its stored text', async () => {
    const result = decoded('article.txt', utf8('Title\r\nBody “quoted”\u00a0text'));
    const source = await makeSource(result, { id: 'src1', now: '2024-08-14T10:00:00.000Z', publisher: 'Rudaw' });
    expect(Source.safeParse(source).success).toBe(true);
    expect(source).toMatchObject({ id: 'src1', title: 'Title', publisher: 'Rudaw', format: 'text', importedAt: '2024-08-14T10:00:00.000Z' });
    expect(source.sha256).toBe(createHash('sha256').update('Title\nBody “quoted”\u00a0text', 'utf8').digest('hex'));
  });

  it('gives each import its own id', async () => {
    const result = decoded('a.md', utf8('# A'));
    const [a, b] = await Promise.all([makeSource(result), makeSource(result)]);
    expect(a.id).not.toBe(b.id);
    expect(Source.safeParse(a).success).toBe(true);
  });
});
