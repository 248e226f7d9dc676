import { describe, expect, it } from 'vitest';
import { textDirection } from './direction.ts';

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
