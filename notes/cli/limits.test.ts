// The CLI refuses a value over its limit with one line naming the option, the
// length and the limit, and what to do — before touching the notebook — and a
// notebook written before the limits that holds a longer value is refused on
// open, never rewritten.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTE_MAX_CHARS, SOURCE_MAX_CHARS } from '../model/vocabulary.ts';
import { cli, expectOneLineError, snapshot, tempFolder } from './test-support.ts';

async function sampleFolder(): Promise<string> {
  const dir = await tempFolder();
  expect((await cli(dir, ['new', 'talks.json', '--sample'])).code).toBe(0);
  return dir;
}

/** The folder as names and digests: comparing megabytes byte by byte in an assertion takes minutes. */
async function digests(dir: string): Promise<[string, string][]> {
  return [...(await snapshot(dir))].map(([name, bytes]) => [name, createHash('sha256').update(bytes).digest('hex')]);
}

async function refused(dir: string, argv: string[], code: number): Promise<string> {
  const before = await digests(dir);
  const result = await cli(dir, argv);
  const line = expectOneLineError(result);
  expect(result.code).toBe(code);
  expect(await digests(dir)).toEqual(before);
  return line;
}

describe('notebook CLI: limits', () => {
  it('annotate takes a note at the limit and refuses one character more', async () => {
    const dir = await sampleFolder();
    expect(await refused(dir, ['annotate', 'talks.json', '--quote', 'transition', '--occurrence', '1', '--note', 'n'.repeat(NOTE_MAX_CHARS + 1)], 2)).toBe(
      '--note holds 100,001 characters, more than the 100,000 allowed — shorten it, or split it across several annotations (see notebook annotate --help)',
    );
    const ok = await cli(dir, ['annotate', 'talks.json', '--quote', 'transition', '--occurrence', '1', '--note', 'n'.repeat(NOTE_MAX_CHARS)]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
  });

  it('import refuses a text longer than a source may hold', async () => {
    const dir = await sampleFolder();
    await writeFile(path.join(dir, 'long.txt'), 'a'.repeat(SOURCE_MAX_CHARS + 1));
    const line = await refused(dir, ['import', 'talks.json', 'long.txt'], 1);
    expect(line).toBe('“long.txt” holds 5,000,001 characters, more than the 5,000,000 allowed for a source — split it into smaller files and import those.');
  });

  it('refuses a notebook holding a note longer than the limit, naming the field and the limit, and leaves it as it was', async () => {
    const dir = await sampleFolder();
    const file = path.join(dir, 'talks.json');
    const nb = JSON.parse(await readFile(file, 'utf8')) as { annotations: { note: string }[] };
    nb.annotations[0]!.note = 'x'.repeat(10_000_000);
    await writeFile(file, JSON.stringify(nb));
    for (const argv of [['check', 'talks.json'], ['list', 'talks.json'], ['export', 'talks.json', '--format', 'md'], ['annotate', 'talks.json', '--quote', 'transition', '--occurrence', '1']]) {
      expect(await refused(dir, argv, 1)).toBe(
        "talks.json can't be opened: annotations.0.note: a note holds 10,000,000 characters, more than the 100,000 allowed — shorten it in a text editor and open it again; the file was left unchanged",
      );
    }
  });
});
