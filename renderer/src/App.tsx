import { NotebookProvider, useNotebook } from './state/NotebookProvider.tsx';
import { TopBar } from './shell/TopBar.tsx';
import { NoticeBar } from './shell/NoticeBar.tsx';
import { ErrorScreen } from './shell/ErrorScreen.tsx';
import { SourcesList } from './sources/SourcesList.tsx';
import { Reader } from './reader/Reader.tsx';
import { AnnotationsPane } from './annotations/AnnotationsPane.tsx';
import { useFileDrop } from './sources/useFileDrop.ts';
import { BriefingView } from './briefing/BriefingView.tsx';
import { CompareView } from './compare/CompareView.tsx';

export function App() {
  return (
    <NotebookProvider api={window.notebook} failed={(controller, error) => <ErrorScreen controller={controller} error={error} />}>
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
        <main className="view-main" id="main" aria-label={view === 'compare' ? 'Compare claims' : 'Briefing'}>
          {view === 'compare' ? <CompareView /> : <BriefingView />}
        </main>
      )}
      {dropping && (
        <div className="drop-hint" aria-hidden="true">
          Drop .txt or .md files to import them as sources
        </div>
      )}
    </div>
  );
}
