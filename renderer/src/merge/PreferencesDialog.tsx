// Preferences: the analyst's name. It is kept in the notebook (notebook.author),
// because it must travel with the file: a colleague who merges this notebook
// sees it on every annotation they take from it. Main also remembers it on this
// computer and gives it to every notebook opened or made here that has none.
import { useState } from 'react';
import { useNotebook } from '../state/NotebookProvider.tsx';
import { Modal } from './Modal.tsx';

export function PreferencesDialog({ onClose }: { onClose(): void }) {
  const { notebook, apply, readOnly } = useNotebook();
  const [name, setName] = useState(notebook.author ?? '');
  const save = () => {
    const author = name.trim().slice(0, 200) || null;
    if (author === (notebook.author ?? null) || apply({ kind: 'notebook.author', author })) onClose();
  };
  return (
    <Modal
      title="Preferences"
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="preferences-form" className="primary" disabled={readOnly}>
            Save
          </button>
        </>
      }
    >
      <form
        id="preferences-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label className="merge-field">
          <span>Your name</span>
          <input value={name} maxLength={200} autoFocus readOnly={readOnly} placeholder="e.g. Ali Haddad" onChange={(e) => setName(e.target.value)} />
        </label>
        <p className="merge-hint">Saved in this notebook and remembered on this computer for every notebook that has no name yet. When a colleague merges one, the annotations they take from it say they came from you.</p>
      </form>
    </Modal>
  );
}
