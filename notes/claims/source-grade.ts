// How reliable a new claim's source is, before the analyst says otherwise.
// Reliability in the Admiralty code grades the source, not the statement, so a
// claim starts from its source's grade; a source nobody has graded is F,
// "reliability cannot be judged", never a guess.
import type { Reliability, Source } from '../model/schema.ts';

export const UNJUDGED: Reliability = 'F';

export function defaultReliability(source: Pick<Source, 'reliability'> | undefined): Reliability {
  return source?.reliability ?? UNJUDGED;
}
