import { describe, expect, it } from 'vitest';
import { spanAt } from './spanAt.ts';

describe('spanAt', () => {
  const spans = [
    { id: 'sentence', start: 0, end: 100 },
    { id: 'word', start: 40, end: 50 },
  ];
  it('finds the innermost annotation under a character', () => {
    expect(spanAt(spans, 45)?.id).toBe('word');
    expect(spanAt(spans, 10)?.id).toBe('sentence');
  });
  it('ends are exclusive', () => {
    expect(spanAt(spans, 50)?.id).toBe('sentence');
    expect(spanAt(spans, 100)).toBeNull();
  });
});
