// Tagging a claim: who says it (actor), on what (question), what they say
// (position), how it is attributed (cue) and how far to trust it (Admiralty
// grades). Names are typed or picked; a new name gets a colour swatch, and a
// new actor's name close to one that exists asks "Did you mean …?".
// Enter saves, Esc cancels.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { nextColor } from '../../../notes/model/factory.ts';
import type { Claim, Credibility, Notebook, Reliability } from '../../../notes/model/schema.ts';
import { defaultReliability } from '../../../notes/claims/source-grade.ts';
import { COMMON_CUES } from '../../../notes/model/vocabulary.ts';
import { CredibilityOptions, ReliabilityOptions } from './GradeOptions.tsx';
import { planClaim, type ClaimDraft } from './claimPlan.ts';
import { findActor, findPosition, findQuestion } from '../../../notes/claims/resolve.ts';
import type { Operation } from '../../../notes/model/ops.ts';
import { DidYouMean } from '../actors/DidYouMean.tsx';

/** About how many characters the Question field shows; a longer question is also shown whole under it. */
const QUESTION_FITS = 32;

export interface ClaimGuess {
  actor?: string;
  cue?: string;
}

/** The form's starting values: the claim being edited, else guesses, the question last used and the source's grade (source-grade.ts). */
export function initialDraft(nb: Notebook, claim?: Claim, guess: ClaimGuess = {}, sourceId?: string): ClaimDraft {
  const lastClaim = nb.annotations.findLast((a) => a.claim)?.claim;
  const actor = claim ? nb.actors.find((a) => a.id === claim.actorId)?.name : guess.actor;
  const questionId = claim?.questionId ?? lastClaim?.questionId ?? (nb.questions.length === 1 ? nb.questions[0]!.id : undefined);
  const question = nb.questions.find((q) => q.id === questionId);
  return {
    actor: actor ?? '',
    actorColor: nextColor(nb.actors.map((a) => a.color)),
    question: question?.text ?? '',
    position: claim?.position ?? '',
    positionColor: nextColor(question?.positions.map((p) => p.color) ?? []),
    cue: claim?.cue ?? guess.cue ?? '',
    reliability: claim?.reliability ?? defaultReliability(nb, sourceId),
    credibility: claim?.credibility ?? '6',
  };
}

interface Props {
  notebook: Notebook;
  initial: ClaimDraft;
  /** The operations creating new actors/questions/positions, and the claim. */
  onSave(ops: Operation[], claim: Claim): void;
  onCancel(): void;
  saveLabel?: string;
  /** Offered when editing an existing claim: turn the annotation back into a plain highlight. */
  onRemove?(): void;
  /** Shown as the form's accessible name. */
  label: string;
}

