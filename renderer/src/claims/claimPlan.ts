// What the claim form's fields mean for the notebook. The matching rules (an
// actor, question or position typed by name is the existing one when the name
// matches, else a new one) live in notes/claims/resolve.ts, shared with the
// command line; here the fields are checked with messages for the form, and
// new names get the colours picked in it. Returns the operations that create
// what is new plus the claim itself, so the caller sends them with the
// annotation as one undoable batch.
import { cleanName, CUE_MAX, NAME_MAX, resolveClaim, type ClaimContext } from '../../../notes/claims/resolve.ts';
import { newId } from '../../../notes/model/factory.ts';
import type { Operation } from '../../../notes/model/ops.ts';
import type { Claim, Credibility, Reliability } from '../../../notes/model/schema.ts';

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

export function planClaim(nb: ClaimContext, draft: ClaimDraft, makeId: (prefix: string) => string = newId): ClaimPlan {
  const actorName = cleanName(draft.actor);
  const questionText = cleanName(draft.question);
  const positionLabel = cleanName(draft.position);
  if (!actorName) return { ok: false, field: 'actor', message: 'Name the actor who makes this claim.' };
  if (actorName.length > NAME_MAX) return { ok: false, field: 'actor', message: `Actor names are at most ${NAME_MAX} characters.` };
  if (!questionText) return { ok: false, field: 'question', message: 'Say which question this claim answers.' };
  if (questionText.length > NAME_MAX) return { ok: false, field: 'question', message: `Questions are at most ${NAME_MAX} characters.` };
  if (!positionLabel) return { ok: false, field: 'position', message: 'Give the position this claim takes on the question.' };
  if (positionLabel.length > NAME_MAX) return { ok: false, field: 'position', message: `Positions are at most ${NAME_MAX} characters.` };
  const cue = cleanName(draft.cue);
  if (cue.length > CUE_MAX) return { ok: false, field: 'cue', message: `Cues are at most ${CUE_MAX} characters.` };

  const { ops, actorId, questionId, position } = resolveClaim(
    nb,
    { actor: actorName, question: questionText, position: positionLabel },
    { actorColor: draft.actorColor, positionColor: draft.positionColor, makeId },
  );
  return { ok: true, ops, claim: { actorId, questionId, position, cue, reliability: draft.reliability, credibility: draft.credibility } };
}
