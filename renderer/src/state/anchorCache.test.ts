import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../../notes/model/apply.ts';
import { sampleNotebook, SAMPLE_IDS } from '../../../notes/samples/sample.ts';
import { describe as describeQuote } from '../../../notes/anchoring/index.ts';
import { AnchorCache } from './anchorCache.ts';

const NOW = '2024-07-30T12:00:00.000Z';
const nb = sampleNotebook(NOW);
const sourceId = nb.sources[0]!.id;

describe('anchor cache', () => {
  it('gives the same results while only notes change, so nothing drawn from them is redone', () => {
    const cache = new AnchorCache();
    const before = cache.update(nb);
    const edited = applyOperation(nb, { kind: 'annotation.update', id: SAMPLE_IDS.baghdadClaim, patch: { note: 'typing…' }, at: NOW }, NOW).notebook;
    expect(cache.update(edited)).toBe(before);
  });

  it('anchors again when a quote moves, an annotation is added, or the text changes', () => {
    const cache = new AnchorCache();
    const before = cache.update(nb);
    const text = nb.sources[0]!.text;
    const at = text.indexOf('transition');
    const added = applyOperation(
      nb,
      { kind: 'annotation.add', annotation: { id: 'an-new', sourceId, target: describeQuote(text, at, at + 10), note: '', tags: [], createdAt: NOW, updatedAt: NOW } },
      NOW,
    ).notebook;
    const afterAdd = cache.update(added);
    expect(afterAdd).not.toBe(before);
    expect(afterAdd.get(sourceId)!.get('an-new')).toMatchObject({ start: at, end: at + 10 });

    const retitled = { ...added, sources: added.sources.map((s) => ({ ...s, text: `PREFACE.\n\n${s.text}` })) };
    const afterText = cache.update(retitled);
    expect(afterText).not.toBe(afterAdd);
    expect(afterText.get(sourceId)!.get('an-new')).toMatchObject({ start: at + 10, end: at + 20 });
  });
});
