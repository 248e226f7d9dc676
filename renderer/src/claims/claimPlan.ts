// What the claim form's fields mean for the notebook: an actor, question or
// position typed by name is the existing one when the name matches (ignoring
// case and spacing, aliases included), else a new one with the chosen colour.
// Returns the operations that create what is new plus the claim itself, so the
// caller sends them with the annotation as one undoable batch.
import { newId } from '../../../notes/model/factory.ts';
import type { Operation } from '../../../notes/model/ops.ts';
import type { Claim, Credibility, Notebook, Reliability } from '../../../notes/model/schema.ts';

export interface ClaimDraft {
  actor: string;
  actorColor: string;
  question: string;
  position: string;
  positionColor: string;
  cue: string;
  reliability: Reliability;
  credibility: Credibility;
}

export type ClaimPlan = { ok: true; ops: Operation[]; claim: Claim } | { ok: false; field: keyof ClaimDraft; message: string };

export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(a) === norm(b);
}

const clean = (s: string) => s.trim().replace(/\s+/g, ' ');

export function findActor(nb: Pick<Notebook, 'actors'>, name: string) {
  return nb.actors.find((a) => sameName(a.name, name) || a.aliases.some((x) => sameName(x, name)));
}

export function findQuestion(nb: Pick<Notebook, 'questions'>, text: string) {
  return nb.questions.find((q) => sameName(q.text, text));
}

export function planClaim(nb: Pick<Notebook, 'actors' | 'questions'>, draft: ClaimDraft, makeId: (prefix: string) => string = newId): ClaimPlan {
  const actorName = clean(draft.actor);
  const questionText = clean(draft.question);
  const positionLabel = clean(draft.position);
  if (!actorName) return { ok: false, field: 'actor', message: 'Name the actor who makes this claim.' };
  if (actorName.length > 200) return { ok: false, field: 'actor', message: 'Actor names are at most 200 characters.' };
  if (!questionText) return { ok: false, field: 'question', message: 'Say which question this claim answers.' };
  if (questionText.length > 200) return { ok: false, field: 'question', message: 'Questions are at most 200 characters.' };
  if (!positionLabel) return { ok: false, field: 'position', message: 'Give the position this claim takes on the question.' };
  if (positionLabel.length > 200) return { ok: false, field: 'position', message: 'Positions are at most 200 characters.' };
  const cue = clean(draft.cue);
  if (cue.length > 60) return { ok: false, field: 'cue', message: 'Cues are at most 60 characters.' };

  const ops: Operation[] = [];
  let actor = findActor(nb, actorName);
  if (!actor) {
    actor = { id: makeId('actor-'), name: actorName, aliases: [], color: draft.actorColor };
    ops.push({ kind: 'actor.add', actor });
  }
  const question = findQuestion(nb, questionText);
  let questionId: string;
  let position = positionLabel;
  if (!question) {
    questionId = makeId('q-');
    ops.push({ kind: 'question.add', question: { id: questionId, text: questionText, positions: [{ label: positionLabel, color: draft.positionColor }] } });
  } else {
    questionId = question.id;
    const known = question.positions.find((p) => sameName(p.label, positionLabel));
    if (known) position = known.label;
    else ops.push({ kind: 'question.update', id: question.id, patch: { positions: [...question.positions, { label: positionLabel, color: draft.positionColor }] } });
  }
  return {
    ok: true,
    ops,
    claim: { actorId: actor.id, questionId, position, cue, reliability: draft.reliability, credibility: draft.credibility },
  };
}
