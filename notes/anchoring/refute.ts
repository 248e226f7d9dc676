// Words that were already in the old text somewhere else are not the quote's.
//
// Reporting repeats sentences: when a quote's passage is deleted, a copy of
// its words (or a near-copy) often survives a paragraph away, with the same
// context, and the search takes it. Nothing in the copy's text tells it apart;
// the annotations around it do. A landmark (an annotation found with its quote
// and context intact) vouches that the new text it covers is old text moved by
// its shift. Where the landmarks covering a candidate's first character agree
// on a shift, that character was, in the old text, at one known offset: if
// that is outside the quote's own old words, the candidate is another copy,
// and the quote was deleted, not moved there. (A passage that really moved is
// new text where it lands: the landmarks there are its own annotations, which
// moved with it.)

import type { Target } from '../model/schema.ts';
import type { AnchorResult, Span } from './types.ts';

export interface Placed {
  /** The annotation's index in the list being anchored. */
  index: number;
  recorded: number;
  now: number;
  /** Where its quote ends now. */
  end: number;
  /** The new text the landmark vouches for: its quote with its context. */
  from: number;
  to: number;
}

/** A fuzzy match's edges may take in a few characters beside the quote's words. */
const EDGE_SLACK = 5;
const EDGE_SHARE = 0.1;

export class Landmarks {
  private readonly byFrom: Placed[];
  /** The longest span any landmark covers: how far back a covering one can start. */
  private readonly longest: number;

  constructor(landmarks: Placed[]) {
    this.byFrom = [...landmarks].sort((a, b) => a.from - b.from);
    this.longest = landmarks.reduce((m, p) => Math.max(m, p.to - p.from), 0);
  }

  /**
   * The shift most landmarks covering text[at] (other than annotation
   * `index`) agree on, if one wins outright: with their quotes alone, or with
   * their context too.
   */
  shiftAt(at: number, index: number, withContext: boolean): number | undefined {
    const votes = new Map<number, number>();
    const list = this.byFrom;
    let k = upperBound(list, at) - 1;
    for (; k >= 0 && list[k]!.from >= at - this.longest; k--) {
      const p = list[k]!;
      if (p.index === index || (withContext ? p.to <= at : p.now > at || p.end <= at)) continue;
      const shift = p.now - p.recorded;
      votes.set(shift, (votes.get(shift) ?? 0) + 1);
    }
    let best: number | undefined;
    let most = 0;
    let tied = false;
    for (const [shift, count] of votes) {
      if (count > most) [best, most, tied] = [shift, count, false];
      else if (count === most) tied = true;
    }
    return tied ? undefined : best;
  }

  /**
   * True when the candidate text[start, end) for annotation `index`, recorded
   * at old [recordedStart, recordedEnd), holds text the landmarks say was
   * elsewhere in the old text: its first, middle or last character, give or
   * take the few characters a fuzzy match may take in at its edges.
   *
   * Where a deleted passage ended as the text before it did, the words after
   * the gap match either copy equally well. An equal alignment keeps the
   * earlier copy (as the edit was made: the later passage went). So a
   * landmark refutes a verbatim candidate only by an earlier copy; a fuzzy
   * one, its words edited, gives way to any landmark's verbatim words. A
   * landmark's context, verbatim but only beside its quote, refutes only by
   * an earlier copy.
   */
  refutes(index: number, recorded: Span, candidate: Span & { verbatim: boolean }): boolean {
    const slack = Math.max(EDGE_SLACK, Math.floor(EDGE_SHARE * (recorded.end - recorded.start)));
    const earlier = (old: number) => old < recorded.start - slack;
    const later = (old: number) => old >= recorded.end + slack;
    const last = Math.max(candidate.start, candidate.end - 1);
    for (const at of [candidate.start, (candidate.start + last) >>> 1, last]) {
      const byQuote = this.shiftAt(at, index, false);
      if (byQuote !== undefined && (earlier(at - byQuote) || (!candidate.verbatim && later(at - byQuote)))) return true;
      const byContext = this.shiftAt(at, index, true);
      if (byContext !== undefined && earlier(at - byContext)) return true;
    }
    return false;
  }
}

/** Index of the first landmark starting after `at`. */
function upperBound(list: readonly Placed[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.from <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Results = readonly (AnchorResult | undefined)[];

/** The annotations found with their quote and context intact so far, as landmarks. */
export function landmarksOf(annotations: readonly { target: Target }[], results: Results): Landmarks {
  const placed: Placed[] = [];
  results.forEach((r, i) => {
    if (!r || r.state === 'orphaned') return;
    const { quote, position } = annotations[i]!.target;
    placed.push({ index: i, recorded: position.start, now: r.start, end: r.end, from: r.start - quote.prefix.length, to: r.end + quote.suffix.length });
  });
  return new Landmarks(placed);
}

/** The annotations among `check` whose place the landmarks refute. */
export function refuteCopies(text: string, annotations: readonly { target: Target }[], landmarks: Landmarks, results: Results, check: readonly number[]): number[] {
  return check.filter((i) => {
    const r = results[i];
    if (!r || r.state === 'orphaned' || r.state === 'exact') return false;
    return landmarks.refutes(i, annotations[i]!.target.position, { start: r.start, end: r.end, verbatim: r.errors === 0 });
  });
}

/**
 * Annotations found away from their recorded place whose shift differs from
 * that of the annotation recorded just before or after them (not counting
 * others on the same words): only these can sit on another copy's words.
 * Their neighbours moved with the text; a copy's neighbours did not.
 */
export function suspects(order: readonly number[], results: Results, recorded: (i: number) => number): number[] {
  const shiftOf = (i: number | undefined) => {
    const r = i === undefined ? undefined : results[i];
    return r && r.state !== 'orphaned' ? r.start - recorded(i!) : undefined;
  };
  const found: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (results[i]?.state !== 'moved') continue;
    const neighbour = (step: 1 | -1) => {
      let m = k + step;
      while (order[m] !== undefined && recorded(order[m]!) === recorded(i)) m += step;
      return order[m];
    };
    const shift = shiftOf(i);
    if (shiftOf(neighbour(-1)) !== shift || shiftOf(neighbour(1)) !== shift) found.push(i);
  }
  return found;
}
