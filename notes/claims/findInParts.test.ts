import { describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLE } from '../samples/article.ts';
import { findClaims } from './find.ts';
import { findInPart, partsOf } from './findInParts.ts';
import { changedParagraphs } from './accept.ts';
import { namedPeople } from './speakers.ts';

const spans = (list: { content: { start: number; end: number } }[]) => list.map((s) => `${s.content.start}-${s.content.end}`);

describe('the finder part by part', () => {
  it('reads a short article whole, exactly as findClaims does', () => {
    const parts = partsOf(SAMPLE_ARTICLE);
    expect(parts).toHaveLength(1);
    expect(findInPart(SAMPLE_ARTICLE, parts[0]!)).toEqual(findClaims(SAMPLE_ARTICLE));
  });

  it('finds the same claims in small parts, each once, with offsets into the whole text', () => {
    const parts = partsOf(SAMPLE_ARTICLE, undefined, 600);
    expect(parts.length).toBeGreaterThan(3);
    const people = namedPeople(SAMPLE_ARTICLE);
    const found = parts.flatMap((p) => findInPart(SAMPLE_ARTICLE, p, {}, people));
    expect(spans(found)).toEqual(spans(findClaims(SAMPLE_ARTICLE)));
    expect(found.map((s) => s.actor)).toEqual(findClaims(SAMPLE_ARTICLE).map((s) => s.actor));
    for (const s of found) expect(SAMPLE_ARTICLE.slice(s.content.start, s.content.end)).toBe(s.text);
  });

  it('resolves a surname to the full name given before the part and its context', () => {
    const filler = 'The delegations met again in the afternoon and went over the same ground as before.\n\n'.repeat(60);
    const text = `Defence Secretary Lloyd Austin met the delegation on Monday.\n\n${filler}Austin said the talks would resume in May.\n`;
    const [part] = partsOf(text, [{ start: text.indexOf('Austin said'), end: text.length }]);
    expect(part!.from).toBeGreaterThan(text.indexOf('Lloyd Austin'));
    expect(findInPart(text, part!).map((s) => s.actor)).toEqual(['Austin']);
    expect(findInPart(text, part!, {}, namedPeople(text)).map((s) => s.actor)).toEqual(['Lloyd Austin']);
  });

  it('keeps a pronoun speaker named in the paragraph before the part', () => {
    const text = 'Defence Secretary Lloyd Austin met the delegation on Monday.\n\n"We will stay as long as we are needed," he said.\n';
    const [second] = partsOf(text, [{ start: text.indexOf('"We'), end: text.length }]);
    expect(second!.from).toBe(0);
    const found = findInPart(text, second!);
    expect(found.map((s) => s.actor)).toEqual(['Lloyd Austin']);
  });

  it('reads only the changed paragraphs of a revised source', () => {
    const revised = SAMPLE_ARTICLE.replace('Pentagon spokesman', 'Pentagon press secretary') + '\nThe ministry said the talks would resume in May.\n';
    const parts = partsOf(revised, changedParagraphs(SAMPLE_ARTICLE, revised));
    const found = parts.flatMap((p) => findInPart(revised, p));
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((s) => s.text.includes('talks would resume in May'))).toBe(true);
    expect(found.some((s) => s.text.includes('commission aims to conclude'))).toBe(false);
  });

  it('finds nothing in a text with no paragraphs', () => {
    expect(partsOf('  \n\n ')).toEqual([]);
  });
});
