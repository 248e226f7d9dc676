// "Edit" on a suggestion: the claim form, prefilled with what the finder
// proposes; saving accepts it as the analyst left it.
import { quotedWords } from '../../../notes/claims/accept.ts';
import type { Suggestion } from '../../../notes/claims/find.ts';
import type { Operation } from '../../../notes/model/ops.ts';
import type { Claim, Source } from '../../../notes/model/schema.ts';
import { ClaimForm, initialDraft } from '../claims/ClaimForm.tsx';
import { guessCue } from '../claims/prefill.ts';
import { claimAction } from '../reader/actions.ts';
import { useNotebook } from '../state/NotebookProvider.tsx';
import { editId } from './queueIds.ts';

interface Props {
  suggestion: Suggestion;
  source: Source;
  question: string;
  onDone(saved: boolean): void;
}

export function EditSuggestion({ suggestion: s, source, question, onDone }: Props) {
  const { notebook, apply } = useNotebook();
  const cue = s.cue ? source.text.slice(s.cue.start, s.cue.end).replace(/\s+/g, ' ') : guessCue(source.text, s.content.start, s.content.end);
  const actor = (s.actorId && notebook.actors.find((a) => a.id === s.actorId)?.name) ?? s.actor ?? '';
  const initial = { ...initialDraft(notebook, undefined, { actor, cue }, source.id), question };
  const words = quotedWords(source.text, s.content);

  function save(ops: Operation[], claim: Claim) {
    const made = claimAction.perform(
      { source, selected: words, apply, editNote: () => undefined, now: () => new Date().toISOString() },
      { ops, claim },
    );
    if (made) onDone(true);
  }

  return (
    <div className="suggestion-edit" id={editId}>
      <p className="form-quote" dir="auto">
        “{source.text.slice(words.start, words.end)}”
      </p>
      <ClaimForm notebook={notebook} initial={initial} label="Edit suggested claim" saveLabel="Accept claim" onSave={save} onCancel={() => onDone(false)} />
    </div>
  );
}
