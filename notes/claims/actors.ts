// Matching a speaker to the notebook's actors through their names and
// aliases, exactly after normalising: case, accents, "the", spacing, and the
// spelling variants of Arabic (hamza forms of alef, taa marbuta, alef
// maqsura, tatweel and short-vowel marks), so "وزارة الدفاع" written either way
// finds the same actor.

export interface ActorNames {
  id: string;
  name: string;
  aliases: readonly string[];
}

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g; // harakat, superscript alef, Quranic marks, tatweel

export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(ARABIC_MARKS, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // آ أ إ ٱ → ا
    .replace(/\u0629/g, '\u0647') // ة → ه
    .replace(/\u0649/g, '\u064A') // ى → ي
    .toLocaleLowerCase('en')
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|al) /, '');
}

/** The notebook actor one of `names` (most specific first) matches, if any. */
export function matchActor(actors: readonly ActorNames[], names: readonly (string | null | undefined)[]): ActorNames | undefined {
  const index = new Map<string, ActorNames>();
  for (const actor of actors) {
    for (const n of [actor.name, ...actor.aliases]) {
      const key = normaliseName(n);
      if (key && !index.has(key)) index.set(key, actor);
    }
  }
  for (const n of names) {
    const hit = n ? index.get(normaliseName(n)) : undefined;
    if (hit) return hit;
  }
  return undefined;
}
