import { describe, expect, it } from 'vitest';
import { Operation } from '../../../notes/model/ops.ts';
import { detailPatch, urlProblem } from './sourceEdits.ts';

describe('source details', () => {
  it('keeps http and https addresses and says what is wrong with others', () => {
    expect(urlProblem('https://www.rudaw.net/english/x')).toBeUndefined();
    expect(urlProblem('javascript:alert(1)')).toMatch(/Only http and https .*javascript:/);
    expect(urlProblem('rudaw.net/x')).toMatch(/not a web address/);
  });

  it('turns each field into a patch main accepts, a blank optional field into a cleared one', () => {
    for (const [field, text] of [['title', 'بغداد وواشنطن'], ['publisher', 'Rudaw'], ['author', 'Layla Hassan'], ['published', '2024-07-24'], ['url', 'https://x.org/a'], ['url', ''], ['author', ' ']] as const) {
      const result = detailPatch(field, text);
      expect('patch' in result, `${field}=${text}`).toBe(true);
      if ('patch' in result) expect(Operation.safeParse({ kind: 'source.update', id: 's', patch: result.patch }).success).toBe(true);
    }
    expect(detailPatch('author', '')).toEqual({ patch: { author: null } });
  });

  it('refuses an empty title, a long date and a bad address with one line each', () => {
    expect(detailPatch('title', '  ')).toEqual({ problem: 'A source needs a title.' });
    expect(detailPatch('published', 'x'.repeat(41))).toEqual({ problem: 'The date holds 41 characters, more than the 40 allowed.' });
    expect(detailPatch('url', 'ftp://x.org')).toHaveProperty('problem');
  });
});
