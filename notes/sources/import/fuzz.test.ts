// Whatever bytes arrive under whatever name, an import ends in a valid source
// or in one ImportRefusal line — never another exception, never a hang (the
// test's timeout is the hang check).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Source } from '../../model/schema.ts';
import { ImportRefusal, importDocument } from './index.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const NAMES = ['a.pdf', 'a.docx', 'a.html', 'a.htm', 'a.txt', 'a.md'];

async function endsWell(bytes: Uint8Array, name: string): Promise<void> {
  try {
    const { source } = await importDocument(bytes, name);
    expect(Source.safeParse(source).success).toBe(true);
  } catch (err) {
    if (!(err instanceof ImportRefusal)) throw new Error(`${name} (${bytes.length} bytes) threw ${String(err)}`, { cause: err });
    expect(err.message).not.toContain('\n');
  }
}

/** A fixture with some of its bytes overwritten: damaged, but mostly well-formed. */
const damaged = (base: Uint8Array) =>
  fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }).map((edits) => {
    const copy = base.slice();
    for (const [at, value] of edits) copy[at] = value;
    return copy;
  });

describe('import fuzzing', () => {
  it('random bytes under every name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(...NAMES), (bytes, name) => endsWell(bytes, name)),
      { numRuns: 120 },
    );
  });

  it('random text and markup as a web page', async () => {
    const markup = fc.array(fc.oneof(fc.string(), fc.constantFrom('<p>', '</p>', '<div>', '<h2>', '<li>', '<script>', '<!--', '<br>', '&amp;', '<article>', 'word ')), { maxLength: 200 });
    await fc.assert(
      fc.asyncProperty(markup, (parts) => endsWell(new TextEncoder().encode(parts.join('')), 'page.html')),
      { numRuns: 100 },
    );
  });

  it('damaged PDFs', async () => {
    await fc.assert(fc.asyncProperty(damaged(fixture('statement-en.pdf')), (bytes) => endsWell(bytes, 'damaged.pdf')), { numRuns: 30 });
  }, 90_000);

  it('damaged Word files', async () => {
    await fc.assert(fc.asyncProperty(damaged(fixture('report.docx')), (bytes) => endsWell(bytes, 'damaged.docx')), { numRuns: 30 });
  }, 90_000);

  it('PDF headers with junk after them', async () => {
    const head = new TextEncoder().encode('%PDF-1.7\n');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), (tail) => endsWell(Uint8Array.from([...head, ...tail]), 'junk.pdf')),
      { numRuns: 60 },
    );
  });
});
