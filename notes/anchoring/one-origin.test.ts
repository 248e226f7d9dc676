import { expect, it } from 'vitest';
import { anchorAll, describe } from './index.ts';

// Two paragraphs that end alike; the second is deleted. The new text reads the same whichever ending was
// cut, and the second ending's context fits the surviving words perfectly.
const ENDING = ' said Defense Secretary Lloyd Austin, using the Arabic acronym for the Islamic State (ISIS).';
const FIRST = `"Our bond is especially important as we mark the tenth year of the coalition,"${ENDING}`;
const SECOND = `"We must adapt the mission of Inherent Resolve to meet this changing threat,"${ENDING}`;
const before = `Officials met in Washington on Monday.\n\n${FIRST}\n\n${SECOND}\n\nMeanwhile, Baghdad maintained that the talks would end the mission.`;
// An edit at the top moves everything after it.
const after = before.replace(`${SECOND}\n\n`, '').replace('on Monday', 'on Monday and Tuesday');

const at = (id: string, within: string, exact: string) => {
  const start = before.indexOf(within) + within.lastIndexOf(exact);
  return { id, target: describe(before, start, start + exact.length) };
};

it('of two annotations on alike endings, one of them deleted, only the earlier keeps the surviving words', () => {
  const first = at('first', FIRST, 'using the Arabic acronym for the Islamic State (ISIS).');
  const second = at('second', SECOND, 'the Islamic State (ISIS).');
  const third = at('third', SECOND, 'the Islamic State (ISIS).');
  const meanwhile = at('meanwhile', 'Meanwhile, Baghdad maintained', 'Baghdad maintained');
  const results = anchorAll(after, [first, second, third, meanwhile]);
  expect(results.get('first')).toMatchObject({ state: 'moved', start: after.indexOf('using the Arabic acronym') });
  expect(results.get('second')?.state).toBe('orphaned');
  expect(results.get('third')?.state).toBe('orphaned');
  expect(results.get('meanwhile')?.state).not.toBe('orphaned');
});

it('two annotations on the same words, moved together by an edit before them, both stay', () => {
  const wide = at('wide', FIRST, 'using the Arabic acronym for the Islamic State (ISIS).');
  const narrow = at('narrow', FIRST, 'the Islamic State (ISIS).');
  const edited = before.replace('on Monday', 'on Monday and Tuesday');
  const results = anchorAll(edited, [wide, narrow]);
  expect(results.get('wide')?.state).toBe('moved');
  expect(results.get('narrow')?.state).toBe('moved');
});
