import { describe, expect, it } from 'vitest';
import { bylineOf } from './readerLayout.ts';

describe("a source's byline", () => {
  it('gives publisher, date and how many annotations', () => {
    expect(bylineOf({ publisher: 'Rudaw', published: '2024-07-23' }, 1)).toBe('Rudaw · 2024-07-23 · 1 annotation');
    expect(bylineOf({ publisher: '' }, 0)).toBe('0 annotations');
  });

  it('holds the date left to right beside an Arabic publisher, so it does not read 23-07-2024', () => {
    expect(bylineOf({ publisher: 'صحيفة دجلة', published: '2024-07-23' }, 2)).toBe('صحيفة دجلة · \u200e2024-07-23\u200e · 2 annotations');
  });
});
