// "Did you mean Baghdad?": which existing actors a name being typed is close
// to, so an analyst does not make a second actor for one speaker. Close means
// the same after normalising (case, accents, "the", Arabic spelling variants —
// actors.ts), one name's words starting the other's ("Baghdad" and "Baghdad
// (Government of Iraq)"), or a small edit distance (a typo, "Bagdad"),
// compared against each actor's name and aliases. Arabic's attached article
// ("ال") is set aside, so العراق and عراق are one word.
import { normaliseName, type ActorNames } from './actors.ts';

export type Closeness = 'same' | 'words' | 'spelling';

export interface CloseActor {
  actor: ActorNames;
  /** The name or alias that was close. */
  matched: string;
  closeness: Closeness;
}

const ARABIC_ARTICLE = /^(?:ال|وال|بال|لل)(?=\p{Script=Arabic}{2,})/u;

function key(name: string): string {
  return normaliseName(name)
    .split(' ')
    .map((w) => w.replace(ARABIC_ARTICLE, ''))
    .join(' ');
}

/** Edits (insert, delete, substitute, swap two neighbours) between a and b, or more than `max` when beyond it. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Typos allowed for a name of this many letters: none in a short name, where one letter makes another word. */
const allowedEdits = (length: number): number => (length < 4 ? 0 : length < 8 ? 1 : length < 14 ? 2 : 3);

function closenessOf(typed: string, known: string): Closeness | null {
  if (!typed || !known) return null;
  if (typed === known) return 'same';
  const shorter = typed.length <= known.length ? typed : known;
  const longer = shorter === typed ? known : typed;
  if (shorter.length >= 3 && (longer.startsWith(`${shorter} `) || longer.endsWith(` ${shorter}`))) return 'words';
  const edits = allowedEdits(Math.min(typed.length, known.length));
  return edits > 0 && editDistance(typed, known, edits) <= edits ? 'spelling' : null;
}

const RANK: Record<Closeness, number> = { same: 0, words: 1, spelling: 2 };

/** The actors `name` is close to, closest first; `except` (the actor being renamed) is left out. */
export function closeActors(name: string, actors: readonly ActorNames[], except?: string): CloseActor[] {
  const typed = key(name);
  const found: CloseActor[] = [];
  for (const actor of actors) {
    if (actor.id === except) continue;
    let best: CloseActor | null = null;
    for (const known of [actor.name, ...actor.aliases]) {
      const closeness = closenessOf(typed, key(known));
      if (closeness && (!best || RANK[closeness] < RANK[best.closeness])) best = { actor, matched: known, closeness };
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => RANK[a.closeness] - RANK[b.closeness]);
}
