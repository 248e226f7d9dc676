import { describe, expect, it } from 'vitest';
import { anchorAll } from '../anchoring/index.ts';
import { describe as describeQuote } from '../anchoring/describe.ts';
import type { Annotation, Notebook } from '../model/schema.ts';
import { sampleNotebook } from '../samples/sample.ts';
import { paragraphs } from '../text/paragraphs.ts';
import { firstScreen } from './first-screen.ts';

const at = '2024-05-01T09:00:00.000Z';

/** The sample, with annotations quoting [start, end) of its article (a target whose quote is not in the text orphans). */
function notebookWith(quotes: { start: number; end: number; orphan?: boolean; sourceId?: string }[]): Notebook {
  const nb = sampleNotebook(at);
  const text = nb.sources[0]!.text;
  const annotations = quotes.map(({ start, end, orphan, sourceId }, i): Annotation => {
    const target = describeQuote(text, start, end);
    return {
      id: `an-${i}`,
      sourceId: sourceId ?? nb.sources[0]!.id,
      target: orphan ? { ...target, quote: { ...target.quote, exact: 'words no version of the article ever had in it' } } : target,
      note: '',
      tags: i % 2 ? [nb.tags[0]!.id] : [],
      ...(i % 3 === 0 ? { claim: { ...nb.annotations.find((a) => a.claim)!.claim!, actorId: nb.actors[1]!.id } } : {}),
      createdAt: at,
      updatedAt: at,
    };
  });
  return { ...nb, sources: [nb.sources[0]!, { ...nb.sources[0]!, id: 'src-other', title: 'Other' }], annotations };
}

describe('the first screen main hands the window', () => {
  it('is the top of the first source, cut at the end of a paragraph past the characters asked for', () => {
    const nb = sampleNotebook(at);
    const text = nb.sources[0]!.text;
    const screen = firstScreen(nb, 1500)!;
    expect(text.startsWith(screen.text)).toBe(true);
    const all = paragraphs(text);
    const k = all.findIndex((p) => p.end === screen.text.length);
    expect(k, 'it ends where a paragraph ends').toBeGreaterThanOrEqual(0);
    expect(all[k]!.start).toBeLessThan(1500);
    expect(all[k + 1]!.start).toBeGreaterThanOrEqual(1500);
    // The window splits the first screen's text into the same paragraphs as the whole text's first ones.
    expect(paragraphs(screen.text)).toEqual(all.slice(0, k + 1));
    expect(screen.source).toEqual({ id: nb.sources[0]!.id, title: nb.sources[0]!.title, publisher: nb.sources[0]!.publisher, format: 'text', ...(nb.sources[0]!.published ? { published: nb.sources[0]!.published } : {}) });
    expect(screen.notebookTitle).toBe(nb.title);
  });

  it("holds the anchored annotations wholly in that text, where they anchor, with what chooses their colour; it counts the rest", () => {
    const nb = notebookWith([
      { start: 900, end: 960 },
      { start: 10, end: 40 },
      { start: 1540, end: 1620 }, // crosses the cut
      { start: 200, end: 260, orphan: true },
      { start: 3000, end: 3050 },
      { start: 500, end: 520, sourceId: 'src-other' },
    ]);
    const screen = firstScreen(nb, 1500)!;
    expect(screen.text.length).toBeGreaterThan(960);
    expect(screen.text.length).toBeLessThan(1620);
    const anchors = anchorAll(nb.sources[0]!.text, nb.annotations.filter((a) => a.sourceId === nb.sources[0]!.id));
    expect(screen.spans.map((s) => s.id)).toEqual(['an-1', 'an-0']);
    for (const span of screen.spans) {
      const a = nb.annotations.find((x) => x.id === span.id)!;
      const anchor = anchors.get(a.id)!;
      expect(anchor.state).not.toBe('orphaned');
      expect(span).toMatchObject({ ...(anchor.state === 'orphaned' ? {} : { start: anchor.start, end: anchor.end }), tags: a.tags });
      expect(span.actorId).toBe(a.claim?.actorId);
    }
    expect(screen.annotations).toBe(5);
    expect(screen.anchored, 'the orphan is not anchored; the one past the cut is').toBe(4);
    expect(screen.actors).toEqual(nb.actors.map((a) => ({ id: a.id, color: a.color })));
    expect(screen.tags).toEqual(nb.tags.map((t) => ({ id: t.id, color: t.color })));
  });

  it('cuts a paragraph that runs far past the screens drawn', () => {
    const nb = sampleNotebook(at);
    const line = nb.sources[0]!.text.replace(/\s+/g, ' ');
    const screen = firstScreen({ ...nb, sources: [{ ...nb.sources[0]!, text: line }] }, 500)!;
    expect(screen.text).toBe(line.slice(0, 1000));
  });

  it('is nothing when the reader would open on no text', () => {
    const nb = sampleNotebook(at);
    expect(firstScreen({ ...nb, sources: [] })).toBeNull();
    expect(firstScreen({ ...nb, sources: [{ ...nb.sources[0]!, text: ' \n\n \n' }] })).toBeNull();
  });
});
