// The reader: one source's text with paragraphs kept, highlights drawn over it
// (CSS Custom Highlight API), and a floating toolbar for what is selected.
import { useNotebook, useWorkspace } from '../state/NotebookProvider.tsx';
import { SourceReader } from './SourceReader.tsx';
import { RevisionReport } from '../revision/RevisionReport.tsx';

export function Reader() {
  const { notebook, readOnly } = useNotebook();
  const { sourceId, importSource } = useWorkspace();
  const source = notebook.sources.find((s) => s.id === sourceId);
  return (
    <main id="main" className="reader-column" aria-label="Reader">
      {source ? (
        <>
          <RevisionReport key={`report-${source.id}`} source={source} />
          <SourceReader key={source.id} source={source} />
        </>
      ) : (
        <div className="reader-empty">
          <h2>No source yet</h2>
          <p>Import a news article (.txt or .md) to start reading and annotating it.</p>
          <button type="button" className="primary" disabled={readOnly} onClick={() => void importSource()}>
            Import a source…
          </button>
        </div>
      )}
    </main>
  );
}
