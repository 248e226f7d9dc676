import { useMemo, type MouseEvent } from 'react';
import { useNotebook } from '../state/NotebookProvider.tsx';
import { safeNoteHtml } from './safeHtml.ts';

/** A note rendered from Markdown. Links go to the system browser through main; the app never navigates. */
export function NoteHtml({ markdown, id }: { markdown: string; id?: string }) {
  const { api } = useNotebook();
  const html = useMemo(() => safeNoteHtml(markdown), [markdown]);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href');
    if (href && /^(https?:|mailto:)/i.test(href)) void api.openExternal(href);
  }

  return (
    <div
      id={id}
      className="note-html"
      onClick={onClick}
      onAuxClick={(e) => e.preventDefault()}
      // Sanitised twice: by the core's renderer and by DOMPurify in safeNoteHtml.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
