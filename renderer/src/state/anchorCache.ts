// Anchoring every annotation of a source is the costly step of drawing it, so
// results are kept per source and recomputed only when the source's text or
// one of its annotations' targets changes (editing a note keeps the target
// object, so typing never re-anchors).
import { anchorAll, type AnchorResult } from '../../../notes/anchoring/index.ts';
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

  /** Anchor results of every annotation, by source id. */
  update(nb: Notebook): ReadonlyMap<string, Anchors> {
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
          : { text: source.text, targets: annotations.map((a) => a.target), ids: annotations.map((a) => a.id), results: anchorAll(source.text, annotations) },
      );
    }
    this.entries = next;
    return new Map([...next].map(([id, e]) => [id, e.results]));
  }
}
