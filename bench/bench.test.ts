// The bench's data and judge must be right for its figures to mean
// anything: generated notebooks are valid and of the requested size, the
// known-edit bookkeeping agrees with the revised text, and the baseline finds
// a quote that did not change. No timings here (those are `npm run bench`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchor } from '../notes/anchoring/index.ts';
import { validateNotebook } from '../notes/model/validate.ts';
import { matchQuote } from './baseline/hypothesis-matcher.ts';
import { ARTICLE_FILE } from './generate/data.ts';
import { generateNotebook, MAX_QUOTE, MIN_QUOTE } from './generate/notebook.ts';
import { ARABIC, generateProse } from './generate/prose.ts';
import { apply, reviseProse } from './generate/revision.ts';
import { seeded } from './lib/random.ts';
import { ratio, summarize } from './lib/stats.ts';
import { accuracy, judge, RevisionMap, tally } from './lib/truth.ts';

const article = readFileSync(ARTICLE_FILE, 'utf8');
const prose = generateProse(article, 60_000, seeded('test/prose'));

describe('generated source', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateProse(article, 60_000, seeded('test/prose')).text).toBe(prose.text);
    expect(generateProse(article, 60_000, seeded('other')).text).not.toBe(prose.text);
  });

  it('reads like the sample article: its words, mixed quotes, no-break spaces, Arabic, blank-line paragraphs', () => {
    const { text } = prose;
    expect(text.length).toBeGreaterThanOrEqual(60_000);
    expect(text).toContain('coalition');
    expect(text).toMatch(/[“”]/);
    expect(text).toContain('"');
    expect(text).toContain('\u00a0');
    expect(ARABIC.some((line) => text.includes(line))).toBe(true);
    expect(text).toMatch(/\n\n\n/);
    for (const s of prose.sentences.slice(0, 50)) expect(text.slice(s.start, s.end).trim().length).toBeGreaterThan(0);
  });
});

