import { describe, expect, it } from 'vitest';
import { applyOperation } from '../model/apply.ts';
import type { Operation } from '../model/operation.ts';
import { Operation as OperationSchema } from '../model/ops.ts';
import { SAMPLE_ARTICLE, sampleNotebook } from '../samples/sample.ts';
import { addAlias, claimCounts, mergeActors, removeAlias } from './actorEdits.ts';
import { findClaims } from './find.ts';

const NOW = '2024-07-30T12:00:00.000Z';
const apply = (nb: ReturnType<typeof sampleNotebook>, op: Operation) => applyOperation(nb, OperationSchema.parse(op), NOW);

function withRyder() {
  let nb = sampleNotebook(NOW);
  nb = apply(nb, { kind: 'actor.add', actor: { id: 'actor-ryder', name: 'Pat Ryder', aliases: ['Ryder'], color: '#2ca02c' } }).notebook;
  const ann = nb.annotations.find((a) => a.claim?.actorId === 'actor-washington')!;
  return apply(nb, { kind: 'annotation.update', id: ann.id, patch: { claim: { ...ann.claim!, actorId: 'actor-ryder' } }, at: NOW }).notebook;
}

describe('actor edits', () => {
  it('merging moves every claim, keeps the merged names as aliases, and undoes in one step', () => {
    const nb = withRyder();
    expect(claimCounts(nb).get('actor-ryder')).toBe(1);
    const washington = nb.actors.find((a) => a.id === 'actor-washington')!;
    const [op] = mergeActors(nb, 'actor-ryder', 'actor-washington', NOW);
    const { notebook, inverse } = apply(nb, op!);
    expect(notebook.actors.map((a) => a.id)).not.toContain('actor-ryder');
    expect(claimCounts(notebook).get('actor-washington')).toBe(claimCounts(nb).get('actor-washington')! + 1);
    // "Pat Ryder" is already one of Washington's names in the sample: only "Ryder" is new.
    expect(washington.aliases).toContain('Pat Ryder');
    expect(notebook.actors.find((a) => a.id === 'actor-washington')!.aliases).toEqual([...washington.aliases, 'Ryder']);
    const back = applyOperation(notebook, inverse, NOW).notebook;
    expect(back.actors).toEqual(nb.actors);
    expect(back.annotations).toEqual(nb.annotations);
  });

  it('merging an actor into itself or an unknown one does nothing', () => {
    const nb = withRyder();
    expect(mergeActors(nb, 'actor-ryder', 'actor-ryder', NOW)).toEqual([]);
    expect(mergeActors(nb, 'actor-ryder', 'actor-nobody', NOW)).toEqual([]);
  });

  it('adds an alias once, Arabic too, says why it will not, and removes it', () => {
    const nb = sampleNotebook(NOW);
    const baghdad = nb.actors.find((a) => a.id === 'actor-baghdad')!;
    const op = addAlias(baghdad, ' الحكومة العراقية ');
    expect(op).toEqual({ kind: 'actor.update', id: 'actor-baghdad', patch: { aliases: [...baghdad.aliases, 'الحكومة العراقية'] } });
    expect(addAlias(baghdad, 'iraqi GOVERNMENT')).toBe('“iraqi GOVERNMENT” is already a name of Baghdad (Government of Iraq).');
    expect(addAlias(baghdad, '  ')).toBe('Type the other name first.');
    const added = apply(nb, op as Operation).notebook.actors.find((a) => a.id === 'actor-baghdad')!;
    expect(removeAlias(added, 'الحكومة العراقية')).toEqual({ kind: 'actor.update', id: 'actor-baghdad', patch: { aliases: baghdad.aliases } });
  });

  it('an alias added to an actor changes what the finder proposes', () => {
    // The sample counts Iraqi state media as Baghdad's voice; start from a notebook that does not.
    const sample = sampleNotebook(NOW);
    const nb = apply(sample, removeAlias(sample.actors.find((a) => a.id === 'actor-baghdad')!, 'Iraqi state media') as Operation).notebook;
    const media = (actors: typeof nb.actors) => findClaims(SAMPLE_ARTICLE, { actors }).find((s) => s.text.startsWith('Abbasi was leading'))!;
    expect(media(nb.actors)).toMatchObject({ actor: 'Iraqi state media' });
    expect(media(nb.actors).actorId).toBeUndefined();
    const op = addAlias(nb.actors.find((a) => a.id === 'actor-baghdad')!, 'Iraqi state media') as Operation;
    const after = apply(nb, op).notebook;
    expect(media(after.actors)).toMatchObject({ actor: 'Baghdad (Government of Iraq)', actorId: 'actor-baghdad' });
  });
});
