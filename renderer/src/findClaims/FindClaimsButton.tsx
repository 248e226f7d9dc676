// "Find claims" on a source, in the reader's byline beside "New version…".
import { useFindClaims } from './FindClaimsProvider.tsx';

export function FindClaimsButton({ sourceId, title }: { sourceId: string; title: string }) {
  const { start, review } = useFindClaims();
  const busy = review?.sourceId === sourceId && review.status === 'finding';
  return (
    <button
      type="button"
      className="link-button find-claims"
      disabled={busy}
      onClick={() => start(sourceId)}
      aria-label={`Find claims in ${title}`}
      title="Find who said what in this source: suggestions to accept (Enter) or reject (Delete), one by one"
    >
      Find claims
    </button>
  );
}