describe('generated notebook', () => {
  const nb = generateNotebook(prose, { annotations: 300, claims: 90 }, seeded('test/notebook'));

  it('validates and has the requested size, claims, notes and tags', () => {
    const checked = validateNotebook(nb);
    expect(checked.ok ? '' : checked.problem).toBe('');
    expect(nb.annotations).toHaveLength(300);
    expect(nb.annotations.filter((a) => a.claim)).toHaveLength(90);
    expect(nb.annotations.some((a) => /\*\*|\[.+\]\(https:/.test(a.note))).toBe(true);
    expect(nb.annotations.some((a) => a.tags.length > 0)).toBe(true);
    expect(new Set(nb.annotations.flatMap((a) => (a.claim ? [a.claim.actorId] : []))).size).toBeGreaterThan(2);
  });

  it('quotes 20–300 characters, each anchored exactly where it was made', () => {
    for (const a of nb.annotations) {
      const { exact } = a.target.quote;
      expect(exact.length).toBeGreaterThanOrEqual(MIN_QUOTE);
      expect(exact.length).toBeLessThanOrEqual(MAX_QUOTE);
      expect(exact).toBe(exact.trim());
      expect(prose.text.slice(a.target.position.start, a.target.position.end)).toBe(exact);
      expect(anchor(prose.text, a.target).state).toBe('exact');
    }
  });

  it('is the same for the same seed', () => {
    expect(generateNotebook(prose, { annotations: 300, claims: 90 }, seeded('test/notebook'))).toEqual(nb);
  });
});

describe('revision and its known edits', () => {
  const nb = generateNotebook(prose, { annotations: 400 }, seeded('test/revised'));
  const spans = nb.annotations.map((a) => a.target.position);
  const revision = reviseProse(prose, spans, seeded('test/revision'), 0.05);
  const map = new RevisionMap(revision.replacements);

  it('edits about the requested share of paragraphs, some inside annotated passages', () => {
    expect(revision.editedParagraphs).toBe(Math.round(prose.paragraphs.length * 0.05));
    expect(revision.text).toBe(apply(prose.text, revision.replacements));
    const edited = spans.filter((s) => map.expected(s).kind === 'edited');
    expect(edited.length).toBeGreaterThan(0);
    expect(edited.length).toBeLessThan(spans.length / 2);
  });

  it('knows where every kept quote went: its words are there in the revised text', () => {
    for (const a of nb.annotations) {
      const e = map.expected(a.target.position);
      if (e.kind === 'kept') expect(revision.text.slice(e.start, e.end)).toBe(a.target.quote.exact);
    }
  });

  it('maps offsets around an insertion, a deletion and a replacement', () => {
    // "abcdefghij": insert "XY" at 2, delete 4–6, replace 8–9 by "Z".
    const m = new RevisionMap([
      { start: 2, end: 2, insert: 'XY' },
      { start: 4, end: 6, insert: '' },
      { start: 8, end: 9, insert: 'Z' },
    ]);
    expect(apply('abcdefghij', [{ start: 2, end: 2, insert: 'XY' }, { start: 4, end: 6, insert: '' }, { start: 8, end: 9, insert: 'Z' }])).toBe('abXYcdghZj');
    expect(m.expected({ start: 0, end: 2 })).toEqual({ kind: 'kept', start: 0, end: 2 }); // "ab", insertion right after it
    expect(m.expected({ start: 2, end: 4 })).toEqual({ kind: 'kept', start: 4, end: 6 }); // "cd", insertion right before it
    expect(m.expected({ start: 3, end: 8 })).toEqual({ kind: 'edited', start: 5, end: 8, survives: 3 / 5 }); // "defgh" → "dgh"
    expect(m.expected({ start: 4, end: 6 })).toEqual({ kind: 'deleted' }); // "ef", deleted
    expect(m.expected({ start: 1, end: 3 })).toEqual({ kind: 'edited', start: 1, end: 5, survives: 1 }); // "bc" with "XY" inserted inside
    expect(m.expected({ start: 7, end: 9 })).toEqual({ kind: 'edited', start: 7, end: 9, survives: 1 / 2 }); // "hi" → "hZ"
  });
});

describe('judging a placement', () => {
  it('accepts a kept quote only on its own words', () => {
    const kept = { kind: 'kept', start: 100, end: 140 } as const;
    expect(judge(kept, { start: 100, end: 140 }, 40)).toBe('kept-right');
    expect(judge(kept, { start: 5000, end: 5040 }, 40)).toBe('kept-elsewhere');
    expect(judge(kept, { start: 100, end: 139 }, 40)).toBe('kept-elsewhere');
    expect(judge(kept, null, 40)).toBe('kept-orphaned');
  });

  it('accepts an edited quote on its edited words, orphaned only when most of it is gone; a deleted one only orphaned', () => {
    const edited = { kind: 'edited', start: 100, end: 150, survives: 0.9 } as const;
    expect(judge(edited, null, 50)).toBe('edited-lost');
    expect(judge({ ...edited, survives: 0.3 }, null, 50)).toBe('edited-orphaned');
    expect(judge(edited, { start: 103, end: 148 }, 50)).toBe('edited-found');
    expect(judge(edited, { start: 100, end: 190 }, 50)).toBe('edited-elsewhere');
    expect(judge(edited, { start: 900, end: 950 }, 50)).toBe('edited-elsewhere');
    expect(judge({ kind: 'deleted' }, { start: 100, end: 140 }, 40)).toBe('deleted-elsewhere');
    expect(judge({ kind: 'deleted' }, null, 40)).toBe('deleted-orphaned');
    expect(accuracy(tally(['kept-right', 'edited-lost', 'kept-elsewhere', 'edited-found']))).toBe(0.5);
  });
});

describe('Hypothesis-style baseline', () => {
  it('finds an unchanged quote at its place, and an edited one near it', () => {
    const nb = generateNotebook(prose, { annotations: 50 }, seeded('test/baseline'));
    for (const a of nb.annotations.slice(0, 20)) {
      const { exact, prefix, suffix } = a.target.quote;
      const found = matchQuote(prose.text, exact, { prefix, suffix, hint: a.target.position.start });
      expect(found && { start: found.start, end: found.end }).toEqual({ start: a.target.position.start, end: a.target.position.end });
    }
    const a = nb.annotations.find((x) => x.target.quote.exact.length > 60)!;
    const { start, end } = a.target.position;
    const edited = `${prose.text.slice(0, start + 10)}Q${prose.text.slice(start + 11)}`;
    const found = matchQuote(edited, a.target.quote.exact, { prefix: a.target.quote.prefix, suffix: a.target.quote.suffix, hint: start });
    expect(found).not.toBeNull();
    expect(Math.abs(found!.start - start)).toBeLessThanOrEqual(2);
    expect(Math.abs(found!.end - end)).toBeLessThanOrEqual(2);
  });

  it('returns its best candidate with no threshold, and nothing for an empty quote', () => {
    expect(matchQuote('the coalition forces in the country', 'coalition forces', {})).toMatchObject({ start: 4, end: 20 });
    expect(matchQuote('abc', '', {})).toBeNull();
  });
});

describe('figures', () => {
  it('are the median of the runs with the fastest and slowest', () => {
    expect(summarize([5, 1, 4, 2, 3])).toMatchObject({ median: 3, min: 1, max: 5 });
    expect(summarize([4, 1, 3, 2])).toMatchObject({ median: 2.5, min: 1, max: 4 });
  });

  it('compare two contenders by the ratio of their medians, with the extreme per-run ratios', () => {
    expect(ratio([10, 30, 20], [5, 10, 5])).toMatchObject({ median: 4, min: 2, max: 4, samples: [2, 3, 4] });
  });
});
