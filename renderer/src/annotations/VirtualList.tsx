// A list that renders only the rows in view (and a screenful either side), so
// 10,000 annotation cards cost what 20 do. Rows keep their real, varying
// heights: each rendered row is measured and the estimate replaced.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { offsetsOf, visibleRows } from './windowing.ts';

interface Props<T> {
  items: readonly T[];
  keyOf(item: T): string;
  estimate(item: T): number;
  renderItem(item: T, index: number): ReactNode;
  /** Scroll this row into view (the nonce repeats a request for the same key). */
  reveal?: { key: string; nonce: number } | null;
  label: string;
  listRef?: RefObject<HTMLOListElement | null>;
  emptyContent?: ReactNode;
}

/** Pixels rendered beyond each edge of the view: enough for a wheel step; every row rendered costs each keystroke of a search. */
const OVERSCAN = 300;

export function VirtualList<T>({ items, keyOf, estimate, renderItem, reveal, label, listRef, emptyContent }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [measured] = useState(() => new Map<string, number>());
  const [version, setVersion] = useState(0);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });

  const heights = useMemo(
    () => items.map((item) => measured.get(keyOf(item)) ?? estimate(item)),
    // `version` says `measured` changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, keyOf, estimate, measured, version],
  );
  const offsets = useMemo(() => offsetsOf(heights), [heights]);
  const { from, to } = visibleRows(offsets, viewport.top, viewport.height, OVERSCAN);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const update = () => setViewport({ top: el.scrollTop, height: el.clientHeight });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    el.addEventListener('scroll', update, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', update);
    };
  }, []);

  // One observer measures every rendered row.
  const [observer] = useState(
    () =>
      new ResizeObserver((entries) => {
        let changed = false;
        for (const entry of entries) {
          const key = (entry.target as HTMLElement).dataset.key;
          const height = entry.borderBoxSize[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight;
          if (key !== undefined && height > 0 && Math.abs((measured.get(key) ?? -1) - height) > 0.5) {
            measured.set(key, height);
            changed = true;
          }
        }
        if (changed) setVersion((v) => v + 1);
      }),
  );
  useEffect(() => () => observer.disconnect(), [observer]);
  const observe = useCallback(
    (el: HTMLLIElement | null) => {
      if (!el) return;
      observer.observe(el);
      return () => observer.unobserve(el);
    },
    [observer],
  );

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!reveal || !el) return;
    const index = items.findIndex((item) => keyOf(item) === reveal.key);
    if (index < 0) return;
    const top = offsets[index]!;
    const bottom = offsets[index + 1]!;
    if (top < el.scrollTop || bottom > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - 8);
      setViewport({ top: el.scrollTop, height: el.clientHeight });
    }
    // Only a new request scrolls; re-measuring must not pull the list back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal]);

  const rows: ReactNode[] = [];
  for (let i = from; i < to; i++) {
    const item = items[i]!;
    const key = keyOf(item);
    rows.push(
      <li key={key} ref={observe} data-key={key} className="virtual-row" style={{ top: offsets[i] }} aria-setsize={items.length} aria-posinset={i + 1}>
        {renderItem(item, i)}
      </li>,
    );
  }

  return (
    <div className="virtual-scroll" ref={scrollRef}>
      {items.length === 0 ? (
        emptyContent
      ) : (
        <ol ref={listRef} className="virtual-list" aria-label={label} style={{ height: offsets[items.length] }}>
          {rows}
        </ol>
      )}
    </div>
  );
}
