// The conflicts a merge left: each field that differs on both sides, mine and
// theirs side by side, settled with Keep mine, Take theirs or (for texts, or a
// record deleted on one side) Keep both. Each choice is one edit, so Undo
// brings the conflict back. Reachable again from the top bar while any wait.
import type { MergeConflict } from '../../../notes/model/schema.ts';
import { canKeepBoth, resolveConflict, type Choice } from '../../../notes/merge/resolve.ts';
import { useNotebook } from '../state/NotebookProvider.tsx';
import { fieldWords, recordWords, valueWords } from './conflictWords.ts';
import { Modal } from './Modal.tsx';

/** A side's value; for a claim, the parts that differ come first, in bold, then the whole claim. */
function Value({ conflict, side }: { conflict: MergeConflict; side: 'ours' | 'theirs' }) {
  const { notebook } = useNotebook();
  const text = valueWords(conflict, side, notebook);
  if (conflict.field !== 'claim') return <p className="conflict-value">{text}</p>;
  const lines = text.split('\n');
  return (
    <p className="conflict-value">
      {lines.slice(0, -1).map((line) => (
        <strong key={line} className="conflict-differs">
          {line}
        </strong>
      ))}
      {lines.at(-1)}
    </p>
  );
}

function ConflictItem({ conflict, onShow }: { conflict: MergeConflict; onShow(id: string): void }) {
  const { notebook, apply, readOnly } = useNotebook();
  const choose = (choice: Choice) => apply(resolveConflict(notebook, conflict.id, choice, new Date().toISOString()));
  const field = fieldWords(conflict);
  const onAnnotation = conflict.kind === 'annotation' && notebook.annotations.some((a) => a.id === conflict.recordId);
  return (
    <li className="conflict" aria-label={`${field}: ${recordWords(conflict, notebook)}`}>
      <p className="conflict-head">
        <strong className="conflict-field">{field}</strong>
        <span className="conflict-record">{recordWords(conflict, notebook)}</span>
        {onAnnotation && (
          <button type="button" className="link-button" onClick={() => onShow(conflict.recordId)}>
            Show in text
          </button>
        )}
      </p>
      <div className="conflict-sides">
        <section className="conflict-side mine" aria-label="Mine">
          <h3>Mine</h3>
          <Value conflict={conflict} side="ours" />
        </section>
        <section className="conflict-side theirs" aria-label={`Theirs (${conflict.from})`}>
          <h3>Theirs — {conflict.from}</h3>
          <Value conflict={conflict} side="theirs" />
        </section>
      </div>
      <div className="conflict-actions">
        <button type="button" disabled={readOnly} onClick={() => choose('ours')}>
          Keep mine
        </button>
        <button type="button" disabled={readOnly} onClick={() => choose('theirs')}>
          Take theirs
        </button>
        {canKeepBoth(conflict) && (
          <button type="button" disabled={readOnly} onClick={() => choose('both')} title="Both texts, mine first">
            Keep both
          </button>
        )}
      </div>
    </li>
  );
}

export function ConflictsDialog({ onClose }: { onClose(): void }) {
  const { notebook, focusAnnotation } = useNotebook();
  const show = (id: string) => {
    onClose();
    focusAnnotation(id);
  };
  const conflicts = notebook.conflicts ?? [];
  const title = conflicts.length ? `${conflicts.length} merge conflict${conflicts.length === 1 ? '' : 's'} to resolve` : 'No merge conflicts left';
  return (
    <Modal
      wide
      title={title}
      onClose={onClose}
      footer={
        <button type="button" className={conflicts.length ? undefined : 'primary'} onClick={onClose}>
          {conflicts.length ? 'Later' : 'Done'}
        </button>
      }
    >
      {conflicts.length ? (
        <>
          <p className="merge-hint">Until you choose, your version stays in the notebook and theirs is kept here. Each choice can be undone (Ctrl+Z).</p>
          <ul className="conflict-list">
            {conflicts.map((c) => (
              <ConflictItem key={c.id} conflict={c} onShow={show} />
            ))}
          </ul>
        </>
      ) : (
        <p className="merge-nothing" role="status">
          Every conflict is resolved.
        </p>
      )}
    </Modal>
  );
}
