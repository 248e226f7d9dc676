// After an import or a new version: a line offering the finder on that source.
import { useNotebook } from '../state/NotebookProvider.tsx';
import { useFindClaims } from './FindClaimsProvider.tsx';
import './findClaims.css';

export function FindClaimsOffer() {
  const { notebook } = useNotebook();
  const { offer, start, dismissOffer, review } = useFindClaims();
  const source = offer && notebook.sources.find((s) => s.id === offer.sourceId);
  if (!offer || !source || review?.sourceId === source.id) return null;
  return (
    <p className="find-offer" role="status">
      <span dir="auto">
        {offer.revised ? `New version of “${source.title}”: find claims in its changed paragraphs?` : `Imported “${source.title}”. Find who said what in it?`}
      </span>
      <button type="button" className="link-button" onClick={() => start(source.id)}>
        Find claims
      </button>
      <button type="button" className="link-button" onClick={dismissOffer}>
        Dismiss
      </button>
    </p>
  );
}
