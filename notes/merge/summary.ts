// What a merge brings in, in the analyst's words: how many annotations are
// new, changed or removed, how many other records changed, how many conflicts
// wait — in all, by source and by actor (the preview before anything is
// written, and the CLI's report).
import type { Notebook } from '../model/schema.ts';
import type { MergeResult } from './merge.ts';

export interface Tally {
  added: number;
  changed: number;
  removed: number;
  conflicts: number;
}

export interface MergeSummary {
  /** Theirs' author, else its title. */
  from: string;
  hadBase: boolean;
  /** Theirs shares no source with ours: its sources come in as extra ones. */
  otherArticle: boolean;
  annotations: Tally;
  /** Sources, actors, questions, tags, relations, key judgments and the briefing. */
  otherRecords: Tally;
  /** Conflicts this merge raised (unresolved earlier ones are in notebook.conflicts too). */
  conflicts: number;
  newSources: { id: string; title: string }[];
  newActors: { id: string; name: string }[];
  bySource: ({ sourceId: string; title: string } & Tally)[];
  /** Claims only; annotations without a claim are counted by source. */
  byActor: ({ actorId: string; name: string } & Tally)[];
}

const zero = (): Tally => ({ added: 0, changed: 0, removed: 0, conflicts: 0 });

export function summarize(result: MergeResult, ours: Notebook): MergeSummary {
  const nb = result.notebook;
  const annotationOf = new Map([...ours.annotations, ...nb.annotations].map((a) => [a.id, a]));
  const sourceTitle = new Map([...ours.sources, ...nb.sources].map((s) => [s.id, s.title]));
  const actorName = new Map([...ours.actors, ...nb.actors].map((a) => [a.id, a.name]));
  const annotations = zero();
  const otherRecords = zero();
  const bySource = new Map<string, Tally>();
  const byActor = new Map<string, Tally>();
  const count = (kind: string, id: string, key: keyof Tally) => {
    (kind === 'annotation' ? annotations : otherRecords)[key]++;
    const a = kind === 'annotation' ? annotationOf.get(id) : undefined;
    if (!a) return;
    const s = bySource.get(a.sourceId) ?? zero();
    s[key]++;
    bySource.set(a.sourceId, s);
    if (!a.claim) return;
    const c = byActor.get(a.claim.actorId) ?? zero();
    c[key]++;
    byActor.set(a.claim.actorId, c);
  };
  for (const c of result.changes) count(c.kind, c.id, c.how);
  for (const c of result.conflicts) count(c.kind, c.recordId, 'conflicts');
  const oursSources = new Set(ours.sources.map((s) => s.id));
  const oursActors = new Set(ours.actors.map((a) => a.id));
  return {
    from: result.from,
    hadBase: result.hadBase,
    otherArticle: result.otherArticle,
    annotations,
    otherRecords,
    conflicts: result.conflicts.length,
    newSources: nb.sources.filter((s) => !oursSources.has(s.id)).map((s) => ({ id: s.id, title: s.title })),
    newActors: nb.actors.filter((a) => !oursActors.has(a.id)).map((a) => ({ id: a.id, name: a.name })),
    bySource: [...bySource].map(([sourceId, t]) => ({ sourceId, title: sourceTitle.get(sourceId) ?? sourceId, ...t })),
    byActor: [...byActor].map(([actorId, t]) => ({ actorId, name: actorName.get(actorId) ?? actorId, ...t })),
  };
}
