// Excerpts: annotations the analyst picks to quote in the briefing, in order,
// each with who said it, where, and the analyst's note.
import { nestedQuote } from '../../../notes/text/nested.ts';
import { useId, useMemo, useState } from 'react';
import type { Annotation, Notebook } from '../../../notes/model/schema.ts';
import { paragraphLocator } from '../../../notes/text/paragraphs.ts';
import { pageAt } from '../../../notes/text/pages.ts';
import { useNotebook } from '../state/NotebookProvider.tsx';
import { shortQuote } from '../compare/summary.ts';
import { ReorderButtons } from './KeyJudgments.tsx';
import { moveItem } from './lists.ts';
import { NoteHtml } from '../annotations/NoteHtml.tsx';
import { useBriefingEdit } from '../state/useBriefing.ts';

/** "Baghdad (Government of Iraq) · End of the mission" for a claim, else the note's start. */
function describeAnnotation(nb: Notebook, a: Annotation): string {
  if (a.claim) {
    const actor = nb.actors.find((x) => x.id === a.claim!.actorId)?.name ?? 'Unknown actor';
    return `${actor} · ${a.claim.position}`;
  }
  return a.note.trim() ? shortQuote(a.note, 40) : 'Annotation';
}

export function Excerpts({ notebook, readOnly }: { notebook: Notebook; readOnly: boolean }) {
  const { focusAnnotation } = useNotebook();
  const edit = useBriefingEdit();
  const pickId = useId();
  const byId = useMemo(() => new Map(notebook.annotations.map((a) => [a.id, a])), [notebook.annotations]);
  const chosen = notebook.briefing.excerptIds.flatMap((id) => byId.get(id) ?? []);
  const available = useMemo(() => {
    const included = new Set(notebook.briefing.excerptIds);
    return notebook.annotations.filter((a) => !included.has(a.id));
  }, [notebook.annotations, notebook.briefing.excerptIds]);
  const [pick, setPick] = useState('');
  const pickValue = available.some((a) => a.id === pick) ? pick : (available[0]?.id ?? '');
  const sources = useMemo(() => new Map(notebook.sources.map((s) => [s.id, { source: s, paragraphAt: paragraphLocator(s.text) }])), [notebook.sources]);

  const add = () => {
    if (pickValue) edit((b) => (b.excerptIds.includes(pickValue) ? null : { excerptIds: [...b.excerptIds, pickValue] }));
  };
  const move = (id: string, delta: -1 | 1) =>
    edit((b) => {
      const index = b.excerptIds.indexOf(id);
      return index < 0 ? null : { excerptIds: moveItem(b.excerptIds, index, delta) };
    });
  const remove = (id: string) => edit((b) => ({ excerptIds: b.excerptIds.filter((x) => x !== id) }));

  return (
    <section className="briefing-section" aria-labelledby="excerpts-title">
      <h2 id="excerpts-title">Excerpts</h2>
      {chosen.length === 0 && <p className="muted">No excerpts yet. Add annotations to quote them, with their citation and your note.</p>}
      <ol className="excerpt-list">
        {chosen.map((a, index) => {
          const { source, paragraphAt } = sources.get(a.sourceId) ?? {};
          const label = describeAnnotation(notebook, a);
          return (
            <li key={a.id} className="excerpt-item" data-annotation-id={a.id}>
              <div className="excerpt-head">
                <span className="excerpt-who">{label}</span>
                <ReorderButtons
                  what={`excerpt ${index + 1}`}
                  first={index === 0}
                  last={index === chosen.length - 1}
                  readOnly={readOnly}
                  onMove={(delta) => move(a.id, delta)}
                  onRemove={() => remove(a.id)}
                />
              </div>
              <blockquote className="excerpt-quote">
                <button type="button" className="quote-link" onClick={() => focusAnnotation(a.id)} title="Show in the reader">
                  “{nestedQuote(a.target.quote.exact)}”
                </button>
              </blockquote>
              {source && (
                <p className="excerpt-cite">
                  {source.title}
                  {source.publisher ? `, ${source.publisher}` : ''}, {source.pages ? `p. ${pageAt(source.pages, a.target.position.start)} ` : ''}¶
                  {paragraphAt?.(a.target.position.start)}
                </p>
              )}
              {a.note.trim() && (
                <div className="excerpt-note">
                  <NoteHtml markdown={a.note} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {available.length > 0 ? (
        <div className="excerpt-add">
          <label htmlFor={pickId}>Add an annotation</label>
          <select id={pickId} value={pickValue} onChange={(e) => setPick(e.target.value)} disabled={readOnly}>
            {available.map((a) => (
              <option key={a.id} value={a.id}>
                {describeAnnotation(notebook, a)} — “{shortQuote(a.target.quote.exact, 50)}”
              </option>
            ))}
          </select>
          <button type="button" onClick={add} disabled={readOnly || !pickValue}>
            Add excerpt
          </button>
        </div>
      ) : (
        <p className="muted">{notebook.annotations.length === 0 ? 'Annotate a source in the reader to have something to quote.' : 'Every annotation is already an excerpt.'}</p>
      )}
    </section>
  );
}
