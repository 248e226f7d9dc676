// How reliable a new claim's source is, before the analyst says otherwise.
// Reliability in the Admiralty code grades the source, not the statement, so a
// claim starts from its source's grade. A source with no grade of its own
// keeps the grade the analyst gave its latest claim (that grade judged the
// source); a source nobody has judged is F, "reliability cannot be judged",
// never a guess. The claim form, the CLI and accepted suggestions all start here.
import type { Notebook, Reliability } from '../model/schema.ts';

export const UNJUDGED: Reliability = 'F';

export function defaultReliability(nb: Pick<Notebook, 'sources' | 'annotations'>, sourceId: string | undefined): Reliability {
  const source = nb.sources.find((s) => s.id === sourceId);
  if (source?.reliability) return source.reliability;
  return nb.annotations.findLast((a) => a.sourceId === sourceId && a.claim)?.claim?.reliability ?? UNJUDGED;
}
