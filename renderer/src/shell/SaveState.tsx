// Always the same width, so the top bar never shifts when the state changes.
import { useNotebook } from '../state/NotebookProvider.tsx';

// One formatter: building an Intl formatter per render is slow, and this renders on every edit. Made at
// the first save, not as the module loads: the first Intl formatter of a page loads the locale's data,
// which opening the notebook does not need.
let clock: Intl.DateTimeFormat | undefined;

function timeOf(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  clock ??= new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit' });
  return clock.format(d);
}

export function SaveState() {
  const { saveStatus, readOnly } = useNotebook();
  let text: string;
  let detail: string | undefined;
  if (readOnly) text = 'Read-only';
  else if (saveStatus.state === 'saving') text = 'Saving…';
  else if (saveStatus.state === 'error') {
    text = 'Not saved';
    detail = saveStatus.message ?? 'The notebook could not be written. Check the disk, then edit again to retry.';
  } else text = saveStatus.savedAt ? `Saved ${timeOf(saveStatus.savedAt)}` : 'Saved';
  return (
    <p className={`save-state save-${readOnly ? 'readonly' : saveStatus.state}`} role="status" aria-live="polite" title={detail ?? text} data-state={saveStatus.state}>
      <span className="save-dot" aria-hidden="true" />
      <span>{text}</span>
      {detail && <span className="visually-hidden">: {detail}</span>}
    </p>
  );
}
