// The notebook as React sees it. `useNotebook()` is the API the views use
// (reader, compare, briefing); `useWorkspace()` adds what the reader and the
// annotations pane share (shown source, anchors, focus requests).
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiError, NotebookApi, SaveStatus, Session } from '../../../electron/contract.ts';
import type { Operation } from '../../../notes/model/ops.ts';
import type { Notebook } from '../../../notes/model/schema.ts';
import { AnchorCache, type Anchors } from './anchorCache.ts';
import { NotebookController, type ApplyOptions, type FileBytes, type Notice } from './controller.ts';
import { isUndoKeyTarget } from './keys.ts';

export type View = 'reader' | 'compare' | 'briefing';

export interface NotebookContextValue {
  /** The session as main last sent it; read the live notebook from `notebook`. */
  session: Session;
  notebook: Notebook;
  /** Applies edits now and saves them; an array goes as one batch (one undo step). False when refused (and said why). */
  apply(op: Operation | Operation[], options?: ApplyOptions): boolean;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string;
  redoLabel: string;
  saveStatus: SaveStatus;
  readOnly: boolean;
  view: View;
  setView(view: View): void;
  /** Switches to the reader, scrolls the quote into view, flashes its highlight and focuses its card. */
  focusAnnotation(id: string): void;
  api: NotebookApi;
}

export interface FocusRequest {
  id: string;
  /** Bumped on every request, so focusing the same annotation twice still scrolls. */
  nonce: number;
}

export type CardEdit = 'note' | 'claim' | 'tags';

/** The one card being edited, and what of it. */
export interface Editing {
  id: string;
  what: CardEdit;
  nonce: number;
}

export type FocusTaker = 'reader' | 'card';

export interface Workspace {
  controller: NotebookController;
  /** The source the reader shows (null when the notebook has none). */
  sourceId: string | null;
  setSourceId(id: string): void;
  /** Anchor results by source id, then annotation id. */
  anchors: ReadonlyMap<string, Anchors>;
  focusRequest: FocusRequest | null;
  /**
   * The current focus request, once per taker: the reader and the cards remount
   * (source switch, list scrolling) and must not act on an old request again.
   */
  takeFocusRequest(taker: FocusTaker, accept: (request: FocusRequest) => boolean): FocusRequest | null;
  editing: Editing | null;
  /** Opens a card's note editor, claim form or tags (null closes). */
  setEditing(id: string, what: CardEdit | null): void;
  /** Like focusAnnotation, and opens the card's note editor or claim form. */
  editAnnotation(id: string, what: CardEdit): void;
  /** True the first time it is called with `key`: one-shot effects such as focusing a just-opened editor. */
  once(key: string): boolean;
  /** The annotation whose card has focus: the reader marks its quote. */
  activeId: string | null;
  setActiveId(id: string | null): void;
  /** Bumped by Find (menu or Ctrl+F): the annotations pane focuses its search box. */
  findRequest: number;
  requestFind(): void;
  notice: Notice | null;
  importSource(file?: FileBytes): Promise<void>;
  /** Replaces a source's text by a newer version; says how its annotations followed. */
  reviseSource(sourceId: string, file?: FileBytes): Promise<void>;
  /** The last source given a new version here, bumped each time: the revision report opens for it. */
  revised: { sourceId: string; nonce: number } | null;
}

const NotebookContext = createContext<NotebookContextValue | null>(null);
const WorkspaceContext = createContext<Workspace | null>(null);

export function useNotebook(): NotebookContextValue {
  const value = use(NotebookContext);
  if (!value) throw new Error('useNotebook() is used outside <NotebookProvider>');
  return value;
}

export function useWorkspace(): Workspace {
  const value = use(WorkspaceContext);
  if (!value) throw new Error('useWorkspace() is used outside <NotebookProvider>');
  return value;
}

