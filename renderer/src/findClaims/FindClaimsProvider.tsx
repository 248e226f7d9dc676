// The claim-finding review: which source is being reviewed, how far the
// finder has got, what it found. What is still offered is worked out from the
// live notebook each time (openSuggestions), so an accept or a reject — and
// their undo — changes the queue with no bookkeeping of its own.
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { changedParagraphs, openSuggestions } from '../../../notes/claims/accept.ts';
import type { Suggestion } from '../../../notes/claims/find.ts';
import { newId } from '../../../notes/model/factory.ts';
import { useNotebook, useWorkspace } from '../state/NotebookProvider.tsx';
import { defaultQuestion, keyOf, planAccept, speakerOf } from './acceptPlan.ts';
import { runFinder, type FinderRun } from './runFinder.ts';
import { onFindClaimsRequest } from './requests.ts';

export interface Review {
  sourceId: string;
  /** The text the finder read: offsets are into it. */
  text: string;
  status: 'finding' | 'ready' | 'failed';
  done: number;
  total: number;
  /** Progress reports received from the worker. */
  reports: number;
  /** Whether only a revised source's changed paragraphs were read. */
  changedOnly: boolean;
  found: Suggestion[];
  message?: string;
}

/** An offer to find claims in a source just imported or revised. */
export interface Offer {
  sourceId: string;
  revised: boolean;
}

export interface FindClaims {
  review: Review | null;
  /** Suggestions still to review, in text order. */
  open: Suggestion[];
  focusKey: string | null;
  setFocusKey(key: string | null): void;
  question: string;
  setQuestion(text: string): void;
  start(sourceId: string): void;
  close(): void;
  accept(suggestions: readonly Suggestion[]): boolean;
  reject(suggestion: Suggestion): boolean;
  /** The open suggestions by the same speaker as `s`. */
  sameSpeaker(s: Suggestion): Suggestion[];
  offer: Offer | null;
  dismissOffer(): void;
}

const Context = createContext<FindClaims | null>(null);

export function useFindClaims(): FindClaims {
  const value = use(Context);
  if (!value) throw new Error('useFindClaims() is used outside <FindClaimsProvider>');
  return value;
}

export function FindClaimsProvider({ children }: { children: ReactNode }) {
  const { notebook, apply, readOnly } = useNotebook();
  const { setSourceId, controller } = useWorkspace();
  const [review, setReview] = useState<Review | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [question, setQuestion] = useState('');
  const [offer, setOffer] = useState<Offer | null>(null);
  const run = useRef<FinderRun | null>(null);
  /** The live notebook, for callbacks that must not go stale between renders. */
  const live = useCallback(() => controller.getState().notebook ?? notebook, [controller, notebook]);

  // Sources as last seen: a new one is offered the finder, a revised one keeps its previous text.
  // Each text is offered once: undo and redo bring back a source or a version already offered.
  const seen = useRef<Map<string, string> | null>(null);
  const previous = useRef(new Map<string, string>());
  const offered = useRef(new Map<string, Set<string>>());
  useEffect(() => {
    const now = new Map(notebook.sources.map((s) => [s.id, s.text]));
    const before = seen.current;
    seen.current = now;
    const firstTime = (id: string, text: string) => {
      const texts = offered.current.get(id) ?? new Set<string>();
      offered.current.set(id, texts);
      const fresh = !texts.has(text);
      texts.add(text);
      return fresh;
    };
    if (!before) {
      for (const [id, text] of now) firstTime(id, text);
      return;
    }
    if (readOnly) return;
    for (const [id, text] of now) {
      const old = before.get(id);
      if (old === text || !firstTime(id, text)) continue;
      if (old === undefined) setOffer({ sourceId: id, revised: false });
      else {
        if (!previous.current.has(id)) previous.current.set(id, old);
        setOffer({ sourceId: id, revised: true });
      }
    }
  }, [notebook.sources, readOnly]);

  const close = useCallback(() => {
    run.current?.cancel();
    run.current = null;
    setReview(null);
    setFocusKey(null);
  }, []);
  useEffect(() => () => run.current?.cancel(), []);

  const start = useCallback(
    (sourceId: string) => {
      const nb = live();
      const source = nb.sources.find((s) => s.id === sourceId);
      if (!source) return;
      run.current?.cancel();
      setOffer(null);
      setSourceId(sourceId);
      const before = previous.current.get(sourceId);
      const within = before === undefined ? undefined : changedParagraphs(before, source.text);
      const text = source.text;
      setQuestion((q) => (q.trim() ? q : defaultQuestion(nb, source.title)));
      setFocusKey(null);
      setReview({ sourceId, text, status: 'finding', done: 0, total: 0, reports: 0, changedOnly: within !== undefined, found: [] });
      const actors = nb.actors.map(({ id, name, aliases }) => ({ id, name, aliases }));
      const current = runFinder({ text, actors, ...(within ? { within } : {}) }, (done, total) =>
        setReview((r) => (r && r.sourceId === sourceId ? { ...r, done, total, reports: r.reports + 1 } : r)),
      );
      run.current = current;
      current.done.then(
        (found) => {
          if (run.current !== current) return;
          run.current = null;
          previous.current.delete(sourceId);
          setReview((r) => (r && r.sourceId === sourceId ? { ...r, status: 'ready', found } : r));
        },
        (error: unknown) => {
          if (run.current !== current) return;
          run.current = null;
          const message = error instanceof Error ? error.message : String(error);
          setReview((r) => (r && r.sourceId === sourceId ? { ...r, status: 'failed', message } : r));
        },
      );
    },
    [setSourceId, live],
  );

  useEffect(() => onFindClaimsRequest(start), [start]);

  // A source changed or gone under the review: its offsets no longer hold, and the review ends.
  const source = review ? notebook.sources.find((s) => s.id === review.sourceId) : undefined;
  const current = review && source?.text === review.text ? review : null;

  const open = useMemo(() => (current ? openSuggestions(notebook, current.sourceId, current.text, current.found) : []), [current, notebook]);

  const accept = useCallback(
    (suggestions: readonly Suggestion[]) => {
      if (!current || suggestions.length === 0) return false;
      const nb = live();
      const source = nb.sources.find((s) => s.id === current.sourceId);
      const text = question.trim() || defaultQuestion(nb, source?.title ?? '');
      const ops = planAccept(nb, suggestions, { sourceId: current.sourceId, question: text, now: new Date().toISOString(), makeId: newId });
      return apply(ops);
    },
    [current, question, apply, live],
  );

  const reject = useCallback(
    (s: Suggestion) => (current ? apply({ kind: 'suggestion.dismiss', sourceId: current.sourceId, exact: current.text.slice(s.content.start, s.content.end), dismissed: true }) : false),
    [current, apply],
  );

  const sameSpeaker = useCallback((s: Suggestion) => open.filter((o) => speakerOf(o) === speakerOf(s)), [open]);

  const value = useMemo<FindClaims>(
    () => ({
      review: current,
      open,
      focusKey: focusKey ?? (open[0] ? keyOf(open[0]) : null),
      setFocusKey,
      question,
      setQuestion,
      start,
      close,
      accept,
      reject,
      sameSpeaker,
      offer,
      dismissOffer: () => setOffer(null),
    }),
    [current, open, focusKey, question, start, close, accept, reject, sameSpeaker, offer],
  );
  return <Context value={value}>{children}</Context>;
}
