// A long source that reads like real reporting: the sample article's
// sentences recombined into new paragraphs, with names, places, dates and
// numbers varied so long passages do not repeat verbatim (a real 300-page
// report repeats phrases, not whole pages), quotes mixed straight and curly,
// some no-break spaces and some Arabic, report-style section headings, runs
// of blank lines and trailing spaces.
import type { Random } from '../lib/random.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Prose {
  text: string;
  /** Every sentence written, in order (headings excluded). */
  sentences: Span[];
  /** Paragraph of each sentence (index into `paragraphs`). */
  sentenceParagraph: number[];
  paragraphs: Span[];
}

/** The article's sentences, paragraph by paragraph (the headline excluded). */
export function articleSentences(article: string): string[] {
  const paragraphs = article
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean);
  return paragraphs.slice(1).flatMap((p) => p.split(/(?<=[.?!]["”’]?)\s+(?=["“A-Z])/).map((s) => s.trim()).filter((s) => s.length > 0));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PEOPLE = ['Austin', 'Ryder', 'Abbasi', 'Sudani', 'Shapiro', 'Romanowski', 'Hassan', 'Karim', 'Nouri', 'Salih', 'Mahmoud', 'Walker', 'Reed', 'Porter', 'Ellis', 'Jaafar', 'Rashid'];
const COUNTRIES = ['Iraq', 'Syria', 'Jordan', 'Kuwait', 'Turkey'];
const CITIES = ['Baghdad', 'Erbil', 'Basra', 'Mosul', 'Kirkuk', 'Sulaimani', 'Najaf', 'Duhok', 'Amman', 'Ankara'];
const SPANS = ['two', 'three', 'four', 'five'];

/** Arabic lines as wire copy quotes them (short, BMP only). */
export const ARABIC = [
  'وقال مسؤول عراقي إن المحادثات ستستمر الأسبوع المقبل.',
  'أكدت الحكومة العراقية أن مهمة التحالف الدولي ستنتهي.',
  'وصفت واشنطن الخطوة بأنها مرحلة انتقالية فقط.',
  'لم يتم تحديد أي جدول زمني لانسحاب القوات.',
  'قالت وزارة الدفاع إن الاجتماع كان مثمراً.',
  'وأضاف المتحدث أن العلاقة الأمنية ستبقى قوية.',
];
const ARABIC_NAMES: [RegExp, string][] = [
  [/\bDaesh\b/, 'Daesh (داعش)'],
  [/\bBaghdad\b/, 'Baghdad (بغداد)'],
  [/\bErbil\b/, 'Erbil (أربيل)'],
  [/\bPeshmerga\b/, 'Peshmerga (البيشمركة)'],
];

