// Two analysts split the sample: each works on a copy of the sample notebook.
// Ali (ours) rewrites Baghdad's note; Sam (theirs) adds Ryder's April line as
// Washington's claim and a plain note, grades Washington's claim, and rewrites
// the same Baghdad note — a true conflict. Built with the pure model, for the
// handlers' tests and the app's merge spec, which write them to files.
import { describe } from '../../notes/anchoring/describe.ts';
import { applyOperation } from '../../notes/model/apply.ts';
import type { Operation } from '../../notes/model/ops.ts';
import type { Annotation, Notebook } from '../../notes/model/schema.ts';
import { SAMPLE_IDS, sampleNotebook, TRANSITION } from '../../notes/samples/sample.ts';

export const T0 = '2024-06-01T10:00:00.000Z';
const T1 = '2024-06-02T09:00:00.000Z';
const T2 = '2024-06-02T11:00:00.000Z';

export const RYDER = 'the United States is seeking to transition from its mission against ISIS';
export const SAM_LONG_TERM = 'a long-term security relationship with Iraq';
export const ALI_NOTE = 'Ali: a Rudaw paraphrase — check the Arabic statement.';
export const SAM_NOTE = 'Sam: state media carried the same wording on 28 January.';
export const SAM_NAME = 'Sam Rahimi';
export const ALI_NAME = 'Ali Haddad';

const edit = (nb: Notebook, ops: Operation[], at: string) => ops.reduce((n, op) => applyOperation(n, op, at).notebook, nb);

function annotationOn(nb: Notebook, id: string, exact: string, rest: Partial<Annotation>): Annotation {
  const source = nb.sources[0]!;
  const start = source.text.indexOf(exact);
  if (start < 0) throw new Error(`the sample no longer contains “${exact}”`);
  return { id, sourceId: source.id, target: describe(source.text, start, start + exact.length), note: '', tags: [], createdAt: T2, updatedAt: T2, ...rest };
}

export function ours(): Notebook {
  const nb = { ...sampleNotebook(T0), author: ALI_NAME };
  return edit(nb, [{ kind: 'annotation.update', id: SAMPLE_IDS.baghdadClaim, patch: { note: ALI_NOTE }, at: T1 }], T1);
}

/** `notes` overrides what Sam writes (the hostile-content spec puts markup there). */
export function theirs(notes: { ryder?: string; plain?: string; baghdad?: string; author?: string } = {}): Notebook {
  const nb = { ...sampleNotebook(T0), author: notes.author ?? SAM_NAME };
  const washington = nb.annotations.find((a) => a.id === SAMPLE_IDS.washingtonClaim)!;
  const question = nb.questions[0]!;
  return edit(
    nb,
    [
      {
        kind: 'annotation.add',
        annotation: annotationOn(nb, 'ann-sam-ryder-april', RYDER, {
          note: notes.ryder ?? 'Ryder to Rudaw, April: the clearest statement of the US line.',
          claim: { actorId: SAMPLE_IDS.washington, questionId: question.id, position: TRANSITION, cue: 'told', reliability: 'B', credibility: '2' },
        }),
      },
      { kind: 'annotation.add', annotation: annotationOn(nb, 'ann-sam-long-term', SAM_LONG_TERM, { note: notes.plain ?? 'What the US wants after the mission.' }) },
      { kind: 'annotation.update', id: washington.id, patch: { claim: { ...washington.claim!, credibility: '2' } }, at: T2 },
      { kind: 'annotation.update', id: SAMPLE_IDS.baghdadClaim, patch: { note: notes.baghdad ?? SAM_NOTE }, at: T2 },
    ],
    T2,
  );
}
