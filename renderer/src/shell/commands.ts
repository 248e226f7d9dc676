// Every user command the window knows, once (as Excalidraw's actions are):
// the command palette lists them, and the application menu sends their ids.
// A feature adds its command here; `perform` gets what it needs through the
// context rather than importing the views.
import type { MenuCommand } from '../../../electron/contract.ts';
import type { NotebookContextValue, Workspace } from '../state/NotebookProvider.tsx';
import { isUndoKeyTarget } from '../state/keys.ts';
import type { Ui } from './ui.tsx';
import { requestFindClaims } from '../findClaims/requests.ts';
import { ACTORS_PANEL } from '../actors/panel.ts';

export interface CommandContext {
  notebook: NotebookContextValue;
  workspace: Workspace;
  ui: Ui;
}

export interface Command {
  /** The menu sends this id (see MENU_COMMANDS); palette-only commands have their own. */
  id: MenuCommand | (string & {});
  /** In the analyst's words, as the palette shows it. */
  title: string;
  /** The shortcut, as shown (the keys themselves are handled where they always were). */
  keys?: string;
  /** Other words the palette matches. */
  also?: string;
  /** False when the command cannot run now (read-only, nothing to undo); the palette shows it dimmed. */
  enabled?(ctx: CommandContext): boolean;
  perform(ctx: CommandContext): void;
}

const writable = ({ notebook }: CommandContext) => !notebook.readOnly;

export const COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    title: 'Undo',
    keys: 'Ctrl+Z',
    enabled: ({ notebook }) => notebook.canUndo,
    // The menu's accelerator catches Ctrl+Z everywhere; in a search box or form field it means "undo my typing".
    perform: ({ notebook }) => (isUndoKeyTarget(document.activeElement) ? notebook.undo() : void document.execCommand('undo')),
  },
  {
    id: 'redo',
    title: 'Redo',
    keys: 'Ctrl+Shift+Z',
    enabled: ({ notebook }) => notebook.canRedo,
    perform: ({ notebook }) => (isUndoKeyTarget(document.activeElement) ? notebook.redo() : void document.execCommand('redo')),
  },
  {
    id: 'find',
    title: 'Find in annotations',
    keys: 'Ctrl+F',
    also: 'search',
    perform: ({ workspace }) => workspace.requestFind(),
  },
  { id: 'import', title: 'Import a source…', keys: 'Ctrl+I', also: 'web page pdf word text markdown open file', enabled: writable, perform: ({ workspace }) => void workspace.importSource() },
  { id: 'view-reader', title: 'Show the reader', keys: 'Ctrl+1', perform: ({ notebook }) => notebook.setView('reader') },
  { id: 'view-compare', title: 'Compare claims', keys: 'Ctrl+2', also: 'actors positions conflicts', perform: ({ notebook }) => notebook.setView('compare') },
  {
    id: 'review-revision',
    title: 'Review re-anchored annotations',
    also: 'revision new version fuzzy orphaned confirm re-place',
    perform: ({ notebook, ui }) => {
      notebook.setView('reader');
      ui.openPanel('revision');
    },
  },
  { id: 'palette', title: 'Show all commands', keys: 'Ctrl+K', also: 'palette', perform: ({ ui }) => ui.setPaletteOpen(true) },
  { id: 'view-briefing', title: 'Show the briefing', keys: 'Ctrl+3', also: 'export bluf key judgments', perform: ({ notebook }) => notebook.setView('briefing') },
  { id: 'merge', title: 'Merge a notebook…', also: "colleague's copy combine bring in", enabled: writable, perform: ({ ui }) => ui.openPanel('merge') },
  {
    id: 'conflicts',
    title: 'Resolve merge conflicts…',
    also: 'mine theirs both',
    enabled: ({ notebook }) => (notebook.notebook.conflicts?.length ?? 0) > 0,
    perform: ({ ui }) => ui.openPanel('conflicts'),
  },
  { id: 'preferences', title: 'Preferences…', also: 'your name author settings', perform: ({ ui }) => ui.openPanel('preferences') },
  {
    id: 'find-claims',
    title: 'Find claims in this source',
    also: 'who said what suggest quotes attributed statements review',
    enabled: (ctx) => writable(ctx) && ctx.workspace.sourceId !== null,
    perform: ({ workspace }) => workspace.sourceId && requestFindClaims(workspace.sourceId),
  },
  { id: 'actors', title: 'Actors', also: 'rename merge aliases other names speakers', perform: ({ ui }) => ui.openPanel(ACTORS_PANEL) },
];

export function commandById(id: string): Command | undefined {
  return COMMANDS.find((c) => c.id === id);
}

/**
 * The commands whose words hold every word typed, best first: a title that
 * starts with the query, then titles before other words, then list order.
 */
export function matchCommands(commands: readonly Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  const scored: { command: Command; score: number; index: number }[] = [];
  commands.forEach((command, index) => {
    const title = command.title.toLowerCase();
    const haystack = `${title} ${command.also ?? ''}`.toLowerCase();
    if (!words.every((w) => haystack.includes(w))) return;
    const score = title.startsWith(words[0]!) ? 0 : words.every((w) => title.includes(w)) ? 1 : 2;
    scored.push({ command, score, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((s) => s.command);
}
