import { describe, expect, it } from 'vitest';
import { closeActors, editDistance } from './closeActors.ts';

const actors = [
  { id: 'a-baghdad', name: 'Baghdad (Government of Iraq)', aliases: ['Baghdad', 'Iraqi government', 'الحكومة العراقية'] },
  { id: 'a-washington', name: 'Washington (US government)', aliases: ['Pentagon'] },
  { id: 'a-ryder', name: 'Pat Ryder', aliases: [] },
  { id: 'a-sudani', name: 'محمد شياع السوداني', aliases: [] },
];
const closest = (name: string, except?: string) => closeActors(name, actors, except).map((c) => `${c.actor.id}:${c.closeness}`);

describe('actors close to a name', () => {
  it('the same after case, accents, spacing and "the"', () => {
    expect(closest('baghdad')).toEqual(['a-baghdad:same']);
    expect(closest('  the PENTAGON ')).toEqual(['a-washington:same']);
    expect(closest('Pât Rydér')).toEqual(['a-ryder:same']);
  });

  it('a name whose words begin or end another one', () => {
    expect(closest('Washington')).toEqual(['a-washington:words']);
    expect(closest('Ryder')).toEqual(['a-ryder:words']);
  });

  it('a typo in a name of some length, but not a different short word', () => {
    expect(closest('Bagdad')).toEqual(['a-baghdad:spelling']);
    expect(closest('Pentagn')).toEqual(['a-washington:spelling']);
    expect(closest('Iraqi governmnet')).toEqual(['a-baghdad:spelling']);
    expect(closest('Iran')).toEqual([]);
    expect(closest('US')).toEqual([]);
    expect(closest('Tehran')).toEqual([]);
  });

  it('Arabic: spelling variants, the attached article, a typo', () => {
    expect(closest('الحكومه العراقيه')).toEqual(['a-baghdad:same']); // taa marbuta written as haa
    expect(closest('حكومة عراقية')).toEqual(['a-baghdad:same']); // without ال
    expect(closest('مُحَمَّد شياع السوداني')).toEqual(['a-sudani:same']); // with short vowels
    expect(closest('السوداني')).toEqual(['a-sudani:words']);
    expect(closest('محمد شياع السودانى')).toEqual(['a-sudani:same']); // alef maqsura
    expect(closest('محمد شيع السوداني')).toEqual(['a-sudani:spelling']);
    expect(closest('طهران')).toEqual([]);
  });

  it('leaves out the actor being renamed, and ranks the closest first', () => {
    expect(closest('Pat Ryder', 'a-ryder')).toEqual([]);
    const both = closeActors('Baghdad', [...actors, { id: 'a-bagdad', name: 'Bagdad', aliases: [] }]).map((c) => c.actor.id);
    expect(both).toEqual(['a-baghdad', 'a-bagdad']);
  });

  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('pentagon', 'pentagno', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'abcdefg', 2)).toBe(3);
  });
});
