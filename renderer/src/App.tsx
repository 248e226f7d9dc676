import { NotebookProvider, useNotebook } from './state/store.tsx';
import { TopBar } from './shell/TopBar.tsx';
import { NoticeBar } from './shell/NoticeBar.tsx';
import { SourcesList } from './sources/SourcesList.tsx';
import { Reader } from './reader/Reader.tsx';
import { AnnotationsPane } from './annotations/AnnotationsPane.tsx';
import { useFileDrop } from './sources/useFileDrop.ts';
import { OtherView } from './views/OtherView.tsx';

export function App() {
  return (
    <NotebookProvider api={window.notebook}>
      <Shell />
    </NotebookProvider>
  );
}

function Shell() {
  const { view, readOnly, session } = useNotebook();
  const dropping = useFileDrop();
  return (
    <div className={`app${dropping ? ' dropping' : ''}`}>
      <TopBar />
      {readOnly && (
        <p className="banner readonly-banner" role="note">
          Read-only: this notebook is open in {session.heldBy ?? 'another window or in the command line'}. You can read, compare and export; close it there to edit
          here.
        </p>
      )}
      <NoticeBar />
      {view === 'reader' ? (
        <div className="columns">
          <SourcesList />
          <Reader />
          <AnnotationsPane />
        </div>
      ) : (
        <OtherView view={view} />
      )}
      {dropping && (
        <div className="drop-hint" aria-hidden="true">
          Drop .txt or .md files to import them as sources
        </div>
      )}
    </div>
  );
}
