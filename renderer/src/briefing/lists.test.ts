import { describe, expect, it } from 'vitest';
import { likelihoodLabel } from './likelihood.ts';
import { moveItem } from './lists.ts';

describe('moveItem', () => {
  it('swaps an item with its neighbour', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });
  it('leaves the list alone at its ends', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

describe('likelihoodLabel', () => {
  it('names the ICD 203 term with its range', () => {
    expect(likelihoodLabel('likely')).toBe('likely (55–80%)');
    expect(likelihoodLabel('roughly-even-chance')).toBe('roughly even chance (45–55%)');
  });
  it('has no label for no or an unknown likelihood', () => {
    expect(likelihoodLabel(undefined)).toBeUndefined();
    expect(likelihoodLabel('maybe')).toBeUndefined();
  });
});
