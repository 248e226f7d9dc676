// The sample notebook every new user opens: one Rudaw article about the future of
// the US-led coalition in Iraq, with its two conflicting claims already tagged.
// Built in code (not shipped as JSON) so it always matches the schema; ids are
// fixed so that tests, screenshots and exports stay stable. The main process
// writes it to disk on first launch; the renderer never imports this module.
import { describe } from '../anchoring/index.ts';
import { SCHEMA_VERSION, type Annotation, type Notebook } from '../model/schema.ts';
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
  relation: 'rel-transition-contradicts-end',
  judgment: 'kj-presence-continues',
} as const;

export const END_OF_MISSION = 'End of the mission';
export const TRANSITION = 'Transition';

/** Where `exact` sits in `text`, found inside the longer `within` so the right occurrence is picked. */
function locate(text: string, within: string, exact: string): { start: number; end: number } {
  const outer = text.indexOf(within);
  const inner = within.indexOf(exact);
  if (outer < 0 || inner < 0) throw new Error(`The sample article no longer contains “${within}”.`);
  return { start: outer + inner, end: outer + inner + exact.length };
}

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
        format: 'text',
        text,
        sha256: SAMPLE_ARTICLE_SHA256,
        importedAt: now,
        updatedAt: now,
      },
    ],
    actors: [
      { id: ids.baghdad, name: 'Baghdad (Government of Iraq)', aliases: ['Baghdad', 'Iraqi government'], color: PALETTE[0], updatedAt: now },
      { id: ids.washington, name: 'Washington (US government)', aliases: ['Washington', 'Pentagon', 'US Department of Defense'], color: PALETTE[1], updatedAt: now },
    ],
    questions: [
      {
        id: ids.question,
        text: "What happens to the US-led coalition's mission in Iraq?",
        positions: [
          { label: END_OF_MISSION, color: PALETTE[2] },
          { label: TRANSITION, color: PALETTE[3] },
        ],
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
