import { useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useNotebook, useWorkspace } from '../state/NotebookProvider.tsx';
import { SourceDetails } from './SourceDetails.tsx';

const DRAG_TYPE = 'application/x-notebook-source';

export function SourcesList() {
  const { notebook, readOnly, apply } = useNotebook();
  const { sourceId, setSourceId, importSource } = useWorkspace();
  const [dropAt, setDropAt] = useState<number | null>(null);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const a of notebook.annotations) map.set(a.sourceId, (map.get(a.sourceId) ?? 0) + 1);
    return map;
  }, [notebook.annotations]);
  const current = notebook.sources.find((s) => s.id === sourceId);

  const move = (id: string, to: number) => {
    if (readOnly || to < 0 || to >= notebook.sources.length) return;
    if (notebook.sources[to]?.id !== id) apply({ kind: 'source.move', id, to });
  };
  const onKey = (e: KeyboardEvent, id: string, index: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(id, index + (e.key === 'ArrowUp' ? -1 : 1));
  };
  const onDrop = (e: DragEvent, index: number) => {
    const id = e.dataTransfer.getData(DRAG_TYPE);
    setDropAt(null);
    if (!id) return;
    e.preventDefault();
    const from = notebook.sources.findIndex((s) => s.id === id);
    move(id, from < index ? index - 1 : index);
  };

  return (
    <nav className="sources" aria-labelledby="sources-title">
      <div className="column-head">
        <h2 id="sources-title">Sources</h2>
        <button type="button" className="small" onClick={() => void importSource()} disabled={readOnly} title="Import a web page, PDF, Word, text or Markdown file (or drop files on the window, or paste a page)">
          Import…
        </button>
      </div>
      {notebook.sources.length === 0 ? (
        <p className="empty">No sources yet. Import a web page, PDF, Word, text or Markdown file, drop one on the window, or paste a web page (Ctrl+V).</p>
      ) : (
        <ul className="source-list">
          {notebook.sources.map((s, index) => {
            const n = counts.get(s.id) ?? 0;
            return (
              <li
                key={s.id}
                className={dropAt === index ? 'drop-before' : undefined}
                onDragOver={(e) => {
                  if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
                  e.preventDefault();
                  setDropAt(index);
                }}
                onDragLeave={() => setDropAt(null)}
                onDrop={(e) => onDrop(e, index)}
              >
                <button
                  type="button"
                  className="source-item"
                  aria-current={s.id === sourceId ? 'true' : undefined}
                  aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                  title="Alt+↑ or Alt+↓ (or drag) moves it in the list"
                  draggable={!readOnly}
                  onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, s.id)}
                  onClick={() => setSourceId(s.id)}
                  onKeyDown={(e) => onKey(e, s.id, index)}
                >
                  <span className="source-title" dir="auto">
                    {s.title}
                  </span>
                  <span className="source-meta">
                    {s.publisher ? <><bdi>{s.publisher}</bdi> · </> : ''}
                    {s.reliability ? `${s.reliability} · ` : ''}
                    {n} annotation{n === 1 ? '' : 's'}
                  </span>
                </button>
                {current?.id === s.id && <SourceDetails source={s} annotationCount={n} />}
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
