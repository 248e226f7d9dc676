// After an import: a line offering the finder on that source. After a new
// version the offer stands in the revision report instead (RevisedSourceOffer),
// so nothing floats over the text the analyst is checking.
import { useNotebook } from '../state/NotebookProvider.tsx';
import { useFindClaims } from './FindClaimsProvider.tsx';
import './findClaims.css';

function OfferActions({ sourceId }: { sourceId: string }) {
  const { start, dismissOffer } = useFindClaims();
  return (
    <>
      <button type="button" className="link-button" onClick={() => start(sourceId)}>
        Find claims
      </button>
      <button type="button" className="link-button" onClick={dismissOffer}>
        Dismiss
      </button>
    </>
  );
}

export function FindClaimsOffer() {
  const { notebook } = useNotebook();
  const { offer, review } = useFindClaims();
  const source = offer && !offer.revised && notebook.sources.find((s) => s.id === offer.sourceId);
  if (!source || review?.sourceId === source.id) return null;
  return (
    <p className="find-offer" role="status">
      <span dir="auto">Imported “{source.title}”. Find who said what in it?</span>
      <OfferActions sourceId={source.id} />
    </p>
  );
}

/** In the revision report of `sourceId`: find claims in the new version's changed paragraphs. */
export function RevisedSourceOffer({ sourceId }: { sourceId: string }) {
  const { offer, review } = useFindClaims();
  if (!offer?.revised || offer.sourceId !== sourceId || review?.sourceId === sourceId) return null;
  return (
    <p className="find-offer in-report" role="status">
      <span>New version: find claims in its changed paragraphs?</span>
      <OfferActions sourceId={sourceId} />
    </p>
  );
}
