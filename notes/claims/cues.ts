// The words that attribute a statement to someone: reporting verbs and a few
// set phrases. The lists are the finder's vocabulary; adding a verb here is
// all it takes for the finder to use it.

/** Stance verbs with an irregular past. */
const IRREGULAR_PAST: Record<string, string> = { understand: 'understood', seek: 'sought', see: 'saw' };

/** Irregular reporting verbs, every form spelled out. */
const IRREGULAR = [
  'say', 'says', 'said',
  'tell', 'tells', 'told',
  'write', 'writes', 'wrote',
  'think', 'thinks', 'thought',
  'know', 'knows', 'knew',
  'feel', 'feels', 'felt',
  'quip', 'quips', 'quipped',
  'signal', 'signals', 'signaled', 'signalled',
  'forecast', 'forecasts',
  'predict', 'predicts', 'predicted',
  'show', 'shows', 'showed', 'find', 'finds', 'found',
];

/** Regular reporting verbs, as stems: the -s and -ed forms are made from them. */
const REGULAR = [
  'add', 'stress', 'warn', 'note', 'insist', 'announce', 'deny', 'confirm', 'maintain', 'argue', 'claim',
  'state', 'explain', 'report', 'acknowledge', 'admit', 'assert', 'declare', 'suggest', 'promise', 'vow',
  'urge', 'contend', 'counter', 'reply', 'respond', 'recall', 'estimate', 'agree', 'allege', 'charge',
  'emphasize', 'emphasise', 'indicate', 'reveal', 'complain', 'concede', 'observe', 'remark', 'testify',
  'tweet', 'ask', 'believe', 'hope', 'fear', 'expect', 'caution', 'assure', 'boast', 'joke',
  'wonder', 'speculate', 'want', 'mock', 'ridicule', 'wish', 'proclaim', 'demand', 'pledge', 'threaten', 'dispute', 'imply', 'hint', 'accuse',
  'criticize', 'criticise', 'praise', 'blame', 'recommend', 'propose', 'underline', 'underscore', 'reiterate',
  'affirm', 'worry', 'question', 'acknowledge', 'announce', 'predict', 'concur', 'insinuate', 'lament',
  'muse', 'protest', 'recount', 'retort', 'scoff', 'grumble', 'complain', 'brag', 'concede', 'disclose',
  'explain', 'guarantee', 'remind', 'reckon', 'figure', 'doubt', 'envision', 'envisage', 'forecast',
];

/** Verbs of stance whose object is what the speaker holds or does: "endorsed Cruz", "opposed the bill", "refused to testify". */
const STANCE_STEMS = [
  // for and against
  'endorse', 'support', 'oppose', 'defend', 'advocate', 'tout', 'applaud', 'commend', 'congratulate', 'blast', 'slam', 'denounce', 'decry', 'bemoan',
  'lambaste', 'assail', 'rebuke', 'scold', 'disavow', 'attack',
  // will and intent
  'refuse', 'decline', 'plan', 'intend', 'seek', 'prefer', 'encourage',
  // mind
  'see', 'consider', 'regard', 'understand', 'realize', 'recognize', 'remember', 'notice', 'learn', 'assume', 'anticipate',
  // speech about something
  'mention', 'discuss', 'cite', 'comment', 'detail', 'outline', 'highlight', 'echo', 'repeat', 'portray', 'characterize', 'confess', 'clarify', 'rebut',
  'lobby', 'calculate', 'demonstrate',
  // naming: "called the deal a disaster"
  'call',
];

/** Verb and preposition, what follows being the claim's subject matter: "talked about the deal", "pointed to the polls". */
const ABOUT_PHRASES = [
  'talked about', 'talks about', 'talking about', 'spoke about', 'spoke of', 'speaks about', 'speaking about',
  'referred to', 'refers to', 'referring to', 'pointed to', 'points to', 'pointing to', 'warned of', 'warns of', 'warned against',
  'complained about', 'complained of', 'complains about', 'worried about', 'worries about', 'asked for', 'asks for',
  'argued for', 'argued against', 'pushed for', 'pushes for', 'pushing for', 'weighed in on',
  'commented on', 'comments on', 'focused on', 'focuses on', 'focusing on', 'touched on', 'dwelled on', 'alluded to', 'reacted to',
  'concerned about', 'raised concerns about', 'raised questions about', 'took issue with', 'takes issue with', 'sided with', 'objected to',
  'objects to', 'called out', 'spoke out', 'singled out', 'laid out', 'spelled out', 'ruled out', 'backed away from',
  'distanced himself from', 'distanced herself from',
];

