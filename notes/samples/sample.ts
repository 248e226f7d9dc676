// The sample notebook every new user opens: one Rudaw article about the future of
// the US-led coalition in Iraq, with every statement it attributes tagged as a
// claim — the ones the claim finder proposes for it, checked by hand — and the
// Baghdad-versus-Washington conflict at the front.
// Built in code (not shipped as JSON) so it always matches the schema; ids are
// fixed so that tests, screenshots and exports stay stable. The main process
// writes it to disk on first launch; the renderer never imports this module.
import { describe } from '../anchoring/index.ts';
import { SCHEMA_VERSION, type Annotation, type Claim, type Notebook } from '../model/schema.ts';
import { PALETTE } from '../model/factory.ts';

import { SAMPLE_ARTICLE, SAMPLE_ARTICLE_SHA256 } from './article.ts';

export { SAMPLE_ARTICLE };

export const SAMPLE_IDS = {
  notebook: 'sample-coalition-talks',
  source: 'src-coalition-talks',
  baghdad: 'actor-baghdad',
  washington: 'actor-washington',
  question: 'q-coalition-mission',
  tag: 'tag-coalition-future',
  baghdadClaim: 'ann-baghdad-end-of-mission',
  washingtonClaim: 'ann-washington-transition',
  hardliners: 'actor-shiite-hardliners',
  sovereignty: 'q-us-strikes-sovereignty',
  austinBond: 'ann-austin-bond',
  austinAdapt: 'ann-austin-adapt-mission',
  stateMedia: 'ann-state-media-end-of-mission',
  ryderCommitment: 'ann-ryder-commitment',
  ryderLongTerm: 'ann-ryder-long-term-relationship',
  noTimeline: 'ann-pentagon-no-timeline',
  angerAtStrikes: 'ann-baghdad-anger-at-strikes',
  expel: 'ann-hardliners-expel-troops',
  violation: 'ann-baghdad-sovereignty-violated',
  relation: 'rel-transition-contradicts-end',
  judgment: 'kj-presence-continues',
} as const;

export const END_OF_MISSION = 'End of the mission';
export const TRANSITION = 'Transition';
export const PARTNERSHIP = 'Partnership continues';
export const NO_TIMELINE = 'No timeline set';
export const EXPEL = 'Expel US troops';
export const VIOLATION = 'Violation of sovereignty';

/** Where `exact` sits in `text`, found inside the longer `within` so the right occurrence is picked. */
function locate(text: string, within: string, exact: string): { start: number; end: number } {
  const outer = text.indexOf(within);
  const inner = within.indexOf(exact);
  if (outer < 0 || inner < 0) throw new Error(`The sample article no longer contains “${within}”.`);
  return { start: outer + inner, end: outer + inner + exact.length };
}

/**
 * Admiralty grades. Reliability is Rudaw's (B, usually reliable), the source's own grade. Credibility is
 * judged per claim: an official's words inside quotation marks are probably true as reported (2); a
 * paraphrase of what someone said or felt is possibly true (3), one step further from the speaker.
 */
const QUOTED = { reliability: 'B', credibility: '2' } as const;
const PARAPHRASED = { reliability: 'B', credibility: '3' } as const;

