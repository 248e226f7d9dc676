// The analyst's relations between annotations ("supports", "qualifies",
// "contradicts") as W3C Web Annotations with the `linking` motivation: the
// target is the annotation the link starts from, the body the annotation it
// points to, plus the kind (and the analyst's note, if any) as textual bodies,
// so a reader that knows nothing of our `rn:` vocabulary still sees all three.
import type { Notebook, Relation, RelationKind } from '../model/schema.ts';

export const relationIri = (id: string) => `urn:research-notebook:relation:${id}`;

const annotationIri = (id: string) => `urn:research-notebook:annotation:${id}`;

export interface W3CLink {
  id: string;
  type: 'Annotation';
  motivation: 'linking';
  body: (string | { type: 'TextualBody'; value: string; format: 'text/plain' | 'text/markdown'; purpose: 'classifying' | 'commenting' })[];
  target: string;
  'rn:relation': { kind: RelationKind; from: string; to: string };
}

export function toW3CLink(r: Relation): W3CLink {
  const note = r.note.trim();
  return {
    id: relationIri(r.id),
    type: 'Annotation',
    motivation: 'linking',
    body: [
      annotationIri(r.to),
      { type: 'TextualBody', value: r.kind, format: 'text/plain', purpose: 'classifying' },
      ...(note ? [{ type: 'TextualBody' as const, value: r.note, format: 'text/markdown' as const, purpose: 'commenting' as const }] : []),
    ],
    target: annotationIri(r.from),
    'rn:relation': { kind: r.kind, from: r.from, to: r.to },
  };
}

/** Every relation of the notebook, in the notebook's order. */
export function w3cLinks(nb: Notebook): W3CLink[] {
  return nb.relations.map(toW3CLink);
}
