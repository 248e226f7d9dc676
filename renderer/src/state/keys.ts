// Ctrl/Cmd+Z in a search box or a form field undoes typing there; everywhere
// else (and in note editors, which save as you type) it undoes the last edit
// to the notebook.

export const NOTEBOOK_UNDO_ATTR = 'data-notebook-undo';

export function isUndoKeyTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target.closest(`[${NOTEBOOK_UNDO_ATTR}]`)) return true;
  return !target.closest('input, textarea, select, [contenteditable="true"]');
}
