// Lines between related claim cards, drawn over the board. Measuring is the
// expensive part, so it happens at most once per animation frame, only after
// something changed size (a ResizeObserver on the board and its columns), in
// one read pass (all rects, then one state update) — never per card, never
// interleaved with writes.
import { useId, useLayoutEffect, useState } from 'react';
import type { RelationKind } from '../../../notes/model/schema.ts';
import { linkBetween, type Box, type Link } from './geometry.ts';

export interface DrawnRelation {
  id: string;
  from: string;
  to: string;
  kind: RelationKind;
}

interface Drawing {
  width: number;
  height: number;
  links: (Link & { id: string; kind: RelationKind })[];
}

const EMPTY: Drawing = { width: 0, height: 0, links: [] };

function boxWithin(el: Element, origin: DOMRect, scrollLeft: number, scrollTop: number): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left - origin.left + scrollLeft, top: r.top - origin.top + scrollTop, width: r.width, height: r.height };
}

export function RelationOverlay({ board, relations, layoutKey }: { board: HTMLElement | null; relations: readonly DrawnRelation[]; layoutKey: string }) {
  const markerPrefix = useId().replaceAll(':', '');
  const [drawing, setDrawing] = useState<Drawing>(EMPTY);

  useLayoutEffect(() => {
    const el = board;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const origin = el.getBoundingClientRect();
      const cards = new Map<string, Element>();
      for (const card of el.querySelectorAll('[data-annotation-id]')) cards.set(card.getAttribute('data-annotation-id')!, card);
      const boxes = new Map<string, Box>();
      const boxOf = (id: string) => {
        let box = boxes.get(id);
        const card = cards.get(id);
        if (!box && card) {
          box = boxWithin(card, origin, el.scrollLeft, el.scrollTop);
          boxes.set(id, box);
        }
        return box;
      };
      const links: Drawing['links'] = [];
      for (const r of relations) {
        const from = boxOf(r.from);
        const to = boxOf(r.to);
        // An end in a hidden column: the textual list still names the relation.
        if (from && to) links.push({ id: r.id, kind: r.kind, ...linkBetween(from, to, el.scrollWidth) });
      }
      const next: Drawing = { width: el.scrollWidth, height: el.scrollHeight, links };
      setDrawing((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(measure);
    };
    schedule();
    const observer = new ResizeObserver(schedule);
    observer.observe(el);
    for (const column of el.querySelectorAll('.compare-column')) observer.observe(column);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [board, relations, layoutKey]);

  if (relations.length === 0) return null;
  return (
    <svg className="relation-overlay" width={drawing.width} height={drawing.height} aria-hidden="true" focusable="false">
      <defs>
        {(['contradicts', 'supports', 'qualifies'] as const).map((kind) => (
          <marker key={kind} id={`${markerPrefix}-${kind}`} className={`rel-marker rel-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        ))}
      </defs>
      {drawing.links.map((link) => (
        <g key={link.id} className={`rel-link rel-${link.kind}`} data-relation-id={link.id}>
          <path d={link.d} markerEnd={`url(#${markerPrefix}-${link.kind})`} />
          <text x={link.labelX} y={link.labelY} textAnchor={link.labelAnchor} dominantBaseline="middle">
            {link.kind}
          </text>
        </g>
      ))}
    </svg>
  );
}
