// One line about the last thing that went wrong (or needs saying), with what to do.
import { useEffect } from 'react';
import { useNotebook, useWorkspace } from '../state/NotebookProvider.tsx';

const INFO_MS = 8000;

export function NoticeBar() {
  const { notice, controller } = useWorkspace();
  const { undo } = useNotebook();

  // Information goes away by itself; errors stay until dismissed.
  useEffect(() => {
    if (!notice || notice.kind !== 'info') return;
    const timer = setTimeout(() => controller.dismissNotice(notice.id), INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, controller]);

  return (
    <div className="notice-slot">
      {notice && (
        <p key={notice.id} className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.message}</span>
          {notice.undoable && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                controller.dismissNotice(notice.id);
                undo();
              }}
            >
              Undo
            </button>
          )}
          <button type="button" className="link-button" onClick={() => controller.dismissNotice(notice.id)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
