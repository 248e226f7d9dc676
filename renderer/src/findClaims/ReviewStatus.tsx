// How far the finder has got, and what it found.
import type { Review } from './FindClaimsProvider.tsx';

export function ReviewStatus({ review, open }: { review: Review; open: number }) {
  if (review.status === 'failed') {
    return (
      <p className="review-status" role="alert">
        The claim finder stopped ({review.message}). Press Find claims on the source to try again.
      </p>
    );
  }
  if (review.status === 'finding') {
    const percent = review.total ? Math.floor((100 * review.done) / review.total) : 0;
    return (
      <div className="review-status" role="status" data-reports={review.reports}>
        <span>Finding claims… {percent}%</span>
        <progress max={100} value={percent} aria-label="Finding claims" />
      </div>
    );
  }
  const where = review.changedOnly ? ' in the changed paragraphs' : '';
  return (
    <p className="review-status" role="status" data-reports={review.reports}>
      {open === 0
        ? `No claims left to review${where}.`
        : `${review.found.length} found${where}; ${open} to review. Accepted claims take the position “(to review)” until you set it.`}
    </p>
  );
}
