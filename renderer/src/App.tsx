import { useEffect, useState } from 'react';
import { NotebookProvider, useNotebook } from './state/NotebookProvider.tsx';
import { TopBar } from './shell/TopBar.tsx';
import { NoticeBar } from './shell/NoticeBar.tsx';
import { ErrorScreen } from './shell/ErrorScreen.tsx';
import { SourcesList } from './sources/SourcesList.tsx';
import { Reader } from './reader/Reader.tsx';
import { useFileDrop } from './sources/useFileDrop.ts';
import { usePasteImport } from './sources/usePasteImport.ts';
import { BriefingView } from './briefing/BriefingView.tsx';
import { CompareView } from './compare/CompareView.tsx';
import { FindClaimsProvider } from './findClaims/FindClaimsProvider.tsx';
import { FindClaimsOffer } from './findClaims/FindClaimsOffer.tsx';
import { SidePane } from './findClaims/SidePane.tsx';
import { CommandHost } from './shell/CommandPalette.tsx';
import { UiProvider } from './shell/ui.tsx';
import { MergeHost } from './merge/MergeHost.tsx';
import { ActorsDialog } from './actors/ActorsPanel.tsx';

export function App() {
  return (
    <NotebookProvider api={window.notebook} failed={(controller, error) => <ErrorScreen controller={controller} error={error} />}>
      <UiProvider>
        <FindClaimsProvider>
          <Shell />
          <CommandHost />
          <ActorsDialog />
          <MergeHost />
        </FindClaimsProvider>
      </UiProvider>
    </NotebookProvider>
  );
}

/** The three panes; Ctrl+\ hides or shows the sources, Ctrl+Shift+\ the annotations, so a narrow window can give the text its room. */
function ReaderColumns() {
  const [hidden, setHidden] = useState({ sources: false, annotations: false });
  const toggle = (pane: 'sources' | 'annotations') => setHidden((h) => ({ ...h, [pane]: !h[pane] }));
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && (e.code === 'Backslash' || e.key === '\\')) {
        e.preventDefault();
        toggle(e.shiftKey ? 'annotations' : 'sources');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className={`columns${hidden.sources ? ' sources-hidden' : ''}${hidden.annotations ? ' annotations-hidden' : ''}`}>
      <div className="pane-toggles">
        <button type="button" className="icon-button small" aria-pressed={!hidden.sources} aria-keyshortcuts="Control+\" title="Show or hide the sources (Ctrl+\)" onClick={() => toggle('sources')}>
          Sources
        </button>
        <button type="button" className="icon-button small" aria-pressed={!hidden.annotations} aria-keyshortcuts="Control+Shift+\" title="Show or hide the annotations (Ctrl+Shift+\)" onClick={() => toggle('annotations')}>
          Annotations
        </button>
      </div>
      {!hidden.sources && <SourcesList />}
      <Reader />
      {!hidden.annotations && <SidePane />}
    </div>
  );
}

function Shell() {
  const { view, readOnly, session } = useNotebook();
  const dropping = useFileDrop();
  usePasteImport();
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
      <FindClaimsOffer />
      {view === 'reader' ? (
        <ReaderColumns />
      ) : (
        <main className="view-main" id="main" aria-label={view === 'compare' ? 'Compare claims' : 'Briefing'}>
          {view === 'compare' ? <CompareView /> : <BriefingView />}
        </main>
      )}
      {dropping && (
        <div className="drop-hint" aria-hidden="true">
          Drop web pages, PDFs, Word, text or Markdown files to import them as sources
        </div>
      )}
    </div>
  );
}
