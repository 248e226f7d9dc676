import { describe, expect, it } from 'vitest';
import { applyOperation } from '../model/apply.ts';
import { Operation } from '../model/ops.ts';
import { validateNotebook } from '../model/validate.ts';
import { sampleNotebook } from '../samples/sample.ts';

const NOW = '2024-07-30T12:00:00.000Z';

describe('dismissing a suggestion', () => {
  it('is remembered in the notebook, survives a save, and undoes', () => {
    const nb = sampleNotebook(NOW);
    const sourceId = nb.sources[0]!.id;
    const op = Operation.parse({ kind: 'suggestion.dismiss', sourceId, exact: 'the step only as a “transition”', dismissed: true });
    const { notebook, inverse } = applyOperation(nb, op, NOW);
    expect(notebook.dismissedSuggestions).toEqual([{ sourceId, exact: 'the step only as a “transition”' }]);
    const saved = validateNotebook(JSON.parse(JSON.stringify(notebook)));
    expect(saved.ok && saved.notebook.dismissedSuggestions).toHaveLength(1);
    const again = applyOperation(notebook, op, NOW).notebook;
    expect(again.dismissedSuggestions).toHaveLength(1);
    expect(applyOperation(notebook, inverse, NOW).notebook).not.toHaveProperty('dismissedSuggestions');
  });
});
