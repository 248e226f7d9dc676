import { describe, expect, it } from 'vitest';
import { sampleNotebook } from '../samples/sample.ts';
import { applyOperation } from './apply.ts';
import { Operation } from './ops.ts';
import { NotebookShape } from './schema.ts';

const NOW = '2026-01-15T09:30:00.000Z';

describe('editing a source’s provenance and grade', () => {
  it('accepts title, publisher, author, date, URL and reliability, and undoes them', () => {
    const nb = sampleNotebook(NOW);
    const id = nb.sources[0]!.id;
    const op = Operation.parse({
      kind: 'source.update',
      id,
      patch: { title: 'Talks', publisher: 'Rudaw English', author: 'Layla Hassan', published: '2024-07-24', url: 'https://www.rudaw.net/x', reliability: 'B' },
    });
    const { notebook, inverse } = applyOperation(nb, op, NOW);
    expect(notebook.sources[0]).toMatchObject({ author: 'Layla Hassan', reliability: 'B', published: '2024-07-24' });
    expect(NotebookShape.safeParse(notebook).success).toBe(true);
    const undone = applyOperation(notebook, inverse, NOW).notebook.sources[0]!;
    expect(JSON.parse(JSON.stringify(undone))).toEqual(nb.sources[0]);
  });

  it('refuses a grade outside A–F and a change of the text through a patch', () => {
    const id = 'src-coalition-talks';
    expect(Operation.safeParse({ kind: 'source.update', id, patch: { reliability: 'G' } }).success).toBe(false);
    expect(Operation.safeParse({ kind: 'source.update', id, patch: { text: 'other' } }).success).toBe(false);
    expect(Operation.safeParse({ kind: 'source.update', id, patch: { pages: [0] } }).success).toBe(false);
  });
});
