// A modal dialog for the merge and preferences: a title, the body, and the
// buttons; Escape or a click outside closes it, and focus goes back where it was.
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function Modal({ title, onClose, children, footer, wide }: { title: string; onClose(): void; children: ReactNode; footer: ReactNode; wide?: boolean }) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const returnTo = document.activeElement;
    // The first control of the dialog, else the dialog itself, takes the focus.
    const first = box.current?.querySelector<HTMLElement>('[autofocus], input, button:not([disabled])');
    (first ?? box.current)?.focus();
    return () => {
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, []);
  return (
    <div className="merge-backdrop" onMouseDown={onClose}>
      <div
        ref={box}
        className={`merge-dialog${wide ? ' wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={titleId} className="merge-title">
          {title}
        </h2>
        <div className="merge-body">{children}</div>
        <div className="merge-footer">{footer}</div>
      </div>
    </div>
  );
}
