// Every annotation as a card: searchable (quotes, notes, tags, claims),
// filtered by actor, question, tag and source, in reading order, with the ones
// whose quote is lost grouped under "Unanchored". Windowed, so it stays fast
// with thousands of annotations.
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNotebook, useWorkspace } from '../state/NotebookProvider.tsx';
import { AnnotationCard } from './AnnotationCard.tsx';
import { ReadingOrder, rowsInOrder, type Row } from './rows.ts';
import { prepareNotes, safeNoteHtml } from './safeHtml.ts';
import { warmMarkdownStep } from './warmMarkdown.ts';
import { SearchIndex, SearchSession, type Filters } from './searchIndex.ts';
import { inSlices } from '../state/slices.ts';
import { VirtualList } from './VirtualList.tsx';
import { LIST_COMMITTED, SEARCH_READY } from './marks.ts';
import { useAfterFirstPaint } from '../state/afterFirstPaint.ts';
import type { Annotation } from '../../../notes/model/schema.ts';

/** 'current' follows the reader's source; '' is every source. */
type SourceChoice = 'current' | string;

const NONE: readonly Annotation[] = [];
/** Each slice of rendering notes ahead: a keystroke waits behind one at most. */
const NOTE_SLICE_MS = 2;

export function AnnotationsPane() {
  const { notebook } = useNotebook();
  const { sourceId, anchors, focusRequest, findRequest } = useWorkspace();
  const uid = useId();
  const [query, setQuery] = useState('');
  const [actorId, setActorId] = useState('');
  const [questionId, setQuestionId] = useState('');
  const [tagId, setTagId] = useState('');
  const [sourceChoice, setSourceChoice] = useState<SourceChoice>('current');
  const [index] = useState(() => new SearchIndex());
  const [search] = useState(() => new SearchSession(index));
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [seenRequest, setSeenRequest] = useState(0);

  useEffect(() => {
    if (findRequest > 0) searchRef.current?.select();
  }, [findRequest]);

  const effectiveSource = sourceChoice === 'current' ? (sourceId ?? '') : sourceChoice;
  const filters: Filters = { query, actorId, questionId, tagId, sourceId: effectiveSource };
  const positionOf = useCallback(
    (a: { id: string; sourceId: string }) => {
      const result = anchors.get(a.sourceId)?.get(a.id);
      return !result || result.state === 'orphaned' ? null : result.start;
    },
    [anchors],
  );
  // Ordered once per edit; each keystroke filters this order, so the rows need no sorting. Ordered at once,
  // so the search's index starts being built, but no cards until the reader's first screen is painted
  // (state/afterFirstPaint.ts).
  const listed = useAfterFirstPaint();
  const [order] = useState(() => new ReadingOrder());
  const ordered = useMemo(() => order.of(notebook.annotations, notebook.sources, positionOf), [order, notebook.annotations, notebook.sources, positionOf]);
  const filtered = useMemo(
    () => (listed ? search.run(notebook, { query, actorId, questionId, tagId, sourceId: effectiveSource }, ordered) : NONE),
    [listed, notebook, search, ordered, query, actorId, questionId, tagId, effectiveSource],
  );

  // After each change of the notebook: first the search's haystacks (soon, so a search typed just after
  // opening finds them ready), then the Markdown parser warmed up a step at a time (warmMarkdown.ts) and
  // every note's HTML (so a card coming into view need not build it), in reading order: the cards a search
  // shows first are the first of that order that match. The notes go in short task slices, not idle
  // callbacks, which come too rarely after an open: a large notebook's notes would not be ready before the
  // analyst searched, and the search's new cards would render their notes in the keystroke. The haystacks
  // go in longer slices, each cut short when an input is waiting, so building them takes few frames.
  useEffect(() => {
    const total = notebook.annotations.length;
    let notes = 0;
    let stopNotes = () => {};
    const prepareSomeNotes = () => {
      if (!warmMarkdownStep(safeNoteHtml)) notes = prepareNotes(ordered, notes, NOTE_SLICE_MS);
      return notes < ordered.length;
    };
    // Ahead of the rest of a long text, which arrives in slices too: a search may be typed at once.
    const stopIndexing = inSlices(() => {
      if (!search.prepare(notebook, ordered, 12, inputPending)) return true;
      if (performance.getEntriesByName(SEARCH_READY, 'mark').length === 0) performance.mark(SEARCH_READY, { detail: { annotations: total } });
      stopNotes = inSlices(prepareSomeNotes);
      return false;
    }, 'high');
    return () => {
      stopIndexing();
      stopNotes();
    };
  }, [search, notebook, ordered]);

  const rows = useMemo(() => rowsInOrder(filtered, notebook.sources, positionOf, effectiveSource === ''), [filtered, notebook.sources, positionOf, effectiveSource]);

  const clear = () => {
    setQuery('');
    setActorId('');
    setQuestionId('');
    setTagId('');
    setSourceChoice('current');
  };

  // A request to show an annotation the filters hide clears them, so its card can show.
  if (listed && focusRequest && focusRequest.nonce !== seenRequest) {
    setSeenRequest(focusRequest.nonce);
    if (!rows.some((r) => r.key === focusRequest.id)) clear();
  }

  const reveal = useMemo(() => (focusRequest ? { key: focusRequest.id, nonce: focusRequest.nonce } : null), [focusRequest]);

  // The same lists while the notebook's vocabularies stay the same, so a search keystroke leaves the
  // filters' menus alone (React otherwise re-renders every option and re-selects each menu's value).
  const choices = useMemo(
    () => ({
      actors: notebook.actors.map((a): Choice => [a.id, a.name]),
      questions: notebook.questions.map((q): Choice => [q.id, q.text]),
      tags: notebook.tags.map((t): Choice => [t.id, t.label]),
      sources: [['current', 'Source in the reader'], ...notebook.sources.map((s): Choice => [s.id, s.title])] as Choice[],
    }),
    [notebook.actors, notebook.questions, notebook.tags, notebook.sources],
  );

  const total = notebook.annotations.length;
  const shown = filtered.length;
  const anyFilter = Boolean(filters.query.trim() || actorId || questionId || tagId || sourceChoice !== 'current');

  const renderRow = useCallback(
    (row: Row) =>
      row.type === 'header' ? (
        <h3 className="group-header">
          {row.label} <span className="count">({row.count})</span>
        </h3>
      ) : (
        <AnnotationCard annotation={row.annotation} orphan={row.orphan} showSource={effectiveSource === ''} />
      ),
    [effectiveSource],
  );

  // Up/Down move between cards.
  function onListKey(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const card = event.target instanceof HTMLElement && event.target.matches('.card') ? event.target : null;
    if (!card) return;
    const cards = [...(listRef.current?.querySelectorAll<HTMLElement>('.card') ?? [])];
    const next = cards[cards.indexOf(card) + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
    }
  }

  return (
    <aside className="pane" aria-labelledby={`${uid}-title`}>
      <div className="column-head">
        <h2 id={`${uid}-title`}>Annotations</h2>
        <span className="count" aria-live="polite">
          {listed ? (anyFilter ? `${shown} of ${total}` : `${shown}`) : ''}
        </span>
      </div>
      <div role="search" className="pane-filters">
        <label htmlFor={`${uid}-q`} className="visually-hidden">
          Search annotations
        </label>
        <input
          id={`${uid}-q`}
          ref={searchRef}
          type="search"
          className="search-input"
          placeholder="Search quotes, notes, tags…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-keyshortcuts="Control+F Meta+F"
        />
        <div className="filter-grid">
          <FilterSelect label="Actor" value={actorId} onChange={setActorId} options={choices.actors} all="All actors" />
          <FilterSelect label="Question" value={questionId} onChange={setQuestionId} options={choices.questions} all="All questions" />
          <FilterSelect label="Tag" value={tagId} onChange={setTagId} options={choices.tags} all="All tags" />
          <FilterSelect label="Source" value={sourceChoice} onChange={setSourceChoice} options={choices.sources} all="All sources" />
        </div>
      </div>
      <div className="pane-list" onKeyDown={onListKey} aria-busy={!listed}>
        {listed && (
          <VirtualList
            items={rows}
            keyOf={keyOf}
            estimate={estimate}
            renderItem={renderRow}
            reveal={reveal}
            label="Annotations"
            listRef={listRef}
            committedMark={LIST_COMMITTED}
            emptyContent={
              <div className="empty">
                {total === 0 ? (
                  <p>No annotations yet. Select text in the reader to highlight it, write a note or tag a claim.</p>
                ) : !anyFilter ? (
                  // Nothing filtered out: this source simply has none yet, and the others do.
                  <>
                    <p>No annotations on this source yet. Select text in the reader to highlight it, write a note or tag a claim.</p>
                    <button type="button" className="small" onClick={() => setSourceChoice('')}>
                      Show all {total} {total === 1 ? 'annotation' : 'annotations'} (every source)
                    </button>
                  </>
                ) : (
                  <>
                    <p>No annotation matches{filters.query.trim() ? ` “${filters.query.trim()}”` : ' these filters'}.</p>
                    <button type="button" className="small" onClick={clear}>
                      Clear search and filters
                    </button>
                  </>
                )}
              </div>
            }
          />
        )}
      </div>
    </aside>
  );
}

