import { describe, expect, it } from 'vitest';
import { wordDiff } from './wordDiff.ts';

const join = (pieces: { text: string }[]) => pieces.map((p) => p.text).join('');
const changed = (pieces: { text: string; changed: boolean }[]) => pieces.filter((p) => p.changed).map((p) => p.text.trim());

describe('wordDiff', () => {
  it('marks the words the revision removed and the words it added', () => {
    const d = wordDiff('the commission aims to conclude the presence of the coalition', 'the commission aims to end the presence. Officials declined to comment. Of the coalition');
    expect(changed(d.before)).toEqual(['conclude', 'presence of']);
    expect(changed(d.after)).toEqual(['end', 'presence. Officials declined to comment. Of']);
  });

  it('gives back each side exactly, spaces and line ends included', () => {
    const before = 'Baghdad says  the talks\nwill end the mission. ';
    const after = 'Baghdad said the talks will end the mission';
    const d = wordDiff(before, after);
    expect(join(d.before)).toBe(before);
    expect(join(d.after)).toBe(after);
  });

  it('finds nothing changed in the same words', () => {
    const d = wordDiff('وتقول بغداد إن اللجنة', 'وتقول بغداد إن اللجنة');
    expect(changed(d.before)).toEqual([]);
    expect(changed(d.after)).toEqual([]);
  });

  it('shows a very long quote as wholly changed rather than build a huge table', () => {
    const long = Array.from({ length: 700 }, (_, i) => `w${i}`).join(' ');
    const d = wordDiff(long, `${long} more`);
    expect(d.before).toEqual([{ text: long, changed: true }]);
  });
});
