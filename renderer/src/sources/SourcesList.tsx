import { useMemo } from 'react';
import { useNotebook, useWorkspace } from '../state/NotebookProvider.tsx';

export function SourcesList() {
  const { notebook, readOnly } = useNotebook();
  const { sourceId, setSourceId, importSource } = useWorkspace();
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const a of notebook.annotations) map.set(a.sourceId, (map.get(a.sourceId) ?? 0) + 1);
    return map;
  }, [notebook.annotations]);

  return (
    <nav className="sources" aria-labelledby="sources-title">
      <div className="column-head">
        <h2 id="sources-title">Sources</h2>
        <button type="button" className="small" onClick={() => void importSource()} disabled={readOnly} title="Import a web page, PDF, Word, text or Markdown file (or drop files on the window)">
          Import…
        </button>
      </div>
      {notebook.sources.length === 0 ? (
        <p className="empty">No sources yet. Import a web page, PDF, Word, text or Markdown file, or drop one on the window.</p>
      ) : (
        <ul className="source-list">
          {notebook.sources.map((s) => {
            const n = counts.get(s.id) ?? 0;
            return (
              <li key={s.id}>
                <button type="button" className="source-item" aria-current={s.id === sourceId ? 'true' : undefined} onClick={() => setSourceId(s.id)}>
                  <span className="source-title">{s.title}</span>
                  <span className="source-meta">
                    {s.publisher ? `${s.publisher} · ` : ''}
                    {n} annotation{n === 1 ? '' : 's'}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
