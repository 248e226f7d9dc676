// Export buttons. Main asks where to save and writes the file whole or not at
// all; here: make sure main has every edit, show that it is working, then say
// where the file went or what went wrong.
import { useState } from 'react';
import type { ExportFormat } from '../../../electron/contract.ts';
import { useNotebook, useWorkspace } from '../state/NotebookProvider.tsx';

const FORMATS: { format: ExportFormat; label: string; name: string }[] = [
  { format: 'md', label: 'Markdown', name: 'Markdown' },
  { format: 'html', label: 'HTML', name: 'HTML' },
  { format: 'pdf', label: 'PDF', name: 'PDF' },
  { format: 'docx', label: 'Word (DOCX)', name: 'Word document' },
  { format: 'w3c', label: 'Annotations (JSON-LD)', name: 'W3C annotations' },
  { format: 'csv', label: 'Annotations (CSV)', name: 'CSV of annotations' },
];

type Status = { state: 'idle' } | { state: 'running'; name: string } | { state: 'done'; message: string } | { state: 'failed'; message: string };

export function ExportBar() {
  const { api } = useNotebook();
  const { controller } = useWorkspace();
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  const run = async (format: ExportFormat, name: string) => {
    setStatus({ state: 'running', name });
    try {
      // Typing not yet applied, and edits still on their way to main, go first: the export is made by main.
      await controller.flush();
      const result = await api.exportNotebook(format);
      if (result.ok) setStatus({ state: 'done', message: `Saved the ${name} to ${result.value.file}` });
      else if (result.error.code === 'cancelled') setStatus({ state: 'idle' });
      else setStatus({ state: 'failed', message: result.error.message });
    } catch (error) {
      setStatus({ state: 'failed', message: `The export failed: ${error instanceof Error ? error.message : String(error)}. Try again; if it keeps failing, save a copy of the notebook.` });
    }
  };

  const running = status.state === 'running';
  return (
    <div className="export-bar" role="group" aria-label="Export" aria-busy={running}>
      <span className="export-label">Export</span>
      {FORMATS.map(({ format, label, name }) => (
        <button key={format} type="button" onClick={() => void run(format, name)} disabled={running} data-export={format}>
          {label}
        </button>
      ))}
      <p className={`export-status is-${status.state}`} role={status.state === 'failed' ? 'alert' : 'status'}>
        {running && (
          <>
            <span className="spinner" aria-hidden="true" /> Exporting the {status.name}…
          </>
        )}
        {(status.state === 'done' || status.state === 'failed') && status.message}
      </p>
    </div>
  );
}
