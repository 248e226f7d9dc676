// "Merge a notebook…": main asks which colleague's notebook, reads it and
// plans the merge in a worker; this shows what would come in — new, changed
// and removed annotations, conflicts, by source and by actor — before anything
// is written. Merge applies it as one edit (one Undo takes it back); then the
// conflicts list opens if any wait.
import { useEffect, useRef, useState } from 'react';
import type { MergePreview } from '../../../electron/contract.ts';
import type { Notebook } from '../../../notes/model/schema.ts';
import { useNotebook, useWorkspace } from '../state/NotebookProvider.tsx';
import { Modal } from './Modal.tsx';
import { MergeSummaryView } from './MergeSummaryView.tsx';

type Step = { kind: 'reading' } | { kind: 'ready'; preview: MergePreview; basis: Notebook; note?: string };

export function MergePreviewDialog({ onClose, onConflicts }: { onClose(): void; onConflicts(): void }) {
  const { apply } = useNotebook();
  const { controller } = useWorkspace();
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  const started = useRef(false);

  const read = async (note?: string) => {
    setStep({ kind: 'reading' });
    // Main plans on its notebook: every edit made here must have reached it.
    await controller.settled();
    const basis = controller.getState().notebook;
    const result = await controller.api.previewMerge();
    if (!result.ok) {
      if (result.error.code !== 'cancelled') controller.notify(result.error.message);
      onClose();
      return;
    }
    if (basis) setStep({ kind: 'ready', preview: result.value, basis, ...(note ? { note } : {}) });
  };

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void read();
    // Once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (step.kind === 'reading') {
    return (
      <Modal title="Merge a notebook" onClose={onClose} footer={<button type="button" onClick={onClose}>Cancel</button>}>
        <p className="merge-reading" role="status">
          Choose your colleague’s notebook; it is then read and compared with this one. Nothing is written until you choose Merge.
        </p>
      </Modal>
    );
  }

  const { preview, basis } = step;
  const from = preview.author ?? preview.title;
  const merge = () => {
    const op = preview.operation;
    if (!op) return onClose();
    // Built on the notebook as it was when the preview was made; if it changed since, preview again.
    if (controller.getState().notebook !== basis) return void read('This notebook changed since the preview, so it was compared again.');
    if (!apply(op)) return;
    const waiting = controller.getState().notebook?.conflicts?.length ?? 0;
    const s = preview.summary;
    controller.notify(
      `Merged ${from}’s notebook: ${s.annotations.added} new annotation${s.annotations.added === 1 ? '' : 's'}, ${s.annotations.changed} changed${waiting ? `; ${waiting} conflict${waiting === 1 ? '' : 's'} to resolve` : ''}. Undo takes the merge back.`,
      'info',
    );
    if (waiting) onConflicts();
    else onClose();
  };

  return (
    <Modal
      wide
      title={`Merge “${preview.title}”${preview.author ? ` by ${preview.author}` : ''}`}
      onClose={onClose}
      footer={
        preview.operation ? (
          <>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={merge}>
              Merge
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={onClose}>
            Close
          </button>
        )
      }
    >
      {step.note && <p className="merge-note">{step.note}</p>}
      <MergeSummaryView preview={preview} />
    </Modal>
  );
}
