// Anchoring every annotation of a source is the costly step of drawing it, so
// results are kept per source and recomputed only when the source's text or
// one of its annotations' targets changes (editing a note keeps the target
// object, so typing never re-anchors).
import { anchorAll, shownAnchoring, type AnchorResult } from '../../../notes/anchoring/index.ts';
import type { Annotation, Notebook, Target } from '../../../notes/model/schema.ts';

export type Anchors = ReadonlyMap<string, AnchorResult>;

interface Entry {
  text: string;
  targets: Target[];
  ids: string[];
  results: Anchors;
}

export class AnchorCache {
  private entries = new Map<string, Entry>();
  private results: ReadonlyMap<string, Anchors> | null = null;

  /** What the results were computed from, in notebook order: one pass tells an edit of a note from a move. */
  private seen: { ids: string[]; sourceIds: string[]; targets: Target[]; texts: Map<string, string> } | null = null;

  /** Anchor results of every annotation, by source id. */
  update(nb: Notebook): ReadonlyMap<string, Anchors> {
    // The same map while nothing moved, so what is drawn from it (highlights, the list's order) is not redone on every keystroke.
    if (this.results && this.unchanged(nb)) return this.results;
    this.seen = {
      ids: nb.annotations.map((a) => a.id),
      sourceIds: nb.annotations.map((a) => a.sourceId),
      targets: nb.annotations.map((a) => a.target),
      texts: new Map(nb.sources.map((s) => [s.id, s.text])),
    };
    const bySource = new Map<string, Annotation[]>();
    for (const a of nb.annotations) {
      let list = bySource.get(a.sourceId);
      if (!list) bySource.set(a.sourceId, (list = []));
      list.push(a);
    }
    const next = new Map<string, Entry>();
    for (const source of nb.sources) {
      const annotations = bySource.get(source.id) ?? [];
      const old = this.entries.get(source.id);
      const unchanged =
        old &&
        old.text === source.text &&
        old.targets.length === annotations.length &&
        annotations.every((a, i) => old.targets[i] === a.target && old.ids[i] === a.id);
      next.set(
        source.id,
        unchanged
          ? old
          : { text: source.text, targets: annotations.map((a) => a.target), ids: annotations.map((a) => a.id), results: asSaved(anchorAll(source.text, annotations), annotations) },
      );
    }
    this.entries = next;
    this.results = new Map([...next].map(([id, e]) => [id, e.results]));
    return this.results;
  }

  private unchanged(nb: Notebook): boolean {
    const seen = this.seen;
    if (!seen || seen.ids.length !== nb.annotations.length || seen.texts.size !== nb.sources.length) return false;
    for (const source of nb.sources) if (seen.texts.get(source.id) !== source.text) return false;
    const list = nb.annotations;
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      if (a.target !== seen.targets[i] || a.id !== seen.ids[i] || a.sourceId !== seen.sourceIds[i]) return false;
    }
    return true;
  }
}

/**
 * An annotation the last revision orphaned keeps its old quote, which may
 * anchor by chance on a look-alike: it stays an orphan (listed, not drawn)
 * until the analyst re-places it. Its target changes then, so this is
 * recomputed.
 */
function asSaved(results: Map<string, AnchorResult>, annotations: readonly Annotation[]): Anchors {
  for (const a of annotations) {
    const live = results.get(a.id);
    if (live && live.state !== 'orphaned' && shownAnchoring(a, live).state === 'orphaned') results.set(a.id, { state: 'orphaned' });
  }
  return results;
}
