// The notebook's annotations as a W3C Web Annotation collection (JSON-LD), so
// other tools (Hypothesis, Recogito, a triple store) can read them. Each
// annotation keeps its note, tags and claim as TextualBody bodies, and its place
// in the source as a TextQuoteSelector plus a TextPositionSelector. Fields the
// model has no words for travel under the `rn:` prefix.
import type { Annotation, Notebook } from '../model/schema.ts';
import { w3cLinks, type W3CLink } from './w3c-links.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our extension vocabulary. A URN: it names things, nothing is ever fetched from it. */
export const RN_NAMESPACE = 'urn:research-notebook:ns:';
const CONTEXT = [ANNO_CONTEXT, { rn: RN_NAMESPACE }] as const;

export const annotationIri = (id: string) => `urn:research-notebook:annotation:${id}`;
export const sourceIri = (id: string) => `urn:research-notebook:source:${id}`;
const collectionIri = (notebookId: string) => `urn:research-notebook:notebook:${notebookId}:annotations`;

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/markdown' | 'text/plain';
  purpose: 'commenting' | 'tagging' | 'classifying';
}

export interface W3CAnnotation {
  '@context': typeof CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'classifying' | 'tagging' | 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  /** The claim as the notebook stores it, with the names it points at. */
  'rn:claim'?: {
    actorId: string;
    actor: string;
    questionId: string;
    question: string;
    position: string;
    cue: string;
    reliability: string;
    credibility: string;
  };
}

export type W3CLinkItem = W3CLink & { '@context': typeof CONTEXT };
/** An annotation of a source, or a link between two annotations. */
export type W3CItem = W3CAnnotation | W3CLinkItem;

export interface W3CCollection {
  '@context': typeof CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  created: string;
  modified: string;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3CItem[] };
  /** What each source IRI stands for. */
  'rn:sources': { id: string; title: string; publisher: string; url?: string; published?: string; sha256: string }[];
}

export function toW3CCollection(nb: Notebook): W3CCollection {
  const actors = new Map(nb.actors.map((a) => [a.id, a.name]));
  const questions = new Map(nb.questions.map((q) => [q.id, q.text]));
  const tags = new Map(nb.tags.map((t) => [t.id, t.label]));
  // The annotations, then the analyst's links between them.
  const items: W3CItem[] = [...nb.annotations.map((a) => toW3CAnnotation(a, { actors, questions, tags })), ...w3cLinks(nb).map((l): W3CLinkItem => ({ '@context': CONTEXT, ...l }))];
  const id = collectionIri(nb.id);
  return {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: nb.title,
    total: items.length,
    created: nb.createdAt,
    modified: nb.updatedAt,
    // One page holds everything: the export is a file, not a paged web service.
    ...(items.length ? { first: { id: `${id}:page:0`, type: 'AnnotationPage' as const, startIndex: 0 as const, items } } : {}),
    'rn:sources': nb.sources.map((s) => ({ id: sourceIri(s.id), title: s.title, publisher: s.publisher, url: s.url, published: s.published, sha256: s.sha256 })),
  };
}

interface Names {
  actors: Map<string, string>;
  questions: Map<string, string>;
  tags: Map<string, string>;
}

export function toW3CAnnotation(a: Annotation, names: Names): W3CAnnotation {
  const body: TextualBody[] = [];
  if (a.note.trim()) body.push({ type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting' });
  for (const tagId of a.tags) body.push({ type: 'TextualBody', value: names.tags.get(tagId) ?? tagId, format: 'text/plain', purpose: 'tagging' });
  let claim: W3CAnnotation['rn:claim'];
  if (a.claim) {
    const c = a.claim;
    claim = {
      actorId: c.actorId,
      actor: names.actors.get(c.actorId) ?? c.actorId,
      questionId: c.questionId,
      question: names.questions.get(c.questionId) ?? c.questionId,
      position: c.position,
      cue: c.cue,
      reliability: c.reliability,
      credibility: c.credibility,
    };
    const cue = c.cue.trim() ? ` (${c.cue.trim()})` : '';
    body.push({ type: 'TextualBody', value: `${claim.actor}${cue} on “${claim.question}”: ${c.position}`, format: 'text/plain', purpose: 'classifying' });
  }
  const { quote, position } = a.target;
  return {
    '@context': CONTEXT,
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: a.note.trim() ? 'commenting' : a.claim ? 'classifying' : a.tags.length ? 'tagging' : 'highlighting',
    created: a.createdAt,
    modified: a.updatedAt,
    ...(body.length ? { body } : {}),
    target: {
      source: sourceIri(a.sourceId),
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, ...(quote.prefix ? { prefix: quote.prefix } : {}), ...(quote.suffix ? { suffix: quote.suffix } : {}) },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    ...(claim ? { 'rn:claim': claim } : {}),
  };
}
