import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { describe } from '../anchoring/describe.ts';
import { sampleNotebook } from '../samples/sample.ts';
import { packNotebook, packNotebookText, unpackNotebook, unpackNotebookText, type PackedNotebook } from './packed.ts';
import { Annotation as AnnotationSchema, type Annotation, type Notebook } from './schema.ts';

const RUNS = { numRuns: 500, seed: Number(process.env.FC_SEED ?? 20261125) };
const at = '2024-05-01T09:00:00.000Z';

/** What the window gets: the notebook as main hands it over, read back. */
const crossed = (nb: Notebook): Notebook => {
  const text = packNotebookText(nb);
  // ASCII only (ascii-json.ts), whatever the notebook's script.
  expect(text).toMatch(/^[\x20-\x7e]*$/);
  return unpackNotebookText(text);
};

const text = fc.string({ unit: fc.constantFrom(...'ab c.\n', 'é', '\u00a0', 'ب', '😀'), minLength: 2, maxLength: 80 });

/** A quote as the app writes it, then perhaps spoiled the ways an edited source or a hand-made file spoils one. */
const annotationOn = (source: string) =>
  fc
    .record({
      a: fc.nat(source.length - 1),
      b: fc.nat(source.length - 1),
      spoil: fc.constantFrom('none', 'short', 'exact', 'prefix', 'suffix', 'shift', 'other-source'),
      claim: fc.boolean(),
      note: fc.string({ maxLength: 12 }),
      n: fc.nat(),
    })
    .map(({ a, b, spoil, claim, note, n }): Annotation => {
      // Never between the halves of an emoji: the app cannot select there.
      const low = (i: number) => /[\udc00-\udfff]/.test(source[i] ?? '');
      const start = low(Math.min(a, b)) ? Math.min(a, b) - 1 : Math.min(a, b);
      const end = Math.max(a, b) + 1 + (low(Math.max(a, b) + 1) ? 1 : 0);
      const target = describe(source, start, end);
      // Same lengths, another word: only reading the text tells them apart.
      const respell = (s: string) => (s ? `${s.slice(0, -1)}${s.endsWith('q') ? 'z' : 'q'}` : 'q');
      if (spoil === 'exact') target.quote.exact = respell(target.quote.exact);
      if (spoil === 'prefix') target.quote.prefix = respell(target.quote.prefix);
      if (spoil === 'suffix') target.quote.suffix = respell(target.quote.suffix);
      // Shorter context than the app writes (a hand-made or imported file) is still the source's.
      if (spoil === 'short') target.quote.suffix = target.quote.suffix.slice(0, 3);
      if (spoil === 'shift') target.position = { ...target.position, start: target.position.start + 1, end: target.position.end + 1 };
      return {
        id: `an-${n}`,
        sourceId: spoil === 'other-source' ? 'src-gone' : 'src-1',
        target,
        note,
        tags: [],
        ...(claim ? { claim: { actorId: 'baghdad', questionId: 'q1', position: 'End of the mission', cue: 'said', reliability: 'B' as const, credibility: '2' as const } } : {}),
        createdAt: at,
        updatedAt: at,
      };
    });

const notebook = text.chain((source) =>
  fc.array(annotationOn(source), { maxLength: 12 }).map((annotations): Notebook => {
    const nb = sampleNotebook(at);
    return { ...nb, sources: [{ ...nb.sources[0]!, id: 'src-1', text: source }], annotations };
  }),
);

suite('the notebook packed for the window', () => {
  it('unpacks to exactly the notebook main holds, every key in its place', () => {
    fc.assert(
      fc.property(notebook, (nb) => {
        const back = crossed(nb);
        expect(back).toEqual(nb);
        expect(JSON.stringify(back)).toBe(JSON.stringify(nb));
      }),
      RUNS,
    );
  });

  it('sends a quote whole unless its words and context are the source’s at its position', () => {
    fc.assert(
      fc.property(notebook, (nb) => {
        const source = nb.sources[0]!.text;
        packNotebook(nb).annotations.forEach((p, i) => {
          const { quote, position } = nb.annotations[i]!.target;
          const readsHere =
            nb.annotations[i]!.sourceId === 'src-1' &&
            source.slice(position.start, position.end) === quote.exact &&
            source.slice(position.start - quote.prefix.length, position.start) === quote.prefix &&
            position.start >= quote.prefix.length &&
            source.slice(position.end, position.end + quote.suffix.length) === quote.suffix;
          expect(p.at !== undefined, `annotation ${i}`).toBe(readsHere);
          if (!p.at) expect(p.target).toBe(nb.annotations[i]!.target);
        });
      }),
      RUNS,
    );
  });

  it('keeps every field the schema has, in its order', () => {
    const nb = sampleNotebook(at);
    const withClaim = crossed(nb).annotations.find((a) => a.claim)!;
    // The sample has no merged-in annotations, so no `by`.
    expect(Object.keys(withClaim)).toEqual(Object.keys(AnnotationSchema.shape).filter((k) => k !== 'by'));
  });

  it('sends less for the sample notebook (its text is most of it), with both claims still word for word', () => {
    const nb = sampleNotebook(at);
    const packed = packNotebook(nb);
    expect(packed.annotations.every((a) => a.at)).toBe(true);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(nb).length);
    expect(crossed(nb).annotations.map((a) => a.target.quote.exact)).toEqual(nb.annotations.map((a) => a.target.quote.exact));
  });

  it('refuses a packed quote that points outside its source, naming the annotation', () => {
    const nb = sampleNotebook(at);
    const packed = packNotebook(nb);
    const first = packed.annotations[0]!;
    const broken = { ...packed, annotations: [{ ...first, at: [0, nb.sources[0]!.text.length + 5, 0, 0] as const }] };
    expect(() => unpackNotebook(broken as PackedNotebook)).toThrow(`Annotation ${first.id} points outside its source's text.`);
  });

  it('says in one line what to do when the text arrives cut short, not what JSON.parse saw', () => {
    const text = packNotebookText(sampleNotebook(at));
    expect(() => unpackNotebookText(text.slice(0, text.length / 2))).toThrow(/^The notebook did not arrive whole from the app's main process\. The notebook's file is unchanged — open it again\.$/);
  });
});