/** The notebook for `children`; until it is open, a splash; when it cannot be opened, `failed` (the shell's error screen). */
export function NotebookProvider({ api, children, failed }: { api: NotebookApi; children: ReactNode; failed: (controller: NotebookController, error: ApiError | null) => ReactNode }) {
  const [controller] = useState(() => new NotebookController(api));
  const state = useSyncExternalStore(controller.subscribe, controller.getState);

  useEffect(() => {
    void controller.start();
    return () => controller.dispose();
  }, [controller]);

  // Nothing typed is lost when the window closes or is hidden.
  useEffect(() => {
    const flush = () => void controller.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [controller]);

  if (state.phase === 'loading') {
    return (
      <main className="splash" aria-busy="true">
        <p role="status">Opening notebook…</p>
      </main>
    );
  }
  if (state.phase === 'failed' || !state.session || !state.notebook) {
    return failed(controller, state.loadError);
  }
  return (
    <ReadyProvider controller={controller} session={state.session} notebook={state.notebook}>
      {children}
    </ReadyProvider>
  );
}

function ReadyProvider({ controller, session, notebook, children }: { controller: NotebookController; session: Session; notebook: Notebook; children: ReactNode }) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const [view, setView] = useState<View>('reader');
  const [chosenSource, setSourceId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [findRequest, setFindRequest] = useState(0);
  const [revised, setRevised] = useState<Workspace['revised']>(null);
  const [anchorCache] = useState(() => new AnchorCache());
  const anchors = useMemo(() => anchorCache.update(notebook), [anchorCache, notebook]);

  const sourceId = notebook.sources.some((s) => s.id === chosenSource) ? chosenSource : (notebook.sources[0]?.id ?? null);

  const undo = useCallback(() => {
    controller.applyDrafts();
    controller.undo();
  }, [controller]);
  const redo = useCallback(() => {
    controller.applyDrafts();
    controller.redo();
  }, [controller]);
  const apply = useCallback((op: Operation | Operation[], options?: ApplyOptions) => controller.apply(op, options), [controller]);

  const [activeId, setActiveId] = useState<string | null>(null);
  const [editing, setEditingState] = useState<Editing | null>(null);
  const taken = useRef<Record<FocusTaker, number>>({ reader: 0, card: 0 });
  const onceKeys = useRef(new Set<string>());
  const nonce = useRef(0);

  const takeFocusRequest = useCallback(
    (taker: FocusTaker, accept: (request: FocusRequest) => boolean) => {
      if (!focusRequest || taken.current[taker] >= focusRequest.nonce || !accept(focusRequest)) return null;
      taken.current[taker] = focusRequest.nonce;
      return focusRequest;
    },
    [focusRequest],
  );
  const once = useCallback((key: string) => {
    if (onceKeys.current.has(key)) return false;
    onceKeys.current.add(key);
    return true;
  }, []);
  const setEditing = useCallback((id: string, what: CardEdit | null) => {
    setEditingState(what ? { id, what, nonce: ++nonce.current } : null);
  }, []);

  const revealAnnotation = useCallback(
    (id: string, what?: CardEdit) => {
      const annotation = controller.getState().notebook?.annotations.find((a) => a.id === id);
      if (!annotation) return;
      setView('reader');
      setSourceId(annotation.sourceId);
      setFocusRequest({ id, nonce: ++nonce.current });
      if (what) setEditing(id, what);
    },
    [controller, setEditing],
  );
  const focusAnnotation = useCallback((id: string) => revealAnnotation(id), [revealAnnotation]);
  const editAnnotation = useCallback((id: string, what: CardEdit) => revealAnnotation(id, what), [revealAnnotation]);

  const importSource = useCallback(
    async (file?: FileBytes) => {
      const id = await controller.importSource(file);
      if (id) {
        setSourceId(id);
        setView('reader');
      }
    },
    [controller],
  );

  const reviseSource = useCallback(
    async (id: string, file?: FileBytes) => {
      const report = await controller.reviseSource(id, file);
      if (!report) return;
      setSourceId(id);
      setView('reader');
      // The revision report opens on it and says how the annotations followed; no notice repeats it.
      setRevised({ sourceId: id, nonce: ++nonce.current });
    },
    [controller],
  );

  const requestFind = useCallback(() => {
    setView('reader');
    setFindRequest((n) => n + 1);
  }, []);

  // The menu's shortcuts when there is no menu (the browser harness); the menu's commands themselves run in shell/CommandPalette.tsx.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if ((key === 'z' || key === 'y') && isUndoKeyTarget(event.target)) {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) redo();
        else undo();
      } else if (['1', '2', '3'].includes(key) && !event.shiftKey) {
        event.preventDefault();
        setView((['reader', 'compare', 'briefing'] as const)[Number(key) - 1]!);
      } else if (key === 'f' && !event.shiftKey) {
        event.preventDefault();
        requestFind();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, requestFind]);

  const value = useMemo<NotebookContextValue>(
    () => ({
      session,
      notebook,
      apply,
      undo,
      redo,
      canUndo: state.canUndo,
      canRedo: state.canRedo,
      undoLabel: state.undoLabel,
      redoLabel: state.redoLabel,
      saveStatus: state.saveStatus,
      readOnly: state.readOnly,
      view,
      setView,
      focusAnnotation,
      api: controller.api,
    }),
    [session, notebook, apply, undo, redo, state.canUndo, state.canRedo, state.undoLabel, state.redoLabel, state.saveStatus, state.readOnly, view, focusAnnotation, controller],
  );
  const workspace = useMemo<Workspace>(
    () => ({
      controller,
      sourceId,
      setSourceId,
      anchors,
      focusRequest,
      takeFocusRequest,
      editing,
      setEditing,
      editAnnotation,
      once,
      activeId,
      setActiveId,
      findRequest,
      requestFind,
      notice: state.notice,
      importSource,
      reviseSource,
      revised,
    }),
    [controller, sourceId, anchors, focusRequest, takeFocusRequest, editing, setEditing, editAnnotation, once, activeId, findRequest, requestFind, state.notice, importSource, reviseSource, revised],
  );

  return (
    <NotebookContext value={value}>
      <WorkspaceContext value={workspace}>{children}</WorkspaceContext>
    </NotebookContext>
  );
}

