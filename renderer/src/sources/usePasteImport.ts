// Pasting (Ctrl+V, or Edit > Paste) while no text field has focus imports what
// is on the clipboard as a source: HTML as a web page, through the same
// importer as a saved page (Readability in main; nothing of it runs here),
// plain text as text. In a text field, paste is the field's.
import { useEffect } from 'react';
import { useWorkspace } from '../state/NotebookProvider.tsx';
import { sizeProblem } from '../../../notes/sources/decode.ts';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type !== 'button' && target.type !== 'checkbox');
}

export function usePasteImport(): void {
  const { importSource, controller } = useWorkspace();
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (e.defaultPrevented || isTextEntry(e.target) || isTextEntry(document.activeElement)) return;
      const html = e.clipboardData?.getData('text/html') ?? '';
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!html.trim() && !text.trim()) return;
      e.preventDefault();
      const name = html.trim() ? 'clipboard.html' : 'clipboard.txt';
      const data = new TextEncoder().encode(html.trim() ? html : text);
      const tooLarge = sizeProblem(name, data.byteLength);
      if (tooLarge) return controller.notify(tooLarge);
      void importSource({ name, data: new Uint8Array(data) });
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [importSource, controller]);
}
