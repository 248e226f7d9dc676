import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { NOTE_MAX_CHARS } from '../../../notes/model/vocabulary.ts';
import { LengthCount } from './LengthCount.tsx';

const shown = (length: number) => renderToStaticMarkup(<LengthCount length={length} max={NOTE_MAX_CHARS} />);

describe('LengthCount', () => {
  it('says nothing until a note nears its limit, then how much it holds, and when it is full', () => {
    expect(shown(0)).toBe('');
    expect(shown(89_999)).toBe('');
    expect(shown(90_000)).toContain('90,000 / 100,000 characters');
    expect(shown(90_000)).not.toContain('limit');
    expect(shown(100_000)).toContain('100,000 / 100,000 characters — the limit: shorten it to add more');
  });
});
