// The finder run part by part, so a long source can report progress and a
// worker can answer between parts. Each part is a run of whole paragraphs read
// with some text before it, so a pronoun or a quote continued from the
// paragraph before still finds its speaker; a suggestion belongs to the part
// its content starts in, so none is found twice. A text shorter than one part
// is read whole, exactly as `findClaims` reads it.
import { paragraphs } from '../text/paragraphs.ts';
import { findClaims, type FindOptions, type Suggestion } from './find.ts';
import type { Mention } from './speakers.ts';
import type { Span } from './span.ts';

/** About how many characters one part holds. */
export const PART_CHARS = 20_000;
/** How much text before a part is read with it (speakers named earlier, quotes continued). */
export const CONTEXT_CHARS = 3_000;

export interface Part extends Span {
  /** Where reading starts: before `start` by up to CONTEXT_CHARS, at a paragraph's start. */
  from: number;
}

/** The parts covering `within` (whole text when absent), each a run of whole paragraphs. */
export function partsOf(text: string, within?: readonly Span[], partChars = PART_CHARS): Part[] {
  const all = paragraphs(text);
  const wanted = within ? all.filter((p) => within.some((w) => w.start < p.end && p.start < w.end)) : all;
  const parts: Part[] = [];
  let current: Span | null = null;
  for (const p of wanted) {
    if (current && p.start - current.start <= partChars && p.end - current.start <= partChars * 1.5) current.end = p.end;
    else {
      if (current) parts.push(withContext(all, current));
      current = { start: p.start, end: p.end };
    }
  }
  if (current) parts.push(withContext(all, current));
  return parts;
}

function withContext(all: readonly Span[], part: Span): Part {
  let from = part.start;
  for (let i = all.findIndex((p) => p.start === part.start) - 1; i >= 0 && part.start - all[i]!.start <= CONTEXT_CHARS; i--) from = all[i]!.start;
  return { ...part, from };
}

/**
 * The suggestions whose content starts in `part`, with offsets into the whole text. `people` (namedPeople of
 * the whole text, found once) lets a surname in a part resolve to a full name given before its context.
 */
export function findInPart(text: string, part: Part, options: FindOptions = {}, people: readonly Mention[] = []): Suggestion[] {
  const whole = part.from === 0 && part.end >= text.trimEnd().length;
  const slice = whole ? text : text.slice(part.from, part.end);
  const shift = (s: Span | null): Span | null => s && { start: s.start + part.from, end: s.end + part.from };
  const namedBefore = people.filter((p) => p.at < part.from).map((p) => ({ ...p, at: p.at - part.from }));
  return findClaims(slice, { ...options, namedBefore })
    .map((s) => ({ ...s, content: shift(s.content)!, source: shift(s.source), cue: shift(s.cue) }))
    .filter((s) => s.content.start >= part.start && s.content.start < part.end);
}
