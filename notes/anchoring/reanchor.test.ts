import { describe as group, expect, it } from 'vitest';
import { Annotation as AnnotationSchema, type Annotation, type Claim } from '../model/schema.ts';
import { anchor, anchorAll, describe, reanchorSource } from './index.ts';
import { BAGHDAD_QUOTE, WASHINGTON_SENTENCE, article, editDistance, replaceOnce, spanIn } from './test-support/texts.ts';

const CREATED = '2026-01-05T09:00:00.000Z';
const UPDATED = '2026-01-06T10:30:00.000Z';

function annotation(id: string, text: string, sentence: string, exact = sentence, claim?: Claim): Annotation {
  const { start, end } = spanIn(text, sentence, exact);
  return {
    id,
    sourceId: 'src-coalition',
    target: describe(text, start, end),
    note: `Note on ${id}: **check** the wording.`,
    tags: ['tag-key'],
    ...(claim ? { claim } : {}),
    createdAt: CREATED,
    updatedAt: UPDATED,
  };
}

const claim = (actorId: string, position: string): Claim => ({
  actorId,
  questionId: 'q-future',
  position,
  cue: 'maintained',
  reliability: 'B',
  credibility: '2',
});

const headline = annotation('a-headline', article, 'Iraqi, US officials meet in Washington');
const baghdad = annotation('a-baghdad', article, BAGHDAD_QUOTE, BAGHDAD_QUOTE, claim('actor-baghdad', 'End of mission'));
const washington = annotation('a-washington', article, WASHINGTON_SENTENCE, 'transition', claim('actor-washington', 'Transition'));
const ryder = annotation('a-ryder', article, 'seeking to transition from its mission against ISIS');
const timelines = annotation('a-timelines', article, 'have not set any timelines for US force changes in Iraq');
const austin = annotation('a-austin', article, 'So, we must adapt the mission of Inherent Resolve to meet this changing threat.');
const all = [headline, baghdad, washington, ryder, timelines, austin];

// A revision: a correction note after the headline, a reworded clause, a deleted sentence.
const revised = [
  [
    'Iraqi, US officials meet in Washington to discuss coalition’s future\n',
    'Iraqi, US officials meet in Washington to discuss coalition’s future\n\nCorrection: an earlier version misstated the date.\n',
  ],
  ['the commission aims to conclude the presence', 'the commission intends to end the presence'],
  [
    '\n\nDespite the rounds of meetings, the Pentagon said in February that Washington and Baghdad have not set any timelines for US force changes in Iraq.',
    '',
  ],
].reduce((text, [from, to]) => replaceOnce(text, from!, to!), article);

group('reanchorSource', () => {
  const { annotations, results } = reanchorSource(revised, all);

  it('reports the state of each annotation', () => {
    expect(results).toEqual([
      { annotationId: 'a-headline', state: 'exact' },
      {
        annotationId: 'a-baghdad',
        state: 'fuzzy',
        errors: editDistance(BAGHDAD_QUOTE, 'the commission intends to end the presence of the coalition forces in the country'),
      },
      { annotationId: 'a-washington', state: 'moved' },
      { annotationId: 'a-ryder', state: 'moved' },
      { annotationId: 'a-timelines', state: 'orphaned' },
      { annotationId: 'a-austin', state: 'moved' },
    ]);
  });

  it('keeps every annotation, in order, with its id, note, tags, claim and dates', () => {
    expect(annotations.map((a) => a.id)).toEqual(all.map((a) => a.id));
    annotations.forEach((a, i) => {
      const { target: _new, anchoring: _found, ...rest } = a;
      const { target: _old, ...before } = all[i]!;
      expect(rest).toEqual(before);
      expect(AnnotationSchema.safeParse(a).success).toBe(true);
    });
  });

  it('records with each annotation how it was found, to be shown after the notebook is saved and reopened', () => {
    // A fuzzy one keeps its quote from before the revision, to be shown beside the words found.
    expect(annotations.map((a) => a.anchoring)).toEqual(
      results.map((r, i) => (r.state === 'fuzzy' ? { state: 'fuzzy', changes: r.errors, was: all[i]!.target.quote.exact } : { state: r.state })),
    );
  });

  it('gives found annotations selectors that describe their new place', () => {
    for (const a of annotations.filter((x) => x.id !== 'a-timelines')) {
      const { start, end } = a.target.position;
      expect(a.target).toEqual(describe(revised, start, end));
    }
    const byId = new Map(annotations.map((a) => [a.id, a]));
    expect(byId.get('a-baghdad')!.target.quote.exact).toBe(
      'the commission intends to end the presence of the coalition forces in the country',
    );
    const w = byId.get('a-washington')!.target;
    expect(revised.slice(w.position.start - 11, w.position.end + 1)).toBe('only as a “transition”');
    expect(byId.get('a-ryder')!.target.quote.exact).toBe(ryder.target.quote.exact);
  });

  it('returns orphans with their old selectors, so they can be re-attached by hand', () => {
    expect(annotations[4]).toEqual({ ...timelines, anchoring: { state: 'orphaned' } });
  });

  it('is stable: re-anchoring the result against the same text finds everything exactly', () => {
    const again = reanchorSource(revised, annotations);
    expect(again.results.map((r) => r.state)).toEqual(['exact', 'exact', 'exact', 'exact', 'orphaned', 'exact']);
    expect(again.annotations).toEqual(annotations.map((a) => (a.id === 'a-timelines' ? a : { ...a, anchoring: { state: 'exact' } })));
  });
});

group('anchorAll', () => {
  it('answers by annotation id, as anchor() does one by one', () => {
    const results = anchorAll(revised, all);
    expect([...results.keys()]).toEqual(all.map((a) => a.id));
    for (const a of all) expect(results.get(a.id)).toEqual(anchor(revised, a.target));
  });

  it('follows many annotations in a long source after a large insertion near the top', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}. ${article}`);
    const long = paragraphs.join('\n\n');
    // Each quote is unique by its paragraph number; the inserted text repeats much of the article.
    const many = paragraphs.map((p, i) =>
      annotation(`a-${i}`, long, p, i % 2 ? `Paragraph ${i + 1}. Iraqi, US` : `Paragraph ${i + 1}.`),
    );
    const insertion = `Editor’s summary.\n\n${article.slice(0, 3000)}\n\n`;
    const at = long.indexOf('Austin met with');
    const edited = long.slice(0, at) + insertion + long.slice(at);
    const results = anchorAll(edited, many);
    many.forEach((a, i) => {
      const r = results.get(a.id)!;
      const shift = i === 0 ? 0 : insertion.length;
      expect(r).toEqual({
        state: i === 0 ? 'exact' : 'moved',
        start: a.target.position.start + shift,
        end: a.target.position.end + shift,
        errors: 0,
      });
    });
  });
});
