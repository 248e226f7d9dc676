// One claim in a column: the quoted words (click to see them in the reader),
// position, cue, Admiralty code and the analyst's note. Memoized on what it
// shows, because a comparison is rebuilt on every edit and a question may hold
// hundreds of claims.
import { memo, type CSSProperties, type ReactNode } from 'react';
import type { ComparedClaim } from '../../../notes/compare/index.ts';
import { NoteHtml } from '../annotations/NoteHtml.tsx';
import { admiraltyCode, admiraltyMeaning } from './admiralty.ts';

interface Props {
  claim: ComparedClaim;
  /** Several sources in the notebook: name this claim's. */
  showSource: boolean;
  readOnly: boolean;
  onShowInReader(annotationId: string): void;
  onRelate(annotationId: string): void;
  /** The Relate… panel, when it is open on this card. */
  children?: ReactNode;
}

function ClaimCardView({ claim, showSource, readOnly, onShowInReader, onRelate, children }: Props) {
  const id = claim.annotation.id;
  const code = admiraltyCode(claim.reliability, claim.credibility);
  return (
    <article className={`claim-card${claim.inConflict ? ' is-conflict' : ''}`} data-annotation-id={id} aria-label={`Claim: ${claim.position}`}>
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
          “{claim.quote}”
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
