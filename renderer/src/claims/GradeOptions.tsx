// The Admiralty grades as a <select>'s options ("B — Usually reliable"), the
// same wherever a grade is chosen: the claim form and a source's details.
import { CREDIBILITY, RELIABILITY } from '../../../notes/model/vocabulary.ts';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from './admiralty.ts';

export function ReliabilityOptions() {
  return RELIABILITY.map((r) => (
    <option key={r} value={r}>
      {r} — {RELIABILITY_LABELS[r]}
    </option>
  ));
}

export function CredibilityOptions() {
  return CREDIBILITY.map((c) => (
    <option key={c} value={c}>
      {c} — {CREDIBILITY_LABELS[c]}
    </option>
  ));
}
