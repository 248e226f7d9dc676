// On an annotation's card: how the last new version of its source found it,
// as saved with the annotation ("fuzzy — 3 changes, confirmed").
import { shownAnchoring } from '../../../notes/anchoring/index.ts';
import type { Annotation } from '../../../notes/model/schema.ts';
import { useWorkspace } from '../state/NotebookProvider.tsx';
import { describeShown } from './reviewList.ts';
import './revision.css';

export function FoundLine({ annotation }: { annotation: Annotation }) {
  const { anchors } = useWorkspace();
  if (!annotation.anchoring) return null;
  const live = anchors.get(annotation.sourceId)?.get(annotation.id) ?? { state: 'orphaned' as const };
  const shown = shownAnchoring(annotation, live);
  if (shown.state === 'exact' && !shown.confirmed) return null;
  return <p className={`card-found card-found-${shown.state}`}>New version: {describeShown(shown)}</p>;
}
