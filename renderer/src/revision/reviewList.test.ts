import { describe as group, expect, it } from 'vitest';
import { anchorAll, confirmAnchoring, describe, reanchorSource, replaceAnchoring } from '../../../notes/anchoring/index.ts';
import { applyOperation } from '../../../notes/model/apply.ts';
import { emptyNotebook } from '../../../notes/model/factory.ts';
import type { Annotation, Source } from '../../../notes/model/schema.ts';
import { describeShown, reviewList } from './reviewList.ts';

const NOW = '2026-12-05T00:00:00.000Z';
const OLD = 'Baghdad says the talks will end the mission. Washington calls it a transition. The delegation met on Monday.';
const NEW = 'Baghdad says the talks will conclude the mission. The delegation met on Monday.';

function annotation(id: string, quote: string): Annotation {
  const start = OLD.indexOf(quote);
  return { id, sourceId: 's', target: describe(OLD, start, start + quote.length), note: '', tags: [], createdAt: '2026-12-05T00:00:00Z', updatedAt: '2026-12-05T00:00:00Z' };
}

const SOURCE: Source = { id: 's', title: 'Talks', publisher: '', format: 'text', text: NEW, sha256: '0'.repeat(64), importedAt: NOW, updatedAt: NOW };

const before = [annotation('edited', 'the talks will end the mission'), annotation('deleted', 'Washington calls it a transition'), annotation('kept', 'The delegation met')];
const { annotations: after } = reanchorSource(NEW, before);
const listOf = (list: Annotation[]) => reviewList(list, anchorAll(NEW, list));

group('reviewList', () => {
  it('counts how each annotation was found and lists the changed and lost ones, with the old quote beside the new words', () => {
    const { counts, items, toReview } = listOf(after);
    expect(counts).toEqual({ exact: 0, moved: 1, fuzzy: 1, orphaned: 1 });
    expect(toReview).toBe(2);
    const byId = new Map(items.map((i) => [i.annotation.id, i]));
    expect(byId.get('edited')).toMatchObject({ was: 'the talks will end the mission', now: 'the talks will conclude the mission', review: true });
    expect(byId.get('deleted')).toMatchObject({ was: 'Washington calls it a transition', now: null, review: true });
    expect(byId.get('kept')).toMatchObject({ now: 'The delegation met', review: false });
    expect(describeShown(byId.get('edited')!.shown)).toMatch(/^fuzzy — \d+ changes$/);
  });

  it('keeps a confirmed or re-placed annotation listed, no longer waiting', () => {
    const edited = after.find((a) => a.id === 'edited')!;
    const deleted = after.find((a) => a.id === 'deleted')!;
    let list = after;
    for (const op of [confirmAnchoring(edited, NOW), replaceAnchoring(deleted, NEW, 0, 7, NOW)]) {
      const notebook = emptyNotebook('Talks', NOW);
      list = applyOperation({ ...notebook, sources: [SOURCE], annotations: list }, op, NOW).notebook.annotations;
    }
    const { items, toReview } = listOf(list);
    expect(toReview).toBe(0);
    const byId = new Map(items.map((i) => [i.annotation.id, i]));
    expect(describeShown(byId.get('edited')!.shown)).toMatch(/^fuzzy — \d+ changes, confirmed$/);
    expect(byId.get('deleted')).toMatchObject({ now: 'Baghdad', review: false });
    expect(describeShown(byId.get('deleted')!.shown)).toBe('placed by hand');
  });
});

