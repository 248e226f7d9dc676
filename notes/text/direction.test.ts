import { describe, expect, it } from 'vitest';
import { textDirection, hasRtl, heldLeftToRight, listSeparator } from './direction.ts';

describe('textDirection', () => {
  it('reads Arabic and Hebrew paragraphs right to left', () => {
    expect(textDirection('قال مكتب رئيس الوزراء إن المهمة انتهت.')).toBe('rtl');
    expect(textDirection('שלום עולם')).toBe('rtl');
  });

  it('decides by the first strong character, skipping quotes, digits and punctuation', () => {
    expect(textDirection('“2025: انتهت المهمة” said Baghdad')).toBe('rtl');
    expect(textDirection('١٢٣ — Baghdad said انتهت')).toBe('ltr');
    expect(textDirection('Baghdad said “انتهت المهمة”')).toBe('ltr');
  });

  it('reads presentation forms as Arabic and honours an explicit mark', () => {
    expect(textDirection('ﺑﻐﺪاد')).toBe('rtl');
    expect(textDirection('\u200f(1) Note')).toBe('rtl');
    expect(textDirection('\u200eانتهت')).toBe('ltr');
  });

  it('falls back to left to right when nothing is strong', () => {
    expect(textDirection('')).toBe('ltr');
    expect(textDirection('2025 — 42%')).toBe('ltr');
  });
});

describe('lists and dates beside Arabic', () => {
  it('separate an Arabic list with the Arabic comma and an English one with a comma', () => {
    expect(['مكتب رئيس الوزراء', 'قال'].join(listSeparator('مكتب رئيس الوزراء'))).toBe('مكتب رئيس الوزراء، قال');
    expect(listSeparator('Rudaw')).toBe(', ');
  });

  it('hold a date left to right with a mark on each side, and say which text holds Arabic', () => {
    expect(heldLeftToRight('2024-09-27')).toBe('\u200e2024-09-27\u200e');
    expect(hasRtl('Laila Hassan, صحيفة دجلة')).toBe(true);
    expect(hasRtl('Rudaw, 2024-07-23')).toBe(false);
  });
});
