import { describe, expect, it } from 'vitest';
import { moveColumn, toggleColumn } from './columns.ts';

describe('columns', () => {
  it('moves a column left and right, and not past the edges', () => {
    expect(moveColumn(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveColumn(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveColumn(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveColumn(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });

  it('hides a column, and shows it again near its place in the reference order', () => {
    expect(toggleColumn(['a', 'b', 'c'], 'b', false, ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(toggleColumn(['a', 'c'], 'b', true, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(toggleColumn(['c', 'a'], 'b', true, ['a', 'b', 'c'])).toEqual(['c', 'a', 'b']);
    expect(toggleColumn(['b', 'c'], 'a', true, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(toggleColumn(['a'], 'a', true, ['a'])).toEqual(['a']);
  });
});