const keyOf = (row: Row) => row.key;
/** Chromium's word that an input is waiting to be handled; false where it is not told. */
const inputPending = () => (navigator as { scheduling?: { isInputPending?(): boolean } }).scheduling?.isInputPending?.() ?? false;
/**
 * A card's height before it is measured, from its parts as laid out in the default pane (measured on the
 * bench's notebook: off by 26 px on average, where a flat guess was off by 46). Good guesses mean the
 * rows rendered fill the view the first time, so a search keystroke needs no second render.
 */
function estimate(row: Row): number {
  if (row.type === 'header') return 36;
  // Kept on the row (made once per annotation object): the list asks for every row at every keystroke.
  if (row.estimate !== undefined) return row.estimate;
  const { target, note, claim, tags } = row.annotation;
  const lines = (chars: number, perLine: number) => Math.ceil(chars / perLine);
  return (row.estimate = 68 + 21.7 * lines(target.quote.exact.length, 37) + (claim ? 64 : 0) + (note ? 8 + 20 * lines(note.length, 42) : 0) + (tags.length === 0 ? 0 : tags.length < 3 ? 22 : 35));
}

type Choice = [value: string, text: string];

const FilterSelect = memo(function FilterSelect({ label, value, onChange, options, all }: { label: string; value: string; onChange(v: string): void; options: readonly Choice[]; all: string }) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {label === 'Source' ? null : <option value="">{all}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
        {label === 'Source' ? <option value="">{all}</option> : null}
      </select>
    </div>
  );
});