export function sampleNotebook(now: string = new Date().toISOString()): Notebook {
  const text = SAMPLE_ARTICLE;
  const ids = SAMPLE_IDS;
  const endSpan = locate(
    text,
    'While Baghdad has maintained that the commission aims to conclude the presence of the coalition forces in the country',
    'the commission aims to conclude the presence of the coalition forces in the country',
  );
  const transitionSpan = locate(text, 'Washington has described the step only as a “transition” in the coalition’s role', 'transition');

  const annotation = (id: string, span: { start: number; end: number }, rest: Pick<Annotation, 'note' | 'claim'>): Annotation => ({
    id,
    sourceId: ids.source,
    target: describe(text, span.start, span.end),
    tags: [ids.tag],
    createdAt: now,
    updatedAt: now,
    ...rest,
  });
  /** A claim on the words `exact`, found inside the longer `within`. */
  const claim = (id: string, within: string, exact: string, note: string, c: Claim): Annotation =>
    annotation(id, locate(text, within, exact), { note, claim: c });
  // US officials speak for Washington: Austin, Ryder and "the Pentagon" are one side of the question, so
  // Compare shows two columns, Baghdad and Washington, and does not flag Austin against Ryder as a
  // conflict for stressing different sides of one policy. The note names who spoke.
  const washington = (position: string, cue: string, grade: typeof QUOTED | typeof PARAPHRASED) => ({
    actorId: ids.washington,
    questionId: ids.question,
    position,
    cue,
    ...grade,
  });

  return {
    schemaVersion: SCHEMA_VERSION,
    id: ids.notebook,
    title: 'Coalition talks',
    createdAt: now,
    updatedAt: now,
    sources: [
      {
        id: ids.source,
        title: 'Iraqi, US officials meet in Washington to discuss coalition’s future',
        publisher: 'Rudaw',
        reliability: 'B',
        format: 'text',
        text,
        sha256: SAMPLE_ARTICLE_SHA256,
        importedAt: now,
        updatedAt: now,
      },
    ],
    actors: [
      {
        id: ids.baghdad,
        name: 'Baghdad (Government of Iraq)',
        aliases: ['Baghdad', 'Iraqi government', 'Iraqi state media'],
        color: PALETTE[0],
        updatedAt: now,
      },
      {
        id: ids.washington,
        name: 'Washington (US government)',
        aliases: ['Washington', 'Pentagon', 'US Department of Defense', 'Lloyd Austin', 'Pat Ryder'],
        color: PALETTE[1],
        updatedAt: now,
      },
      { id: ids.hardliners, name: 'Hardline Shiite politicians', aliases: [], color: PALETTE[5], updatedAt: now },
    ],
    questions: [
      {
        id: ids.question,
        text: "What happens to the US-led coalition's mission in Iraq?",
        positions: [
          { label: END_OF_MISSION, color: PALETTE[2] },
          { label: TRANSITION, color: PALETTE[3] },
          { label: PARTNERSHIP, color: PALETTE[7] },
          { label: NO_TIMELINE, color: PALETTE[8] },
          { label: EXPEL, color: PALETTE[6] },
        ],
        updatedAt: now,
      },
      {
        id: ids.sovereignty,
        text: 'Do US strikes in Iraq violate its sovereignty?',
        positions: [{ label: VIOLATION, color: PALETTE[9] }],
        updatedAt: now,
      },
    ],
    tags: [{ id: ids.tag, label: 'Coalition future', color: PALETTE[4], updatedAt: now }],
    annotations: [
      annotation(ids.baghdadClaim, endSpan, {
        note: 'Baghdad frames the talks as **ending** the coalition’s presence — reported by Rudaw, not quoted from an official.',
        claim: { actorId: ids.baghdad, questionId: ids.question, position: END_OF_MISSION, cue: 'maintained', reliability: 'B', credibility: '3' },
      }),
      annotation(ids.washingtonClaim, transitionSpan, {
        note: 'Washington calls it only a *transition* of the coalition’s role; compare Ryder in April: the US seeks to transition into a long-term security relationship.',
        claim: { actorId: ids.washington, questionId: ids.question, position: TRANSITION, cue: 'described', reliability: 'B', credibility: '3' },
      }),
      claim(
        ids.austinBond,
        '"Our bond is especially important as we mark the 10th year of the global coalition to defeat Daesh, and',
        'Our bond is especially important as we mark the 10th year of the global coalition to defeat Daesh',
        'Lloyd Austin, US Secretary of Defense, in his own words.',
        washington(PARTNERSHIP, 'said', QUOTED),
      ),
      claim(
        ids.austinAdapt,
        'So, we must adapt the mission of Inherent Resolve to meet this changing threat.',
        'we must adapt the mission of Inherent Resolve to meet this changing threat',
        'Austin: the mission is **adapted** to the threat from ISIS, not ended.',
        washington(TRANSITION, 'said', QUOTED),
      ),
      claim(
        ids.stateMedia,
        'to conduct a round of talks to end the mission of the international coalition in Iraq',
        'talks to end the mission of the international coalition in Iraq',
        'Iraqi state media, as Rudaw reports it: the round of talks in Washington is to **end** the mission.',
        { actorId: ids.baghdad, questionId: ids.question, position: END_OF_MISSION, cue: 'reported', ...PARAPHRASED },
      ),
      claim(
        ids.ryderCommitment,
        '“Our convening of this dialogue this week reflects both nations\' commitment to strengthen the bilateral security relationship based on the work of the HMC over the past several months,”',
        'Our convening of this dialogue this week reflects both nations\' commitment to strengthen the bilateral security relationship based on the work of the HMC over the past several months',
        'Maj. Gen. Pat Ryder, Pentagon spokesman. The HMC’s work, which Baghdad says ends the coalition’s presence, is here what **strengthens** the relationship.',
        washington(PARTNERSHIP, 'said', QUOTED),
      ),
      claim(
        ids.ryderLongTerm,
        'Ryder told Rudaw that the United States is seeking to transition from its mission against ISIS into a long-term security relationship with Iraq',
        'the United States is seeking to transition from its mission against ISIS into a long-term security relationship with Iraq',
        'Ryder to Rudaw in April: what Washington means by *transition*.',
        washington(TRANSITION, 'told', PARAPHRASED),
      ),
      claim(
        ids.noTimeline,
        'the Pentagon said in February that Washington and Baghdad have not set any timelines for US force changes in Iraq',
        'Washington and Baghdad have not set any timelines for US force changes in Iraq',
        'The Pentagon in February, no official named.',
        washington(NO_TIMELINE, 'said', PARAPHRASED),
      ),
      claim(
        ids.angerAtStrikes,
        'The Iraqi government had expressed anger over US retaliatory strikes on pro-Iran, Iraqi paramilitary groups',
        'anger over US retaliatory strikes on pro-Iran, Iraqi paramilitary groups',
        'After the attacks on US forces from October 2023; the article ties Baghdad’s anger to its sovereignty in the next paragraphs.',
        { actorId: ids.baghdad, questionId: ids.sovereignty, position: VIOLATION, cue: 'expressed', ...PARAPHRASED },
      ),
      claim(
        ids.violation,
        'US actions that the Iraqi government deemed a violation of its sovereignty',
        'a violation of its sovereignty',
        'The 2020 killing of Qasem Soleimani and Abu Mahdi al-Muhandis in Baghdad.',
        { actorId: ids.baghdad, questionId: ids.sovereignty, position: VIOLATION, cue: 'deemed', ...PARAPHRASED },
      ),
      claim(
        ids.expel,
        'Hardline Shiite politicians have called for Baghdad to expel US troops from Iraq',
        'Baghdad to expel US troops from Iraq',
        'Pressure on Baghdad from its own side, since before the Gaza war.',
        { actorId: ids.hardliners, questionId: ids.question, position: EXPEL, cue: 'called for', ...PARAPHRASED },
      ),
    ],
    relations: [
      {
        id: ids.relation,
        from: ids.washingtonClaim,
        to: ids.baghdadClaim,
        kind: 'contradicts',
        note: 'A transition keeps US forces in Iraq in another role; an end of the mission removes them.',
        updatedAt: now,
      },
    ],
    briefing: {
      title: 'Iraq and the US disagree on what the coalition talks are for',
      bluf: 'Baghdad presents the Higher Military Commission talks as **ending** the US-led coalition’s mission; Washington calls the step only a **transition** in the coalition’s role. No timeline has been set.',
      keyJudgments: [
        {
          id: ids.judgment,
          text: 'US forces remain in Iraq under a bilateral security arrangement once the coalition’s mission formally ends.',
          likelihood: 'likely',
          updatedAt: now,
        },
      ],
      questionNotes: {
        [ids.question]:
          'Both sides describe the **same talks**. The difference is what comes after: Baghdad speaks of concluding the presence of coalition forces, Washington of a changed role. Watch for a timeline — the Pentagon said in February none had been set.',
      },
      columns: { [ids.question]: [ids.baghdad, ids.washington] },
      excerptIds: [ids.baghdadClaim, ids.washingtonClaim],
    },
  };
}
