// The Admiralty (NATO) grading an analyst gives a claim: the letter grades the
// source's reliability, the digit the credibility of this piece of information.
import type { Credibility, Reliability } from '../../../notes/model/schema.ts';

export const RELIABILITY_MEANING: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

export const CREDIBILITY_MEANING: Record<Credibility, string> = {
  '1': 'confirmed by other sources',
  '2': 'probably true',
  '3': 'possibly true',
  '4': 'doubtful',
  '5': 'improbable',
  '6': 'truth cannot be judged',
};

/** "B3" */
export function admiraltyCode(reliability: Reliability, credibility: Credibility): string {
  return reliability + credibility;
}

/** "Source B: usually reliable. Information 3: possibly true." — the tooltip of a code. */
export function admiraltyMeaning(reliability: Reliability, credibility: Credibility): string {
  return `Source ${reliability}: ${RELIABILITY_MEANING[reliability]}. Information ${credibility}: ${CREDIBILITY_MEANING[credibility]}.`;
}
