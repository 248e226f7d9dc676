// Dropping .txt/.md files anywhere on the window imports them as sources.
// Every drag is cancelled so a dropped file can never navigate the app, unless a
// drop target inside it took the drag first.
import { useEffect, useState } from 'react';
import { useWorkspace } from '../state/NotebookProvider.tsx';
import { sizeProblem } from '../../../notes/sources/decode.ts';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function useFileDrop(): boolean {
  const { importSource, controller } = useWorkspace();
  const [dropping, setDropping] = useState(false);

  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDropping(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDropping(false);
    };
    const onOver = (e: DragEvent) => {
      // Taken by a drop target in the app (a claim card taking another card's handle): its effect stands.
      if (e.defaultPrevented) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = hasFiles(e) ? 'copy' : 'none';
    };
    const onDrop = (e: DragEvent) => {
      if (e.defaultPrevented) return;
      e.preventDefault();
      depth = 0;
      setDropping(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      void (async () => {
        // One at a time: each import moves the notebook's revision on.
        for (const file of files) {
          // Refuse before reading: a 100 MB file would be read and shipped to main only to be refused there.
          const tooLarge = sizeProblem(file.name, file.size);
          if (tooLarge) {
            controller.notify(tooLarge);
            continue;
          }
          const data = new Uint8Array(await file.arrayBuffer());
          await importSource({ name: file.name.slice(0, 255) || 'Untitled.txt', data });
        }
      })();
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [importSource, controller]);

  return dropping;
}
