// The merge's dialogs and the preferences, shown when their panel is open
// (shell/ui.tsx): the commands and the top bar's conflicts button open them.
import { useUi } from '../shell/ui.tsx';
import { ConflictsDialog } from './ConflictsDialog.tsx';
import { MergePreviewDialog } from './MergePreviewDialog.tsx';
import { PreferencesDialog } from './PreferencesDialog.tsx';
import './merge.css';

export const MERGE_PANEL = 'merge';
export const CONFLICTS_PANEL = 'conflicts';
export const PREFERENCES_PANEL = 'preferences';

export function MergeHost() {
  const { panel, openPanel, closePanel } = useUi();
  if (panel === MERGE_PANEL) return <MergePreviewDialog onClose={closePanel} onConflicts={() => openPanel(CONFLICTS_PANEL)} />;
  if (panel === CONFLICTS_PANEL) return <ConflictsDialog onClose={closePanel} />;
  if (panel === PREFERENCES_PANEL) return <PreferencesDialog onClose={closePanel} />;
  return null;
}
