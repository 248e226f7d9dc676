import { expect, it } from 'vitest';
import { anchorAll, describe } from './index.ts';

// Reporting repeats itself: a deleted paragraph's words often survive in the next one.
const KEPT = 'So, we must adapt the mission of Inherent Resolve to meet this shifting risk, the secretary said.';
const DELETED = 'In remarks on Friday he wrote: we must adapt the mission of Inherent Resolve to meet this evolving threat.';
const before = `Officials met in Washington on Monday to discuss the coalition.\n\n${DELETED}\n\n${KEPT}\n\nNo timeline was set.`;
const after = before.replace(`${DELETED}\n\n`, '');

const on = (id: string, text: string, within: string, exact: string) => {
  const start = text.indexOf(within) + within.indexOf(exact);
  return { id, target: describe(text, start, start + exact.length) };
};

it('a deleted quote is not moved onto a look-alike that runs into the annotation recorded after it', () => {
  const deleted = on('deleted', before, DELETED, 'mission of Inherent Resolve to meet');
  const next = on('next', before, KEPT, 'Inherent Resolve to meet this shifting risk');
  const first = on('first', before, 'Officials met in Washington on Monday', 'Officials met in Washington');
  const results = anchorAll(after, [first, deleted, next]);
  expect(results.get('next')).toMatchObject({ state: 'moved', start: after.indexOf('Inherent Resolve to meet this shifting') });
  expect(results.get('deleted')?.state).toBe('orphaned');
});

it('an annotation that overlapped the next one still overlaps it after an edit before both', () => {
  const tail = on('tail', before, KEPT, 'we must adapt the mission of Inherent Resolve');
  const inner = on('inner', before, KEPT, 'Inherent Resolve to meet');
  const edited = after.replace('So, we must', 'So, we truly must');
  const results = anchorAll(edited, [tail, inner]);
  expect(results.get('inner')?.state).not.toBe('orphaned');
  const placed = results.get('tail')!;
  expect(placed.state).not.toBe('orphaned');
  expect(edited.slice((placed as { start: number }).start, (placed as { end: number }).end)).toContain('mission of Inherent Resolve');
});
