// Shown instead of the notebook when it cannot be opened (damaged, locked,
// written by a newer version, missing). Nothing is changed on disk until the
// analyst picks one of the ways out.
import { useState } from 'react';
import type { ApiError } from '../../../electron/contract.ts';
import type { NotebookController } from '../state/controller.ts';

export function ErrorScreen({ controller, error }: { controller: NotebookController; error: ApiError | null }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const api = controller.api;

  async function run(call: () => ReturnType<NotebookController['api']['session']>) {
    setBusy(true);
    setProblem(null);
    const result = await call();
    setBusy(false);
    if (result.ok) await controller.load(Promise.resolve(result));
    else if (result.error.code !== 'cancelled') setProblem(result.error.message);
  }

  const file = error?.file;
  return (
    <main className="error-screen" aria-labelledby="error-title">
      <div className="error-card">
        <h1 id="error-title">This notebook could not be opened</h1>
        <p className="error-message">{error?.message ?? 'The notebook did not load. Open another one or start a new one.'}</p>
        {file && (
          <p className="error-file">
            <span className="muted">File: </span>
            <code>{file}</code>
          </p>
        )}
        <div className="error-actions">
          {file && error?.backupAvailable && (
            <button type="button" className="primary" disabled={busy} onClick={() => void run(() => api.restoreBackup(file))}>
              Restore backup
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => void run(() => api.openNotebook())}>
            Open another…
          </button>
          <button type="button" disabled={busy} onClick={() => void run(() => api.newNotebook())}>
            New notebook
          </button>
        </div>
        <p className="error-problem" role="alert">
          {problem}
        </p>
      </div>
    </main>
  );
}
