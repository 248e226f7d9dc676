// The briefing exactly as exported to HTML, in an iframe with every sandbox
// restriction (no scripts, no same-origin, no forms, no navigation): whatever
// a note holds, it stays inert here.
import { useEffect, useMemo, useState } from 'react';
// The HTML exporter alone: the index would also bundle the Word exporter.
import { briefingToHtml } from '../../../notes/export/html.ts';
import type { Notebook } from '../../../notes/model/schema.ts';

const SETTLE_MS = 500;

export function BriefingPreview({ notebook }: { notebook: Notebook }) {
  // Re-rendering reloads the frame (and its scroll); wait until edits settle.
  const [shown, setShown] = useState(notebook);
  useEffect(() => {
    if (shown === notebook) return;
    const timer = setTimeout(() => setShown(notebook), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [notebook, shown]);
  const html = useMemo(() => safeHtml(shown), [shown]);
  return <iframe className="briefing-frame" title="Briefing preview, as exported" sandbox="" srcDoc={html} />;
}

function safeHtml(nb: Notebook): string {
  try {
    return briefingToHtml(nb);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const escaped = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return `<!doctype html><p>The preview could not be made: ${escaped}</p>`;
  }
}
