// The notebook's fixed vocabularies, without the schema library: the window
// shows them (claim form, likelihoods, relations) and needs nothing else of
// the schema at run time. schema.ts builds its checks from these.

export const SCHEMA_VERSION = 2;

/** Admiralty code: how reliable is the source, how credible is this piece of information. */
export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const CREDIBILITY = ['1', '2', '3', '4', '5', '6'] as const;

/** What a source was imported from. */
export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'pdf', 'docx'] as const;

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

// Limits no analyst reaches, so that every export, the editor and the CLI can
// promise to handle the longest value a notebook may hold. A note of 100,000
// characters is some 15,000 words (forty printed pages); a source of 5,000,000
// characters is a book of 2,500 pages, several times the longest official
// report the notebook has been used with. Relations carry a line of reasoning,
// not an essay. Files written before these limits that exceed one are refused
// on open with a line naming the field and the limit; they are never rewritten.

/** Titles, names, labels, positions. */
export const TITLE_MAX_CHARS = 200;
/** An annotation's note, the BLUF, a key judgment, a note on a question. */
export const NOTE_MAX_CHARS = 100_000;
/** The note on a relation between two annotations. */
export const RELATION_NOTE_MAX_CHARS = 10_000;
/** A source's text. */
export const SOURCE_MAX_CHARS = 5_000_000;
/** The editors show how much is left once a text is this close to its limit. */
export const LIMIT_WARNING_SHARE = 0.9;
