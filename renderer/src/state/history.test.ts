import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../../notes/model/apply.ts';
import { type Operation } from '../../../notes/model/ops.ts';
import { sampleNotebook, SAMPLE_IDS } from '../../../notes/samples/sample.ts';
import { compose } from './history.ts';

const NOW = '2024-07-30T12:00:00.000Z';
const nb = sampleNotebook(NOW);
const apply = (op: Operation, n = nb) => applyOperation(n, op, NOW).notebook;

describe('compose', () => {
  it('two updates of one annotation become one with the later values winning', () => {
    const first: Operation = { kind: 'annotation.update', id: SAMPLE_IDS.baghdadClaim, patch: { note: 'a', tags: [] }, at: NOW };
    const second: Operation = { kind: 'annotation.update', id: SAMPLE_IDS.baghdadClaim, patch: { note: 'b' }, at: NOW };
    const composed = compose(first, second);
    expect(composed.kind).toBe('annotation.update');
    expect(apply(composed)).toEqual(apply(second, apply(first)));
  });

  it('anything else becomes a batch applied in order', () => {
    const first: Operation = { kind: 'notebook.rename', title: 'One' };
    const second: Operation = { kind: 'notebook.rename', title: 'Two' };
    expect(apply(compose(first, second)).title).toBe('Two');
    expect(apply(compose(second, first)).title).toBe('One');
  });
});
