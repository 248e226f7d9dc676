// ICD 203 words of estimative probability, as the analyst reads them.
import { LIKELIHOODS } from '../../../notes/model/vocabulary.ts';

/** "likely (55–80%)"; undefined for a key not on the scale. */
export function likelihoodLabel(key: string | undefined): string | undefined {
  const found = LIKELIHOODS.find((l) => l.key === key);
  return found ? `${found.label} (${found.range})` : undefined;
}
