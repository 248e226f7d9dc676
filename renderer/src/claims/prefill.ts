// First guesses for the claim form, read from the sentence around the quote:
// news copy attributes claims with a cue ("said", "maintained", "according
// to") next to the speaker's name. The analyst confirms or changes them.
import type { Actor } from '../../../notes/model/schema.ts';
import { COMMON_CUES } from '../../../notes/model/vocabulary.ts';

/** The sentence around [start, end): back to the previous sentence end or blank line, on to the next. */
export function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > 0 && start - from < 400) {
    const prev = text.slice(Math.max(0, from - 2), from);
    if (/[.!?]\s$/.test(prev) || /\n\s*\n$/.test(text.slice(Math.max(0, from - 3), from))) break;
    from--;
  }
  let to = end;
  while (to < text.length && to - end < 400) {
    if (/[.!?]/.test(text[to]!) && (to + 1 >= text.length || /\s/.test(text[to + 1]!))) {
      to++;
      break;
    }
    if (text[to] === '\n' && text[to + 1] === '\n') break;
    to++;
  }
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

function lastIndexOfWord(haystack: string, word: string): number {
  const re = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
  let last = -1;
  for (const m of haystack.matchAll(re)) last = m.index;
  return last;
}

/** The attribution cue nearest before the quote in its sentence, else the first after it. */
export function guessCue(text: string, start: number, end: number): string {
  const { before, after } = sentenceAround(text, start, end);
  let best = '';
  let bestAt = -1;
  for (const cue of COMMON_CUES) {
    const at = lastIndexOfWord(before, cue);
    if (at > bestAt) [best, bestAt] = [cue, at];
  }
  if (best) return best;
  let firstAt = Infinity;
  for (const cue of COMMON_CUES) {
    const m = new RegExp(`\\b${cue}\\b`, 'i').exec(after);
    if (m && m.index < firstAt) [best, firstAt] = [cue, m.index];
  }
  return best;
}

/** The known actor named nearest before the quote in its sentence (by name or alias). */
export function guessActor(text: string, start: number, end: number, actors: readonly Actor[]): Actor | null {
  const { before, after } = sentenceAround(text, start, end);
  let best: Actor | null = null;
  let bestAt = -1;
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const at = lastIndexOfWord(before, name);
      if (at > bestAt) [best, bestAt] = [actor, at];
    }
  }
  if (best) return best;
  let firstAt = Infinity;
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const at = after.search(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'));
      if (at >= 0 && at < firstAt) [best, firstAt] = [actor, at];
    }
  }
  return best;
}
