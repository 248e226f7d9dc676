// The notebook's fixed vocabularies, without the schema library: the window
// shows them (claim form, likelihoods, relations) and needs nothing else of
// the schema at run time. schema.ts builds its checks from these.

export const SCHEMA_VERSION = 2;

/** Admiralty code: how reliable is the source, how credible is this piece of information. */
export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const CREDIBILITY = ['1', '2', '3', '4', '5', '6'] as const;

/** Attribution cues seen in news copy; the list only seeds suggestions, any word is allowed. */
export const COMMON_CUES = [
  'said',
  'told',
  'described',
  'maintained',
  'reported',
  'stated',
  'claimed',
  'announced',
  'denied',
  'according to',
] as const;

export const RELATION_KINDS = ['supports', 'contradicts', 'qualifies'] as const;

/** ICD 203 expressions of likelihood, in order. */
export const LIKELIHOODS = [
  { key: 'almost-no-chance', label: 'almost no chance', range: '01–05%' },
  { key: 'very-unlikely', label: 'very unlikely', range: '05–20%' },
  { key: 'unlikely', label: 'unlikely', range: '20–45%' },
  { key: 'roughly-even-chance', label: 'roughly even chance', range: '45–55%' },
  { key: 'likely', label: 'likely', range: '55–80%' },
  { key: 'very-likely', label: 'very likely', range: '80–95%' },
  { key: 'almost-certain', label: 'almost certain', range: '95–99%' },
] as const;