/** Verb + particle and set phrases, each one cue. */
const PHRASES = ['pointed out', 'points out', 'went on', 'goes on', 'shot back', 'made clear', 'makes clear', 'made the case'];

/** Past tenses of sharp or plain-spoken reporting, and how a statement went out: "slammed the deal", "emailed supporters that …". */
const SHARP_WORDS = [
  'slammed', 'knocked', 'ripped', 'hammered', 'bashed', 'derided', 'railed against', 'lashed out at', 'lashes out at', 'took aim at', 'takes aim at',
  'fired back', 'pushed back', 'doubled down', 'apologized for', 'opined', 'surmised', 'swore', 'guessed', 'fumed', 'pronounced', 'ruled',
  'questioned whether', 'wondered whether', 'pressed', 'floated', 'unveiled', 'posted', 'emailed',
];

/** Adjectives of stance after "is", "was", "has been": "is confident that …", "was critical of …". */
export const STANCE_ADJECTIVES = [
  'critical of', 'skeptical of', 'supportive of', 'opposed to', 'in favor of', 'confident that', 'optimistic that', 'hopeful that',
  'concerned that', 'worried that', 'convinced that', 'adamant that', 'certain that', 'sure that', 'aware that',
];

/** Cues whose object is the claim itself rather than a clause: "expressed anger over…", "called for a ceasefire". */
export const OBJECT_CUES = [...STANCE_STEMS.flatMap((v) => regularForms(v)), ...ABOUT_PHRASES, ...SHARP_WORDS, 'expressed', 'expresses', 'voiced', 'voices', 'called for', 'calls for', 'called on', 'calls on', 'described', 'describes', 'deemed', 'deems', 'dismissed', 'dismisses', 'rejected', 'rejects', 'welcomed', 'welcomes', 'condemned', 'condemns', 'hailed', 'hails'];

/** Participles that report what the sentence's subject says: "…, saying the talks would go on". */
export const PARTICIPLES = ['saying', 'telling', 'adding', 'noting', 'warning', 'insisting', 'arguing', 'explaining', 'writing', 'stressing', 'claiming', 'asserting', 'declaring', 'suggesting', 'urging', 'acknowledging', 'admitting', 'announcing', 'stating', 'predicting', 'promising', 'vowing', 'calling for', 'describing', 'accusing', 'questioning', 'contending', 'emphasizing', 'emphasising'];

/** Verbs that report speech only next to a quotation ("“Denver,” he answered"); elsewhere they mean something else ("concluded a meeting"). */
export const QUOTE_ONLY = ['concluded', 'concludes', 'answered', 'answers', 'shouted', 'shouts', 'yelled', 'yells', 'chanted', 'chant', 'screamed', 'exclaimed', 'continued', 'continues', 'interrupted', 'began', 'offered', 'read', 'reads', 'cried', 'laughed', 'sighed', 'whispered'];

/** "According to X" puts the speaker after the cue and the claim around it. */
export const ACCORDING_TO = 'according to';

function regularForms(stem: string): string[] {
  const past = IRREGULAR_PAST[stem];
  if (past) return [stem, `${stem}s`, past];
  if (stem.endsWith('e')) return [stem, `${stem}s`, `${stem}d`];
  if (/[^aeiou]y$/.test(stem)) return [stem, `${stem.slice(0, -1)}ies`, `${stem.slice(0, -1)}ied`];
  if (/(s|sh|ch|x|z)$/.test(stem)) return [stem, `${stem}es`, `${stem}ed`];
  if (stem === 'concur') return [stem, 'concurs', 'concurred'];
  if (stem === 'brag') return [stem, 'brags', 'bragged'];
  return [stem, `${stem}s`, `${stem}ed`];
}

/** Stems that double their last consonant before -ing: "admitting", "bragging". */
const DOUBLING = new Set(['admit', 'brag', 'concur', 'plan', 'regret', 'refer', 'prefer', 'commit', 'quip', 'signal', 'counter']);

function ingForm(stem: string): string {
  if (stem === 'signal' || stem === 'counter') return `${stem}ing`;
  if (DOUBLING.has(stem)) return `${stem}${stem.at(-1)}ing`;
  if (/ie$/.test(stem)) return `${stem.slice(0, -2)}ying`;
  if (/[^e]e$/.test(stem)) return `${stem.slice(0, -1)}ing`;
  return `${stem}ing`;
}

