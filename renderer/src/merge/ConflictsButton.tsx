// The top bar's reminder that merge conflicts wait, and the way back to them.
import { useNotebook } from '../state/NotebookProvider.tsx';
import { useUi } from '../shell/ui.tsx';

export function ConflictsButton() {
  const { notebook } = useNotebook();
  const { openPanel } = useUi();
  const count = notebook.conflicts?.length ?? 0;
  if (!count) return null;
  return (
    <button type="button" className="conflicts-button" onClick={() => openPanel('conflicts')} title="Merge conflicts wait for you to choose">
      {count} merge conflict{count === 1 ? '' : 's'}
    </button>
  );
}
