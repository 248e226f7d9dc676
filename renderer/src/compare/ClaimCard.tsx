// One claim in a column: the quoted words (click to see them in the reader),
// position, cue, Admiralty code and the analyst's note. Memoized on what it
// shows, because a comparison is rebuilt on every edit and a question may hold
// hundreds of claims. A relation is made from "Relate…" or by dragging the
// card's handle onto another card (which opens the same panel, that card chosen).
import { nestedQuote } from '../../../notes/text/nested.ts';
import { memo, useState, type CSSProperties, type DragEvent, type ReactNode } from 'react';
import type { ComparedClaim } from '../../../notes/compare/index.ts';
import { NoteHtml } from '../annotations/NoteHtml.tsx';
import { admiraltyCode, admiraltyMeaning } from './admiralty.ts';

interface Props {
  claim: ComparedClaim;
  /** Several sources in the notebook: name this claim's. */
  showSource: boolean;
  readOnly: boolean;
  onShowInReader(annotationId: string): void;
  /** Opens the Relate… panel on this card; `toId`: the claim it was dragged onto. */
  onRelate(annotationId: string, toId?: string): void;
  /** The Relate… panel, when it is open on this card. */
  children?: ReactNode;
}

/** What a dragged handle carries: the claim's annotation id, under a type only these cards accept. */
export const CLAIM_DRAG_TYPE = 'application/x-research-notebook-claim';

const carriesClaim = (event: DragEvent) => event.dataTransfer.types.includes(CLAIM_DRAG_TYPE);

function ClaimCardView({ claim, showSource, readOnly, onShowInReader, onRelate, children }: Props) {
  const id = claim.annotation.id;
  const code = admiraltyCode(claim.reliability, claim.credibility);
  const [dropping, setDropping] = useState(false);
  // The dragged id is unreadable until the drop (browsers hide drag data meanwhile), so every card
  // takes the drag; dropping a card's handle on itself does nothing.
  const over = (event: DragEvent) => {
    if (readOnly || !carriesClaim(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'link';
    setDropping(true);
  };
  return (
    <article
      className={`claim-card${claim.inConflict ? ' is-conflict' : ''}${dropping ? ' is-drop-target' : ''}`}
      data-annotation-id={id}
      aria-label={`Claim: ${claim.position}`}
      onDragEnter={over}
      onDragOver={over}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(event) => {
        setDropping(false);
        const from = event.dataTransfer.getData(CLAIM_DRAG_TYPE);
        if (readOnly || !from) return;
        event.preventDefault();
        if (from !== id) onRelate(from, id);
      }}
    >
      <header className="claim-card-head">
        <span className="cv-position-chip" style={claim.positionColor ? ({ '--chip': claim.positionColor } as CSSProperties) : undefined}>
          {claim.position}
        </span>
        <abbr className="admiralty" title={admiraltyMeaning(claim.reliability, claim.credibility)}>
          {code}
        </abbr>
        {claim.inConflict && (
          <span className="conflict-marker" title="Another actor takes a different position, or you marked a contradiction">
            Conflict
          </span>
        )}
      </header>
      <blockquote className="claim-quote">
        <button type="button" className="quote-link" onClick={() => onShowInReader(id)} title="Show in the reader">
          “{nestedQuote(claim.quote)}”
        </button>
      </blockquote>
      <p className="cv-claim-meta">
        {claim.cue && <span className="claim-cue">{claim.cue}</span>}
        <span className="claim-cite">
          {showSource ? `${claim.sourceTitle}, ` : ''}¶{claim.paragraph}
        </span>
      </p>
      {claim.note.trim() && (
        <div className="claim-note">
          <NoteHtml markdown={claim.note} />
        </div>
      )}
      {children ?? (
        <footer className="claim-card-foot">
          <button type="button" className="link-button" onClick={() => onRelate(id)} disabled={readOnly} data-relate-for={id}>
            Relate…
          </button>
          {!readOnly && (
            <span
              className="relate-handle"
              draggable
              title="Drag onto another claim to relate them"
              onDragStart={(event) => {
                event.dataTransfer.setData(CLAIM_DRAG_TYPE, id);
                event.dataTransfer.effectAllowed = 'link';
              }}
            >
              <span aria-hidden="true">⠿</span> Drag to relate
            </span>
          )}
        </footer>
      )}
    </article>
  );
}

export const ClaimCard = memo(
  ClaimCardView,
  (a, b) =>
    a.claim.annotation === b.claim.annotation &&
    a.claim.source === b.claim.source &&
    a.claim.inConflict === b.claim.inConflict &&
    a.claim.positionColor === b.claim.positionColor &&
    a.claim.paragraph === b.claim.paragraph &&
    a.showSource === b.showSource &&
    a.readOnly === b.readOnly &&
    a.onShowInReader === b.onShowInReader &&
    a.onRelate === b.onRelate &&
    a.children === b.children,
);