/** "Trump is telling supporters …", "Ryan also is stressing that …": a reporting verb in the progressive, after its auxiliary. */
export const PROGRESSIVE = new Set([...['say', 'tell', 'write', 'predict', 'signal', 'forecast', 'show', 'find', 'call for', 'call on', 'thank', 'back', 'praise'], ...REGULAR, ...STANCE_STEMS].map((v) => v.replace(/^(\S+)/, (w) => ingForm(w))));

/** Base forms need a subject right before them to count ("officials say"); after "to" they are something else ("to say"). */
export const BASE_FORMS = new Set([...IRREGULAR.filter((v) => /^(say|tell|write|think|know|feel|quip|signal|forecast|predict|show|find)$/.test(v)), ...REGULAR, ...STANCE_STEMS]);

/**
 * Stance verbs whose base and -s forms are often nouns ("carrying out attacks",
 * "his plans", "support for"): those forms count as cues only where a verb
 * can stand (see NOUN_BEFORE here and NOUN_AFTER in find.ts).
 */
const NOUN_OR_VERB = new Set(['support', 'attack', 'plan', 'comment', 'detail', 'outline', 'highlight', 'echo', 'lobby', 'notice', 'advocate']);

/**
 * Reporting verbs that are also nouns: their base and -s forms ("state media",
 * "the reports", "a promise") are read as nouns, only the past tense as a cue.
 */
const NOUN_LIKE = new Set(['attack', 'call', 'state', 'report', 'claim', 'note', 'question', 'charge', 'post', 'hope', 'fear', 'doubt', 'figure', 'counter', 'remark', 'joke', 'vow', 'promise', 'demand', 'pledge', 'dispute', 'tweet', 'forecast', 'signal', 'quip', 'muse', 'protest', 'retort', 'guarantee', 'reply', 'caution', 'blame', 'praise', 'worry', 'envision', 'lament', 'estimate', 'threaten', 'propose', 'boast', 'scoff', 'brag', 'hint', 'underscore', 'underline', 'recount', 'object', 'write', 'add', 'note', 'figure', 'remind', 'reckon']);
const NOUN_FORMS = new Set([...NOUN_LIKE].flatMap((v) => regularForms(v).slice(0, 2)));

export const NOUN_OR_VERB_FORMS = new Set([...NOUN_OR_VERB].flatMap((v) => regularForms(v).slice(0, 2)));

/** Their -s forms are cues only after a subject, not after "the", "his", "media"…: see NOUN_BEFORE. */
export const NOUN_S_FORMS = new Set([...NOUN_LIKE].map((v) => regularForms(v)[1]!));
/** Words before a noun-like -s form that make it a noun ("the reports", "his claims"). */
export const NOUN_BEFORE = /(?:^|\s)(?:the|a|an|his|her|its|their|our|my|your|these|those|this|that|such|new|some|many|of|in|on|for|with|and|media|news|press|recent|earlier|latest|initial|other|any|no|false|these)\s*$/i;

/** Every cue, longest first so the alternation prefers "called for" over a shorter one. */
export const ALL_CUES: readonly string[] = [
  ...new Set([...IRREGULAR, ...REGULAR.flatMap(regularForms), ...PHRASES, ...OBJECT_CUES, ...PARTICIPLES, ...PROGRESSIVE, ...STANCE_ADJECTIVES, ...QUOTE_ONLY, ACCORDING_TO]),
]
  .filter((w) => !NOUN_FORMS.has(w) || !BASE_FORMS.has(w))
  .sort((a, b) => b.length - a.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Matches a cue as a whole word; "According" may start a sentence. */
export const CUE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${ALL_CUES.map(escape).join('|')}|According\\s+to)(?![\\p{L}\\p{N}-])`, 'gu');

/** Words allowed between a speaker and the cue: "has also said", "had repeatedly warned". */
export const AUXILIARY = /(?:\s+(?:has|have|had|was|were|is|are|will|would|could|may|might|should|did|does|do|also|later|then|previously|repeatedly|again|publicly|privately|reportedly|recently|once|often|always|never|not|already|earlier|further|just|quickly|flatly|firmly|strongly|explicitly|openly|clearly|long|frequently|since|still))+$/i;
