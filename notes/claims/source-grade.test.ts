import { describe, expect, it } from 'vitest';
import { defaultReliability } from './source-grade.ts';

describe('defaultReliability', () => {
  it("takes the source's grade, and F (cannot be judged) for a source nobody graded", () => {
    expect(defaultReliability({ reliability: 'B' })).toBe('B');
    expect(defaultReliability({})).toBe('F');
    expect(defaultReliability(undefined)).toBe('F');
  });
});
