import { describe, expect, it } from 'vitest';
import type { Annotation, Source } from '../model/schema.ts';
import { defaultReliability } from './source-grade.ts';

const source = (id: string, reliability?: Source['reliability']) => ({ id, ...(reliability ? { reliability } : {}) }) as Source;
const claimOn = (sourceId: string, reliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F') =>
  ({ sourceId, claim: { reliability } }) as unknown as Annotation;

describe('defaultReliability', () => {
  it("takes the source's grade, whatever its claims say", () => {
    expect(defaultReliability({ sources: [source('s1', 'B')], annotations: [claimOn('s1', 'D')] }, 's1')).toBe('B');
  });
  it("on an ungraded source, keeps the grade the analyst gave its latest claim, not another source's", () => {
    const nb = { sources: [source('s1'), source('s2')], annotations: [claimOn('s1', 'C'), claimOn('s1', 'A'), claimOn('s2', 'E')] };
    expect(defaultReliability(nb, 's1')).toBe('A');
  });
  it('is F (cannot be judged) for a source nobody graded', () => {
    expect(defaultReliability({ sources: [source('s1')], annotations: [claimOn('s2', 'A')] }, 's1')).toBe('F');
    expect(defaultReliability({ sources: [], annotations: [] }, undefined)).toBe('F');
  });
});