/** Words wire copy uses interchangeably; each occurrence may become another of its group. */
const SYNONYMS: readonly (readonly string[])[] = [
  ['talks', 'negotiations', 'discussions', 'consultations'],
  ['meeting', 'session', 'round of talks', 'summit'],
  ['meetings', 'sessions', 'consultations', 'exchanges'],
  ['officials', 'representatives', 'officers', 'delegates'],
  ['delegation', 'team', 'party'],
  ['counterparts', 'partners', 'opposite numbers'],
  ['troops', 'forces', 'soldiers', 'personnel'],
  ['strikes', 'attacks', 'raids', 'operations'],
  ['relationship', 'partnership', 'cooperation', 'arrangement'],
  ['relations', 'ties', 'links'],
  ['government', 'cabinet', 'administration', 'authorities'],
  ['said', 'stated', 'noted', 'added', 'told reporters', 'remarked'],
  ['reported', 'announced', 'stated', 'claimed'],
  ['future', 'fate', 'direction', 'prospects'],
  ['important', 'significant', 'vital', 'critical'],
  ['conclude', 'end', 'wrap up', 'close'],
  ['concluded', 'ended', 'wrapped up', 'closed'],
  ['expel', 'remove', 'oust'],
  ['anger', 'frustration', 'displeasure', 'outrage'],
  ['discuss', 'review', 'address', 'examine'],
  ['role', 'mandate', 'function', 'posture'],
  ['determine', 'decide', 'settle', 'shape'],
  ['continue', 'proceed', 'resume', 'go on'],
  ['presence', 'deployment', 'footprint'],
  ['threat', 'danger', 'risk', 'menace'],
  ['changing', 'evolving', 'shifting'],
  ['adapt', 'adjust', 'reshape', 'refocus'],
  ['described', 'characterized', 'framed', 'portrayed'],
  ['maintained', 'insisted', 'argued', 'held'],
  ['aims', 'seeks', 'intends', 'plans'],
  ['step', 'move', 'measure', 'decision'],
  ['leading', 'heading', 'directing'],
  ['conduct', 'hold', 'carry out'],
  ['presided over', 'chaired', 'led', 'opened'],
  ['dialogue', 'forum', 'exchange'],
  ['reflects', 'shows', 'demonstrates', 'underlines'],
  ['commitment', 'determination', 'resolve', 'pledge'],
  ['strengthen', 'deepen', 'reinforce', 'expand'],
  ['several', 'many', 'recent', 'previous'],
  ['seeking', 'aiming', 'looking', 'trying'],
  ['procedures', 'steps', 'arrangements', 'modalities'],
  ['expanding', 'broadening', 'developing'],
  ['timelines', 'deadlines', 'dates', 'schedules'],
  ['expressed', 'voiced', 'signalled', 'conveyed'],
  ['retaliatory', 'punitive', 'reprisal'],
  ['groups', 'factions', 'militias', 'units'],
  ['hundreds', 'dozens', 'scores'],
  ['installations', 'bases', 'facilities', 'positions'],
  ['called', 'pressed', 'pushed', 'lobbied'],
  ['mounting', 'rising', 'growing', 'escalating'],
  ['tensions', 'friction', 'hostility'],
  ['triggered', 'prompted', 'driven', 'sparked'],
  ['actions', 'operations', 'measures', 'moves'],
  ['deemed', 'considered', 'called', 'viewed as'],
  ['violation', 'breach', 'infringement'],
  ['notably', 'prominently', 'significantly'],
  ['assisted', 'supported', 'helped', 'backed'],
  ['swathes', 'large areas', 'parts', 'tracts'],
  ['declared', 'pronounced', 'judged', 'announced'],
  ['remains', 'is still', 'continues to be'],
  ['carrying out', 'mounting', 'staging', 'launching'],
  ['targets', 'sites', 'convoys', 'checkpoints'],
  ['border', 'frontier', 'boundary'],
  ['especially', 'particularly', 'deeply', 'truly'],
  ['global', 'worldwide', 'international', 'multinational'],
  ['proud', 'honoured', 'glad', 'grateful'],
  ['region', 'area', 'neighbourhood'],
  ['affiliates', 'branches', 'cells', 'networks'],
];
const SYNONYM_OF = new Map(SYNONYMS.flatMap((group) => group.map((word): [string, readonly string[]] => [word, group])));
const SYNONYM_PATTERN = new RegExp(`\\b(${[...SYNONYM_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
/** Modifiers a reporter may put before a noun; inserted at random so long passages rarely repeat verbatim. */
const MODIFIERS: Record<string, readonly string[]> = {
  officials: ['senior', 'visiting', 'military', 'civilian', 'ministry'],
  talks: ['recent', 'latest', 'formal', 'technical', 'high-level', 'renewed'],
  coalition: ['US-led', 'anti-ISIS', 'multinational'],
  mission: ['advisory', 'combat', 'current', 'training'],
  troops: ['foreign', 'allied', 'remaining', 'combat'],
  forces: ['foreign', 'allied', 'remaining', 'security'],
  strikes: ['deadly', 'repeated', 'recent', 'cross-border'],
  meeting: ['first', 'second', 'closed-door', 'ministerial'],
  relationship: ['long-term', 'bilateral', 'strategic'],
  groups: ['armed', 'Iran-backed', 'Shiite', 'local'],
  government: ['federal', 'central', 'caretaker'],
  delegation: ['official', 'joint', 'military'],
};
const MODIFIER_PATTERN = new RegExp(`\\b(${Object.keys(MODIFIERS).join('|')})\\b`, 'g');
const NATIONALITIES = ['Iraqi', 'Kurdish', 'Syrian', 'Jordanian'];
const LEADS = ['According to officials, ', 'On Sunday, ', 'Earlier this year, ', 'In a statement, ', 'Separately, ', 'Meanwhile, ', 'As talks continued, ', 'Two weeks later, ', 'At the time, ', 'By late summer, '];
const TAILS = ['officials said', 'according to state media', 'a spokesman added', 'sources told Rudaw', 'the ministry said', 'a diplomat said'];
/** First words that are not names, so a lead phrase may lowercase them. */
const COMMON_FIRST = /^(The|In|Despite|While|Around|So|Hardline|Our) /;

const HEADINGS = ['Security cooperation', 'The coalition’s mission', 'Statements by officials', 'Chronology of the talks', 'Regional reactions', 'Force posture', 'Assessment', 'Annex: press reporting'];

function vary(sentence: string, random: Random): string {
  const swap = (pattern: RegExp, pool: readonly string[], p = 0.5) => (s: string) => s.replace(pattern, (m) => (random.chance(p) ? random.pick(pool) : m));
  let s = sentence;
  s = swap(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, MONTHS)(s);
  s = swap(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, WEEKDAYS)(s);
  s = swap(new RegExp(`\\b(${PEOPLE.join('|')})\\b`, 'g'), PEOPLE)(s);
  s = swap(/\b(Iraq|Syria|Jordan)\b/g, COUNTRIES, 0.25)(s);
  s = swap(/\b(Baghdad|Erbil)\b/g, CITIES, 0.3)(s);
  s = s.replace(MODIFIER_PATTERN, (m) => (random.chance(0.3) ? `${random.pick(MODIFIERS[m]!)} ${m}` : m));
  s = s.replace(SYNONYM_PATTERN, (m) => (random.chance(0.6) ? random.pick(SYNONYM_OF.get(m)!) : m));
  s = swap(/\bIraqi\b/g, NATIONALITIES, 0.25)(s);
  s = swap(/\bUS\b(?!-)/g, ['US', 'American', 'Western'], 0.25)(s);
  if (COMMON_FIRST.test(s)) {
    if (random.chance(0.35)) s = random.pick(LEADS) + s.charAt(0).toLowerCase() + s.slice(1);
  } else if (/^[A-Z][a-z]+ (?!Region)/.test(s) && random.chance(0.15)) {
    s = random.pick(LEADS) + s;
  }
  if (/[a-z]\.$/.test(s) && random.chance(0.25)) s = `${s.slice(0, -1)}, ${random.pick(TAILS)}.`;
  s = s.replace(/\b(two|three)-day\b/g, (m) => (random.chance(0.5) ? `${random.pick(SPANS)}-day` : m));
  s = s.replace(/\b20\d\d\b/g, () => String(random.int(2014, 2024)));
  s = s.replace(/\b(\d+)(st|nd|rd|th)\b/g, () => ordinal(random.int(2, 30)));
  s = s.replace(/\b\d{1,3}(,\d{3})?\b(?![-\d])/g, (m) => (random.chance(0.6) ? number(random, m.length > 3) : m));
  // Quotes as wire copy mixes them.
  if (random.chance(0.3)) s = curl(s);
  else if (random.chance(0.15)) s = s.replace(/[“”]/g, '"').replace(/’/g, "'");
  // A no-break space between a number and its noun, as typesetting tools write it.
  s = s.replace(/(\d) (?=[a-z])/g, (m, d: string) => (random.chance(0.5) ? `${d}\u00a0` : m));
  if (random.chance(0.05)) {
    const [pattern, withArabic] = random.pick(ARABIC_NAMES);
    s = s.replace(pattern, withArabic);
  }
  return s;
}

/** Straight quotes made curly: opening and closing alternate. */
function curl(s: string): string {
  let opening = true;
  return s
    .replace(/"/g, () => {
      const mark = opening ? '“' : '”';
      opening = !opening;
      return mark;
    })
    .replace(/'/g, '’');
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function number(random: Random, large: boolean): string {
  return large ? random.int(1, 9).toLocaleString('en-US') + ',' + String(random.int(0, 999)).padStart(3, '0') : String(random.int(2, 950));
}

/** At least `length` UTF-16 code units of prose. */
export function generateProse(article: string, length: number, random: Random): Prose {
  const pool = articleSentences(article);
  const parts: string[] = [];
  let size = 0;
  const sentences: Span[] = [];
  const sentenceParagraph: number[] = [];
  const paragraphs: Span[] = [];
  const write = (s: string) => {
    parts.push(s);
    size += s.length;
  };
  let section = 0;
  let sinceHeading = 0;
  while (size < length) {
    if (sinceHeading === 0 || (sinceHeading > 12 && random.chance(0.04))) {
      section += 1;
      sinceHeading = 0;
      write(`${section}. ${random.pick(HEADINGS)}\n\n`);
    }
    sinceHeading += 1;
    const paragraphStart = size;
    const count = random.int(1, 5);
    for (let i = 0; i < count; i++) {
      if (i > 0) write(random.chance(0.02) ? '\u00a0 ' : ' ');
      const sentence = random.chance(0.04) ? random.pick(ARABIC) : vary(random.pick(pool), random);
      sentences.push({ start: size, end: size + sentence.length });
      sentenceParagraph.push(paragraphs.length);
      write(sentence);
    }
    paragraphs.push({ start: paragraphStart, end: size });
    // Paragraph breaks as pasted reports have them: mostly one blank line.
    const r = random.next();
    write(r < 0.05 ? '\n\n\n\n' : r < 0.1 ? ' \n\n' : r < 0.12 ? '\n \n' : '\n\n');
  }
  return { text: parts.join(''), sentences, sentenceParagraph, paragraphs };
}
