// Search-as-you-type over quotes, notes, tags and claim fields. Each
// annotation gets one normalised lowercase haystack, cached by id and object
// (an edit replaces the annotation object, so only edited ones are rebuilt),
// and a query is a few `includes` per annotation: fast at 10,000.
import type { Annotation, Notebook } from '../../../notes/model/schema.ts';

const PLAIN: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ',
};
const TYPOGRAPHIC = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u2013\u2014\u2212\u00a0\u2007\u202f]/g;

/** Case- and typography-insensitive form: curly quotes, dashes and no-break spaces match their plain forms. */
export function normalize(text: string): string {
  // One pass for all of them: a replace per kind scanned each haystack four times, most of building the index.
  return text.toLowerCase().replace(TYPOGRAPHIC, (c) => PLAIN[c]!);
}

export function queryTerms(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean);
}

export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}

type Lookups = Pick<Notebook, 'actors' | 'questions' | 'tags' | 'sources'>;

export class SearchIndex {
  // By id, checked against the annotation object: a WeakMap of 10,000 entries cost more to fill (and
  // to collect) than building the haystacks did. An edited annotation's entry is replaced by its own.
  private cache = new Map<string, { annotation: Annotation; text: string }>();
  private lookups: Lookups | null = null;

  /** The haystack of one annotation of `nb`. */
  haystack(annotation: Annotation, nb: Lookups): string {
    if (!this.lookups || this.lookups.actors !== nb.actors || this.lookups.questions !== nb.questions || this.lookups.tags !== nb.tags || this.lookups.sources !== nb.sources) {
      // A renamed actor, tag or question changes every haystack that names it.
      this.cache = new Map();
      this.lookups = { actors: nb.actors, questions: nb.questions, tags: nb.tags, sources: nb.sources };
    }
    const cached = this.cache.get(annotation.id);
    if (cached?.annotation === annotation) return cached.text;
    const text = normalize(fieldsOf(annotation, nb).join('\n'));
    this.cache.set(annotation.id, { annotation, text });
    return text;
  }
}

function fieldsOf(a: Annotation, nb: Lookups): string[] {
  const fields = [a.target.quote.exact, a.note];
  for (const id of a.tags) {
    const tag = nb.tags.find((t) => t.id === id);
    if (tag) fields.push(tag.label);
  }
  if (a.claim) {
    const actor = nb.actors.find((x) => x.id === a.claim!.actorId);
    const question = nb.questions.find((q) => q.id === a.claim!.questionId);
    if (actor) fields.push(actor.name, ...actor.aliases);
    if (question) fields.push(question.text);
    // The Admiralty grade as analysts write it ("B2"), so a search for it finds the claim.
    fields.push(a.claim.position, a.claim.cue, `${a.claim.reliability}${a.claim.credibility}`);
  }
  return fields;
}

export interface Filters {
  query: string;
  actorId: string;
  questionId: string;
  tagId: string;
  /** A source id, or '' for every source. */
  sourceId: string;
}

export const NO_FILTERS: Filters = { query: '', actorId: '', questionId: '', tagId: '', sourceId: '' };

/** The annotations that pass the filters and contain every search term, in notebook order. */
export function filterAnnotations(nb: Notebook, index: SearchIndex, filters: Filters): Annotation[] {
  const terms = queryTerms(filters.query);
  return nb.annotations.filter(
    (a) =>
      (!filters.sourceId || a.sourceId === filters.sourceId) &&
      (!filters.actorId || a.claim?.actorId === filters.actorId) &&
      (!filters.questionId || a.claim?.questionId === filters.questionId) &&
      (!filters.tagId || a.tags.includes(filters.tagId)) &&
      (terms.length === 0 || matchesTerms(index.haystack(a, nb), terms)),
  );
}

/**
 * Whether every annotation matching `next` also matches `previous`: each
 * earlier term is inside some new term (typing on: "pesh" → "peshm", or a
 * word added), so a keystroke only has to look at the last matches.
 */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((term) => next.some((n) => n.includes(term)));
}

/**
 * Search as the analyst types. While the notebook (any edit makes a new one)
 * and the list searched stay the same, their haystacks sit in one array
 * beside it, so a keystroke is a loop of `includes` with no lookups; and
 * while the other filters stay the same and the query only narrows, it loops
 * over the previous matches only.
 */
export class SearchSession {
  private among: readonly Annotation[] | null = null;
  private nb: Notebook | null = null;
  /** The haystacks of among[0 … haystacks.length), built ahead in slices or at the first keystroke. */
  private haystacks: string[] = [];
  private last: { filters: Filters; terms: string[]; matches: number[] } | null = null;

  constructor(private readonly index: SearchIndex) {}

  private follow(nb: Notebook, among: readonly Annotation[]): void {
    if (this.among === among && this.nb === nb) return;
    this.among = among;
    this.nb = nb;
    this.haystacks = [];
    this.last = null;
  }

  /**
   * Builds the haystacks of `among` for at most `budgetMs`, or until `yieldNow()` says an input is
   * waiting, and says whether all are ready: the pane calls it a slice at a time after each change,
   * so the first keystroke finds them built.
   */
  prepare(nb: Notebook, among: readonly Annotation[] = nb.annotations, budgetMs = Infinity, yieldNow: () => boolean = () => false): boolean {
    this.follow(nb, among);
    const until = performance.now() + budgetMs;
    const built = this.haystacks;
    while (built.length < among.length) {
      built.push(this.index.haystack(among[built.length]!, nb));
      if ((built.length & 63) === 0 && (performance.now() > until || yieldNow())) return false;
    }
    return true;
  }

  /** The annotations of `among` (by default all, in notebook order) that pass the filters, in that order. */
  run(nb: Notebook, filters: Filters, among: readonly Annotation[] = nb.annotations): Annotation[] {
    this.follow(nb, among);
    const terms = queryTerms(filters.query);
    const last = this.last;
    const narrowing =
      last &&
      last.filters.actorId === filters.actorId &&
      last.filters.questionId === filters.questionId &&
      last.filters.tagId === filters.tagId &&
      last.filters.sourceId === filters.sourceId &&
      narrows(last.terms, terms);
    // A query typed before the slices are done builds the rest now.
    if (terms.length) this.prepare(nb, among);
    const haystacks = terms.length ? this.haystacks : null;
    const { sourceId, actorId, questionId, tagId } = filters;
    // The usual search (one word, one source) takes the shortest path: the first letters of a query
    // match most of 10,000 annotations, and their keystroke must still end within a frame.
    const single = terms.length === 1 ? terms[0]! : null;
    const claimOrTag = Boolean(actorId || questionId || tagId);
    const passes = (i: number): boolean => {
      const a = among[i]!;
      if (sourceId && a.sourceId !== sourceId) return false;
      if (claimOrTag && ((actorId && a.claim?.actorId !== actorId) || (questionId && a.claim?.questionId !== questionId) || (tagId && !a.tags.includes(tagId)))) return false;
      if (!haystacks) return true;
      return single !== null ? haystacks[i]!.includes(single) : matchesTerms(haystacks[i]!, terms);
    };
    const matches: number[] = [];
    const shown: Annotation[] = [];
    const keep = (i: number) => {
      if (!passes(i)) return;
      matches.push(i);
      shown.push(among[i]!);
    };
    if (narrowing) for (const i of last.matches) keep(i);
    else for (let i = 0; i < among.length; i++) keep(i);
    this.last = { filters, terms, matches };
    return shown;
  }
}
