// A list that renders only the rows in view (and a little either side), so
// 10,000 annotation cards cost what 20 do. The rows shown stack in normal flow
// between two spacers sized from the other rows' heights (measured once seen,
// estimated until then): a card taller or shorter than its estimate moves
// nothing on screen, so a keystroke that changes the cards commits once,
// instead of once to show them and again to put them where their real heights
// say (that second commit, after a frame's layout, doubled a search keystroke).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { offsetsOf, visibleRows } from './windowing.ts';

interface Props<T> {
  items: readonly T[];
  keyOf(item: T): string;
  /** Called for every item at every render (each keystroke of a search): keep it cheap, or remember it. */
  estimate(item: T): number;
  renderItem(item: T, index: number): ReactNode;
  /** Scroll this row into view (the nonce repeats a request for the same key). */
  reveal?: { key: string; nonce: number } | null;
  label: string;
  listRef?: RefObject<HTMLOListElement | null>;
  emptyContent?: ReactNode;
  /** A performance mark made each time the list is committed (the bench times search keystrokes by it). */
  committedMark?: string;
}

/** Pixels rendered beyond each edge of the view: enough for a wheel step; every row rendered costs each keystroke of a search. */
const OVERSCAN = 300;
/** Rendered again at once only if the rows shown end less than this below the view (their estimates were too tall). */
const FILL_MARGIN = 60;

export function VirtualList<T>({ items, keyOf, estimate, renderItem, reveal, label, listRef, emptyContent, committedMark }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [measured] = useState(() => new Map<string, number>());
  // `version` says `measured` changed; `unapplied` that it changed since the last render used it.
  const [version, setVersion] = useState(0);
  const unapplied = useRef(false);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });

  const heights = useMemo(
    () => items.map((item) => measured.get(keyOf(item)) ?? estimate(item)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, keyOf, estimate, measured, version],
  );
  const offsets = useMemo(() => offsetsOf(heights), [heights]);
  const { from, to } = visibleRows(offsets, viewport.top, viewport.height, OVERSCAN);
  const more = useRef(false);
  useLayoutEffect(() => {
    unapplied.current = false;
    more.current = to < items.length;
    if (committedMark) {
      // Only the latest: one per keystroke would pile up in the timeline over a day's work.
      performance.clearMarks(committedMark);
      performance.mark(committedMark);
    }
  });

  const measureNow = useCallback(() => {
    if (!unapplied.current) return;
    unapplied.current = false;
    setVersion((v) => v + 1);
  }, []);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    // A scroll or a resize renders anyway: it takes the heights measured since.
    const update = () => {
      setViewport({ top: el.scrollTop, height: el.clientHeight });
      measureNow();
    };
    // At once, before the frame is painted: rendered later, a fast scroll shows blank rows for a frame.
    const onScroll = () => flushSync(update);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', onScroll);
    };
  }, [measureNow]);

  // One observer measures every rendered row. Its callback runs after layout, so reading boxes costs nothing.
  const onResize = useCallback(
    (entries: ResizeObserverEntry[]) => {
      for (const entry of entries) {
        const key = (entry.target as HTMLElement).dataset.key;
        const height = entry.borderBoxSize[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight;
        if (key !== undefined && height > 0 && Math.abs((measured.get(key) ?? -1) - height) > 0.5) {
          measured.set(key, height);
          unapplied.current = true;
        }
      }
      // Rows too short for their estimates can leave the bottom of the view bare: fill it now.
      const el = scrollRef.current;
      const last = el?.querySelector('.virtual-list')?.lastElementChild;
      if (el && last && more.current && last.getBoundingClientRect().bottom < el.getBoundingClientRect().bottom + FILL_MARGIN) measureNow();
    },
    [measured, measureNow],
  );
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observer.current?.disconnect(), []);
  const observe = useCallback(
    (el: HTMLLIElement | null) => {
      if (!el) return;
      observer.current ??= new ResizeObserver(onResize);
      const watching = observer.current;
      watching.observe(el);
      return () => watching.unobserve(el);
    },
    [onResize],
  );

  // Revealing a row: scroll to where the heights put it, then, once it is rendered (the next commit),
  // to where it really is. Never later: a reveal left pending would pull the list back on some later scroll.
  const revealing = useRef<{ key: string; commits: number } | null>(null);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!reveal || !el) return;
    const index = items.findIndex((item) => keyOf(item) === reveal.key);
    if (index < 0) return;
    revealing.current = { key: reveal.key, commits: 0 };
    const top = offsets[index]!;
    const bottom = offsets[index + 1]!;
    if (top < el.scrollTop || bottom > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - 8);
      setViewport({ top: el.scrollTop, height: el.clientHeight });
    }
    // Only a new request scrolls; re-measuring must not pull the list back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal]);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const pending = revealing.current;
    if (!el || pending === null) return;
    const row = el.querySelector<HTMLElement>(`.virtual-row[data-key="${CSS.escape(pending.key)}"]`);
    if (!row) {
      if (++pending.commits > 2) revealing.current = null;
      return;
    }
    revealing.current = null;
    const box = row.getBoundingClientRect();
    const view = el.getBoundingClientRect();
    if (box.top < view.top) el.scrollTop -= view.top - box.top + 8;
    else if (box.bottom > view.bottom) el.scrollTop += Math.min(box.top - view.top - 8, box.bottom - view.bottom);
  });

  const rows: ReactNode[] = [];
  for (let i = from; i < to; i++) {
    const item = items[i]!;
    const key = keyOf(item);
    rows.push(
      <li key={key} ref={observe} data-key={key} className="virtual-row" aria-setsize={items.length} aria-posinset={i + 1}>
        {renderItem(item, i)}
      </li>,
    );
  }

  return (
    <div className="virtual-scroll" ref={scrollRef}>
      {items.length === 0 ? (
        emptyContent
      ) : (
        <ol ref={listRef} className="virtual-list" aria-label={label} style={{ paddingTop: offsets[from], paddingBottom: offsets[items.length]! - offsets[to]! }}>
          {rows}
        </ol>
      )}
    </div>
  );
}
