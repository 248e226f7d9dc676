// One annotation in the revision report: how it was found, its quote before
// the revision beside the words it sits on now (changed words marked), and
// the analyst's two answers: Confirm, or Re-place on other words.
import { memo, useMemo } from 'react';
import { wordDiff } from './wordDiff.ts';
import { describeShown, type ReviewItem } from './reviewList.ts';

interface Props {
  item: ReviewItem;
  active: boolean;
  placing: boolean;
  readOnly: boolean;
  onFocus(): void;
  onConfirm(): void;
  onReplace(): void;
  onCancelPlacing(): void;
  onShow(): void;
}

/** Fuzzy and moved annotations can be confirmed as found; an orphan has no words to confirm. */
export function canConfirm(item: ReviewItem): boolean {
  return item.now !== null && !item.shown.confirmed && (item.shown.state === 'fuzzy' || item.shown.state === 'moved');
}

export const ReviewRow = memo(function ReviewRow({ item, active, placing, readOnly, onFocus, onConfirm, onReplace, onCancelPlacing, onShow }: Props) {
  const diff = useMemo(() => (item.now === null ? null : wordDiff(item.was, item.now)), [item.was, item.now]);
  const orphan = item.now === null;
  const same = item.was === item.now;
  const id = item.annotation.id;
  return (
    <li
      className={`review-row review-${item.shown.state}${item.review ? ' review-waiting' : ''}${placing ? ' review-placing' : ''}`}
      tabIndex={active ? 0 : -1}
      data-annotation-id={id}
      aria-labelledby={`review-state-${id}`}
      aria-describedby={`review-quotes-${id}`}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocus();
      }}
    >
      <p className="review-state" id={`review-state-${id}`}>
        <span className="review-chip">{describeShown(item.shown)}</span>
        {item.review && <span className="review-waiting-label">to review</span>}
      </p>
      <div className={`review-quotes${same ? ' review-same' : ''}`} id={`review-quotes-${id}`}>
        {/* Words only moved: one side says it all. */}
        <div className="review-side" hidden={same}>
          <p className="review-label">Before</p>
          <p className="review-quote" dir="auto">
            {diff ? diff.before.map((p, i) => (p.changed ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>)) : item.was}
          </p>
        </div>
        <div className="review-side">
          <p className="review-label">{same ? 'Now (same words)' : 'Now'}</p>
          {diff ? (
            <p className="review-quote review-now" dir="auto">
              {diff.after.map((p, i) => (p.changed ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>))}
            </p>
          ) : (
            <p className="review-quote review-missing">Not found in the new version.</p>
          )}
        </div>
      </div>
      {placing ? (
        <p className="review-placing-help" role="status">
          Select the right words in the text, then press <b>Place here</b> (P). Esc cancels.{' '}
          <button type="button" className="small" onClick={onCancelPlacing}>
            Cancel
          </button>
        </p>
      ) : (
        !readOnly && (
          <div className="review-actions">
            {canConfirm(item) && (
              <button type="button" className="small primary" tabIndex={active ? 0 : -1} onClick={onConfirm} aria-keyshortcuts="Enter" title="Keep it where it was found (Enter)">
                Confirm
              </button>
            )}
            <button type="button" className="small" tabIndex={active ? 0 : -1} onClick={onReplace} aria-keyshortcuts="P" title="Select the right words in the text and place it there (P)">
              {orphan ? 'Place…' : 'Re-place…'}
            </button>
            {!orphan && (
              <button type="button" className="small" tabIndex={active ? 0 : -1} onClick={onShow} title="Show it in the text">
                Show in text
              </button>
            )}
          </div>
        )
      )}
    </li>
  );
});
