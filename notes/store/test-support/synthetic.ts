// Synthetic notebooks of any size for the store's tests and measurements:
// valid (they pass validateNotebook), deterministic, shaped like real work —
// one article, annotations on its sentences, a third of them claims.
import { SCHEMA_VERSION, type Annotation, type Notebook } from '../../model/schema.ts';

const at = '2024-05-01T09:00:00.000Z';
const SENTENCE = 'Baghdad says the talks will conclude the presence of the coalition forces in the country. ';

export function syntheticNotebook(annotationCount: number, title = 'Synthetic notebook'): Notebook {
  const sentences = Math.max(1, Math.min(annotationCount, 2000));
  const text = SENTENCE.repeat(sentences);
  const annotations: Annotation[] = [];
  for (let i = 0; i < annotationCount; i++) {
    const start = (i % sentences) * SENTENCE.length;
    const annotation: Annotation = {
      id: `a${i}`,
      sourceId: 'src1',
      target: {
        quote: { type: 'TextQuoteSelector', exact: SENTENCE.slice(0, 40), prefix: '', suffix: SENTENCE.slice(40, 72) },
        position: { type: 'TextPositionSelector', start, end: start + 40 },
      },
      note: i % 5 === 0 ? `Note ${i}: check against the Washington statement (“transition”).` : '',
      tags: i % 7 === 0 ? ['t1'] : [],
      createdAt: at,
      updatedAt: at,
    };
    if (i % 3 === 0) {
      annotation.claim = {
        actorId: i % 2 ? 'washington' : 'baghdad',
        questionId: 'q1',
        position: i % 2 ? 'transition' : 'end of mission',
        cue: 'said',
        reliability: 'B',
        credibility: '2',
      };
    }
    annotations.push(annotation);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'nbsynthetic',
    title,
    createdAt: at,
    updatedAt: at,
    sources: [
      {
        id: 'src1',
        title: 'Coalition talks',
        publisher: 'Wire',
        format: 'text',
        text,
        sha256: '0'.repeat(64),
        importedAt: at,
      },
    ],
    annotations,
    actors: [
      { id: 'baghdad', name: 'Baghdad', aliases: [], color: '#1f77b4' },
      { id: 'washington', name: 'Washington', aliases: [], color: '#d62728' },
    ],
    questions: [
      {
        id: 'q1',
        text: 'Will the coalition mission end?',
        positions: [
          { label: 'end of mission', color: '#1f77b4' },
          { label: 'transition', color: '#d62728' },
        ],
      },
    ],
    tags: [{ id: 't1', label: 'follow up', color: '#2ca02c' }],
    relations: annotationCount >= 2 ? [{ id: 'r1', from: 'a0', to: 'a1', kind: 'contradicts', note: '' }] : [],
    briefing: { title: 'Brief', bluf: '', keyJudgments: [], questionNotes: {}, columns: {}, excerptIds: annotationCount ? ['a0'] : [] },
  };
}

/** The same notebook as the pre-release (v0) builds wrote it. */
export function asVersion0(nb: Notebook): Record<string, unknown> {
  const { schemaVersion: _version, ...rest } = nb;
  const { columns: _columns, ...briefing } = nb.briefing;
  return { ...rest, questions: nb.questions.map(({ positions: _positions, ...q }) => q), briefing };
}

/** The crash test's state counter, kept in the title ("state 17"). */
export function counterOf(nb: { title: string }): number {
  const match = /^state (\d+)$/.exec(nb.title);
  return match ? Number(match[1]) : 0;
}