export function ClaimForm({ notebook, initial, onSave, onCancel, onRemove, saveLabel = 'Save claim', label }: Props) {
  const uid = useId();
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<{ field: keyof ClaimDraft; message: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof ClaimDraft>(key: K, value: ClaimDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const actor = findActor(notebook, draft.actor);
  const question = findQuestion(notebook, draft.question);
  const position = findPosition(question, draft.position);
  const idOf = (field: string) => `${uid}-${field}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const plan = planClaim(notebook, draft);
    if (!plan.ok) {
      setProblem({ field: plan.field, message: plan.message });
      formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(idOf(plan.field))}`)?.focus();
      return;
    }
    onSave(plan.ops, plan.claim);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
      // Selects do not submit on Enter by themselves.
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  const invalid = (field: keyof ClaimDraft) => (problem?.field === field ? { 'aria-invalid': true, 'aria-errormessage': `${uid}-problem` } : {});

  return (
    <form ref={formRef} className="claim-form" aria-label={label} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <div className="field">
        <div className="label-row">
          <label htmlFor={idOf('actor')}>Actor</label>
          <MatchHint typed={draft.actor} found={actor?.name} what="actor" />
        </div>
        <div className="with-swatch">
          <input id={idOf('actor')} list={`${uid}-actors`} value={draft.actor} autoComplete="off" autoFocus onChange={(e) => set('actor', e.target.value)} {...invalid('actor')} />
          {/* No empty box beside an empty field: the known one's colour, or a picker for a new name. */}
          {!draft.actor.trim() ? null : actor ? (
            <span className="swatch" style={{ backgroundColor: actor.color }} aria-hidden="true" />
          ) : (
            <input type="color" className="swatch-input" aria-label={`Colour for the new actor ${draft.actor.trim()}`} value={draft.actorColor} onChange={(e) => set('actorColor', e.target.value)} />
          )}
        </div>
        <datalist id={`${uid}-actors`}>
          {notebook.actors.map((a) => (
            <option key={a.id} value={a.name} />
          ))}
        </datalist>
        {/* Only for a name that would make a new actor: one click takes the existing one instead. */}
        {!actor && (
          <DidYouMean
            name={draft.actor}
            actors={notebook.actors}
            verb="Use"
            onUse={(existing) => {
              set('actor', existing.name);
              formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(idOf('actor'))}`)?.focus();
            }}
          />
        )}
      </div>
      <div className="field">
        <div className="label-row">
          <label htmlFor={idOf('question')}>Question</label>
          <MatchHint typed={draft.question} found={question?.text} what="question" />
        </div>
        <input id={idOf('question')} list={`${uid}-questions`} title={draft.question} value={draft.question} autoComplete="off" onChange={(e) => set('question', e.target.value)} {...invalid('question')} />
        {/* A question is a sentence, longer than the field: the whole of it, wrapped, under the field. */}
        {draft.question.trim().length > QUESTION_FITS && (
          <p className="field-full" data-testid="question-full" dir="auto">
            {draft.question}
          </p>
        )}
        <datalist id={`${uid}-questions`}>
          {notebook.questions.map((q) => (
            <option key={q.id} value={q.text} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <div className="label-row">
          <label htmlFor={idOf('position')}>Position</label>
          <MatchHint typed={draft.position} found={position?.label} what="position" />
        </div>
        <div className="with-swatch">
          <input id={idOf('position')} list={`${uid}-positions`} value={draft.position} autoComplete="off" onChange={(e) => set('position', e.target.value)} {...invalid('position')} />
          {/* No empty box beside an empty field: the known one's colour, or a picker for a new name. */}
          {!draft.position.trim() ? null : position ? (
            <span className="swatch" style={{ backgroundColor: position.color }} aria-hidden="true" />
          ) : (
            <input type="color" className="swatch-input" aria-label={`Colour for the new position ${draft.position.trim()}`} value={draft.positionColor} onChange={(e) => set('positionColor', e.target.value)} />
          )}
        </div>
        <datalist id={`${uid}-positions`}>
          {question?.positions.map((p) => (
            <option key={p.label} value={p.label} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor={idOf('cue')}>Cue</label>
        <input id={idOf('cue')} list={`${uid}-cues`} value={draft.cue} autoComplete="off" maxLength={60} placeholder="said, maintained…" onChange={(e) => set('cue', e.target.value)} {...invalid('cue')} />
        <datalist id={`${uid}-cues`}>
          {COMMON_CUES.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={idOf('reliability')}>Source reliability</label>
          <select id={idOf('reliability')} value={draft.reliability} onChange={(e) => set('reliability', e.target.value as Reliability)}>
            <ReliabilityOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor={idOf('credibility')}>Information credibility</label>
          <select id={idOf('credibility')} value={draft.credibility} onChange={(e) => set('credibility', e.target.value as Credibility)}>
            <CredibilityOptions />
          </select>
        </div>
      </div>
      <p id={`${uid}-problem`} className="form-problem" role="alert">
        {problem?.message}
      </p>
      <div className="form-actions">
        {onRemove && (
          <button type="button" className="danger remove-claim" onClick={onRemove}>
            Remove claim
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          {saveLabel}
        </button>
      </div>
    </form>
  );
}

/** Says whether a typed name picks an existing entry (and which, when matched by alias or case) or creates one. */
function MatchHint({ typed, found, what }: { typed: string; found: string | undefined; what: string }) {
  const text = typed.trim();
  let hint = '';
  if (text && !found) hint = `new ${what}`;
  else if (found && found !== text) hint = found;
  return (
    <span className="match-hint" aria-live="polite" title={hint}>
      {hint}
    </span>
  );
}
