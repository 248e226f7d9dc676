// The right-hand pane: the review queue while claims are being reviewed, else the annotations.
import { AnnotationsPane } from '../annotations/AnnotationsPane.tsx';
import { useFindClaims } from './FindClaimsProvider.tsx';
import { ReviewQueue } from './ReviewQueue.tsx';

export function SidePane() {
  const { review } = useFindClaims();
  return review ? <ReviewQueue /> : <AnnotationsPane />;
}
