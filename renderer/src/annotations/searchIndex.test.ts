import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../../notes/model/apply.ts';
import type { Annotation, Notebook } from '../../../notes/model/schema.ts';
import { sampleNotebook, SAMPLE_IDS } from '../../../notes/samples/sample.ts';
import fc from 'fast-check';
import { filterAnnotations, narrows, NO_FILTERS, normalize, SearchIndex, SearchSession } from './searchIndex.ts';

const NOW = '2024-07-30T12:00:00.000Z';
const nb = sampleNotebook(NOW);
const ids = (list: Annotation[]) => list.map((a) => a.id);
const search = (n: Notebook, query: string, index = new SearchIndex()) => ids(filterAnnotations(n, index, { ...NO_FILTERS, query }));
/** The sample's claims by one actor, in notebook order. */
const claimsBy = (actorId: string) => ids(nb.annotations.filter((a) => a.claim?.actorId === actorId));

describe('annotation search', () => {
  it('finds quotes, notes, tags, actors and positions, ignoring case', () => {
    expect(search(nb, 'TRANSITION')).toContain(SAMPLE_IDS.washingtonClaim);
    // An alias of Washington's: every claim it makes, and no other.
    expect(search(nb, 'pentagon')).toEqual(claimsBy(SAMPLE_IDS.washington));
    expect(search(nb, 'end of the mission')).toContain(SAMPLE_IDS.baghdadClaim);
    expect(search(nb, 'coalition future')).toEqual(ids(nb.annotations.filter((a) => a.tags.includes(SAMPLE_IDS.tag))));
  });

  it('finds a claim by its Admiralty grade and by an alias of its actor', () => {
    const baghdad = nb.annotations.find((a) => a.id === SAMPLE_IDS.baghdadClaim)!.claim!;
    expect(search(nb, `${baghdad.reliability}${baghdad.credibility}`.toLowerCase())).toContain(SAMPLE_IDS.baghdadClaim);
    const alias = applyOperation(nb, { kind: 'actor.update', id: baghdad.actorId, patch: { aliases: ['GoI spokesman'] } }, NOW).notebook;
    expect(search(alias, 'goi spokesman')).toEqual(claimsBy(SAMPLE_IDS.baghdad));
  });

  it('needs every word, in any order', () => {
    expect(search(nb, 'forces commission')).toEqual([SAMPLE_IDS.baghdadClaim]);
    expect(search(nb, 'forces transition')).toEqual([]);
  });

  it('matches curly quotes and apostrophes typed straight', () => {
    const note = applyOperation(nb, { kind: 'annotation.update', id: SAMPLE_IDS.baghdadClaim, patch: { note: 'the coalition’s “exit”' }, at: NOW }, NOW).notebook;
    expect(search(note, "coalition's \"exit\"")).toEqual([SAMPLE_IDS.baghdadClaim]);
  });

  it('folds every curly quote, prime, dash and no-break space to its plain form, and nothing else', () => {
    expect(normalize('‘a’ ‚b‛ c′ “D” „e‟ f″ 1–2—3−4 5\u00a06\u20077\u202f8')).toBe(`'a' 'b' c' "d" "e" f" 1-2-3-4 5 6 7 8`);
    expect(normalize('Ärger • naïve … «quoted» ‹x›')).toBe('ärger • naïve … «quoted» ‹x›');
  });

  it('sees an edited note and a renamed tag with the same index', () => {
    const index = new SearchIndex();
    expect(search(nb, 'zebra', index)).toEqual([]);
    const edited = applyOperation(nb, { kind: 'annotation.update', id: SAMPLE_IDS.washingtonClaim, patch: { note: 'zebra' }, at: NOW }, NOW).notebook;
    expect(search(edited, 'zebra', index)).toEqual([SAMPLE_IDS.washingtonClaim]);
    const renamed = applyOperation(edited, { kind: 'tag.update', id: SAMPLE_IDS.tag, patch: { label: 'Okapi' } }, NOW).notebook;
    expect(search(renamed, 'okapi', index).length).toBeGreaterThan(0);
  });

  it('filters by actor, question, tag and source', () => {
    const index = new SearchIndex();
    const only = (f: Partial<typeof NO_FILTERS>) => ids(filterAnnotations(nb, index, { ...NO_FILTERS, ...f }));
    expect(only({ actorId: SAMPLE_IDS.baghdad })).toEqual(claimsBy(SAMPLE_IDS.baghdad));
    expect(only({ actorId: SAMPLE_IDS.baghdad })).toContain(SAMPLE_IDS.baghdadClaim);
    expect(only({ questionId: SAMPLE_IDS.question })).toEqual(ids(nb.annotations.filter((a) => a.claim?.questionId === SAMPLE_IDS.question)));
    expect(only({ questionId: SAMPLE_IDS.question })).not.toContain(SAMPLE_IDS.violation);
    expect(only({ sourceId: 'elsewhere' })).toEqual([]);
    expect(only({ tagId: 'no-such-tag' })).toEqual([]);
  });

  it('stays a plain scan over precomputed text at 10,000 annotations', () => {
    const base = nb.annotations[0]!;
    const many: Notebook = { ...nb, annotations: Array.from({ length: 10_000 }, (_, i) => ({ ...base, id: `a${i}`, note: i === 9_999 ? 'needle' : `note ${i}` })) };
    const index = new SearchIndex();
    expect(search(many, 'needle', index)).toEqual(['a9999']);
    expect(search(many, '9998 NOTE', index)).toEqual(['a9998']);
  });

  it('narrows only when every earlier word is inside a new one', () => {
    expect(narrows(['pesh'], ['peshm'])).toBe(true);
    expect(narrows(['pesh'], ['peshmerga', 'kirkuk'])).toBe(true);
    expect(narrows([], ['x'])).toBe(true);
    expect(narrows(['peshm'], ['pesh'])).toBe(false);
    expect(narrows(['kirkuk', 'pesh'], ['kirkuk'])).toBe(false);
  });

  it('search as you type finds what a fresh search finds, keystroke after keystroke, across edits and filters', () => {
    const words = ['coalition', 'transition', 'the', 'baghdad', 'forces', 'zebra', 'end'];
    const step = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), char: fc.constantFrom(...'coalitin trasbghdf'.split('')) }),
      fc.record({ kind: fc.constant('erase' as const) }),
      fc.record({ kind: fc.constant('word' as const), word: fc.constantFrom(...words) }),
      fc.record({ kind: fc.constant('note' as const), word: fc.constantFrom(...words) }),
      fc.record({ kind: fc.constant('actor' as const), on: fc.boolean() }),
      // The haystacks were built ahead, in the background, as the pane does after each change.
      fc.record({ kind: fc.constant('ready' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const index = new SearchIndex();
        const session = new SearchSession(index);
        let notebook = nb;
        let query = '';
        let actorId = '';
        for (const s of steps) {
          if (s.kind === 'type') query += s.char;
          else if (s.kind === 'erase') query = query.slice(0, -1);
          else if (s.kind === 'word') query = `${query} ${s.word}`;
          else if (s.kind === 'actor') actorId = s.on ? SAMPLE_IDS.baghdad : '';
          else if (s.kind === 'ready') session.prepare(notebook);
          else notebook = applyOperation(notebook, { kind: 'annotation.update', id: SAMPLE_IDS.washingtonClaim, patch: { note: s.word }, at: NOW }, NOW).notebook;
          const filters = { ...NO_FILTERS, query, actorId };
          expect(ids(session.run(notebook, filters))).toEqual(ids(filterAnnotations(notebook, new SearchIndex(), filters)));
        }
      }),
      { seed: Number(process.env.FC_SEED ?? 20261125), numRuns: 200 },
    );
  });

  it('readies the whole index in slices', () => {
    const base = nb.annotations[0]!;
    const many: Notebook = { ...nb, annotations: [...nb.annotations, ...Array.from({ length: 500 }, (_, i) => ({ ...base, id: `a${i}` }))] };
    const session = new SearchSession(new SearchIndex());
    let slices = 0;
    for (let ready = false; !ready && slices < 1000; slices++) ready = session.prepare(many, many.annotations, 0);
    expect(slices).toBeGreaterThan(1);
    expect(session.prepare(many, many.annotations, 0)).toBe(true);
    expect(ids(session.run(many, { ...NO_FILTERS, query: 'pentagon' }))).toEqual(claimsBy(SAMPLE_IDS.washington));
  });

  it('stops a slice when an input is waiting, and goes on from there', () => {
    const base = nb.annotations[0]!;
    const many: Notebook = { ...nb, annotations: Array.from({ length: 1_000 }, (_, i) => ({ ...base, id: `a${i}` })) };
    const session = new SearchSession(new SearchIndex());
    let asked = 0;
    expect(session.prepare(many, many.annotations, Infinity, () => ++asked === 3)).toBe(false);
    expect(asked).toBe(3);
    expect(session.prepare(many, many.annotations, Infinity, () => false)).toBe(true);
    const word = base.target.quote.exact.split(/\s+/)[0]!;
    expect(ids(session.run(many, { ...NO_FILTERS, query: word })).length).toBe(1_000);
  });
});
