// Anchor every annotation of one source in one pass.
import type { Annotation } from '../model/schema.ts';
import type { AnchorResult, Target } from './types.ts';
import { anchor, perfectAt, unmoved } from './anchor.ts';
import { anchorBetween, type Landmark } from './between.ts';
import { laterCopies } from './one-origin.ts';
import { landmarksOf, refuteCopies, suspects } from './refute.ts';

export type Anchorable = Pick<Annotation, 'id' | 'target'>;

/** How far from where its predecessor's shift puts it an intact quote is looked for before the neighbours are asked. */
const REACH = 1 << 12;
/**
 * Landmarks on both sides at most this far apart (as recorded) pin a quote
 * between them: it is not looked for elsewhere in the source. Farther apart,
 * a whole passage may have moved between them, and the quote is followed
 * anywhere (anchor.ts).
 */
const PINNING_SPAN = 1 << 14;

/**
 * Results keyed by annotation id, in the order given.
 *
 * Most quotes are where they were recorded, and most of the rest moved with
 * the edit before them: both are found with their context intact, cheaply.
 * They are the landmarks that place the others — quotes whose words or
 * context were edited — each between the landmarks around it.
 */
export function anchorAll(text: string, annotations: readonly Anchorable[]): Map<string, AnchorResult> {
  const results = new Array<AnchorResult | undefined>(annotations.length);
  // One pass over quotes at their recorded place, with no sort and no search.
  let moved = false;
  for (let i = 0; i < annotations.length; i++) {
    const { target } = annotations[i]!;
    if (unmoved(text, target)) results[i] = { state: 'exact', start: target.position.start, end: target.position.end, errors: 0 };
    else moved = true;
  }
  if (moved) placeTheRest(text, annotations, results);
  const byId = new Map<string, AnchorResult>();
  for (let i = 0; i < annotations.length; i++) byId.set(annotations[i]!.id, results[i]!);
  return byId;
}

function placeTheRest(text: string, annotations: readonly Anchorable[], results: (AnchorResult | undefined)[]): void {
  const order = annotations
    .map((_, i) => i)
    .sort((x, y) => annotations[x]!.target.position.start - annotations[y]!.target.position.start || x - y);
  const recorded = (i: number) => annotations[i]!.target.position.start;

  // Intact quotes shifted by the edits before them.
  let shift = 0;
  for (const i of order) {
    const r = results[i];
    if (!r) {
      const at = intactNear(text, annotations[i]!.target, recorded(i) + shift);
      if (at !== undefined) results[i] = { state: 'moved', start: at, end: at + annotations[i]!.target.quote.exact.length, errors: 0 };
    }
    const placed = results[i];
    if (placed && placed.state !== 'orphaned') shift = placed.start - recorded(i);
  }

  // A quote found intact on a copy of its words that the annotations around
  // it say was already there, elsewhere, is placed like an edited one.
  const copies = refuteCopies(text, annotations, landmarksOf(annotations, results), results, suspects(order, results, recorded));
  for (const i of copies) results[i] = undefined;
  const landmarks = landmarksOf(annotations, results);

  // Landmarks after each position in document order, for the quotes still to place.
  const next = new Array<Landmark | undefined>(order.length);
  let following: Landmark | undefined;
  for (let k = order.length - 1; k >= 0; k--) {
    next[k] = following;
    const r = results[order[k]!];
    if (r && r.state !== 'orphaned') following = { recorded: recorded(order[k]!), now: r.start };
  }
  let previous: Landmark | undefined;
  const late: number[] = [];
  shift = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const r = results[i];
    if (r) {
      if (r.state !== 'orphaned') previous = { recorded: recorded(i), now: r.start };
      if (r.state !== 'orphaned') shift = r.start - recorded(i);
      continue;
    }
    const { target } = annotations[i]!;
    const after = next[k];
    const near = anchorBetween(text, target, previous, after, recorded(i) + shift);
    const pinned = previous !== undefined && after !== undefined && after.recorded - previous.recorded <= PINNING_SPAN;
    const result = near ?? (pinned ? { state: 'orphaned' as const } : anchor(text, target, { hint: recorded(i) + shift }));
    results[i] = result;
    // Found by its words rather than its context, it places no one else.
    if (result.state !== 'orphaned') {
      shift = result.start - recorded(i);
      late.push(i);
    }
  }

  // A copy of deleted words, found where the words around it were all along (refute.ts), is no place for the quote.
  for (const i of refuteCopies(text, annotations, landmarks, results, late)) results[i] = { state: 'orphaned' };
  for (const i of laterCopies(recorded, results)) results[i] = { state: 'orphaned' };
}

/** Where the quote and its context are, verbatim, within REACH of `hint`. */
function intactNear(text: string, { quote }: Target, hint: number): number | undefined {
  if (perfectAt(text, quote, hint)) return hint;
  const lo = Math.max(0, hint - REACH);
  const stretch = text.slice(lo, Math.min(text.length, hint + quote.exact.length + REACH));
  let nearest: number | undefined;
  for (let at = stretch.indexOf(quote.exact); at !== -1; at = stretch.indexOf(quote.exact, at + 1)) {
    const start = lo + at;
    if (perfectAt(text, quote, start) && (nearest === undefined || Math.abs(start - hint) < Math.abs(nearest - hint))) nearest = start;
  }
  return nearest;
}
