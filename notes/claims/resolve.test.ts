import { describe, expect, it } from 'vitest';
import { emptyNotebook, PALETTE } from '../model/factory.ts';
import { applyOperation } from '../model/apply.ts';
import type { Notebook } from '../model/schema.ts';
import { sampleNotebook, SAMPLE_IDS } from '../samples/sample.ts';
import { cleanName, findActor, findPosition, findQuestion, findTag, resolveClaim, sameName } from './resolve.ts';

const NOW = '2024-07-30T12:00:00.000Z';
let n = 0;
const makeId = (prefix: string) => `${prefix}${++n}`;
const applyAll = (nb: Notebook, ops: ReturnType<typeof resolveClaim>['ops']) => ops.reduce((next, op) => applyOperation(next, op, NOW).notebook, nb);

describe('names', () => {
  it('match ignoring case and runs of spacing, NBSP and line breaks included', () => {
    expect(sameName('  End of\u00a0the\n mission ', 'end of the MISSION')).toBe(true);
    expect(sameName('End of the mission', 'End of mission')).toBe(false);
    expect(cleanName(' Baghdad \u00a0 (Iraq)\n')).toBe('Baghdad (Iraq)');
  });

  it('find an actor by name or alias, a question by text, a position by label, a tag by label', () => {
    const nb = sampleNotebook(NOW);
    expect(findActor(nb, 'pentagon')?.id).toBe(SAMPLE_IDS.washington);
    expect(findActor(nb, 'baghdad (government of iraq)')?.id).toBe(SAMPLE_IDS.baghdad);
    expect(findQuestion(nb, nb.questions[0]!.text.toUpperCase())?.id).toBe(SAMPLE_IDS.question);
    expect(findPosition(nb.questions[0], ' transition ')?.label).toBe('Transition');
    expect(findPosition(undefined, 'Transition')).toBeUndefined();
    expect(findTag(nb, 'coalition FUTURE')?.id).toBe(SAMPLE_IDS.tag);
  });

  it('take an id only when asked (the command line), and a form’s text never matches one', () => {
    const nb = sampleNotebook(NOW);
    expect(findActor(nb, SAMPLE_IDS.baghdad)).toBeUndefined();
    expect(findActor(nb, SAMPLE_IDS.baghdad, { byId: true })?.name).toBe('Baghdad (Government of Iraq)');
    expect(findQuestion(nb, SAMPLE_IDS.question, { byId: true })?.id).toBe(SAMPLE_IDS.question);
    expect(findTag(nb, SAMPLE_IDS.tag, { byId: true })?.label).toBe('Coalition future');
  });
});

describe('resolveClaim', () => {
  it('in an empty notebook creates the actor, then the question with its position, in the palette’s first colours', () => {
    const nb = emptyNotebook('Fresh', NOW);
    const r = resolveClaim(nb, { actor: 'Baghdad', question: 'Will the coalition leave?', position: 'End of the mission' }, { makeId });
    expect(r.ops.map((op) => op.kind)).toEqual(['actor.add', 'question.add']);
    expect(r.created).toEqual([
      { kind: 'actor', name: 'Baghdad' },
      { kind: 'question', name: 'Will the coalition leave?' },
      { kind: 'position', name: 'End of the mission' },
    ]);
    const next = applyAll(nb, r.ops);
    expect(next.actors).toEqual([{ id: r.actorId, name: 'Baghdad', aliases: [], color: PALETTE[0], updatedAt: NOW }]);
    expect(next.questions).toEqual([{ id: r.questionId, text: 'Will the coalition leave?', positions: [{ label: 'End of the mission', color: PALETTE[0] }], updatedAt: NOW }]);
    expect(r.position).toBe('End of the mission');
  });

  it('reuses an actor named by an alias, a question and a position whatever their case', () => {
    const nb = sampleNotebook(NOW);
    const question = nb.questions[0]!;
    const r = resolveClaim(nb, { actor: 'pentagon', question: question.text.toUpperCase(), position: 'transition' }, { makeId });
    expect(r).toEqual({ ops: [], actorId: SAMPLE_IDS.washington, questionId: question.id, position: 'Transition', created: [] });
  });

  it('a new position on a known question is added to its positions, in the chosen colour', () => {
    const nb = sampleNotebook(NOW);
    const r = resolveClaim(nb, { actor: 'Baghdad', question: nb.questions[0]!.text, position: 'Drawdown by 2026' }, { makeId, positionColor: '#123456' });
    expect(r.created).toEqual([{ kind: 'position', name: 'Drawdown by 2026' }]);
    const next = applyAll(nb, r.ops);
    expect(next.questions[0]!.positions.map((p) => p.label)).toEqual([...nb.questions[0]!.positions.map((p) => p.label), 'Drawdown by 2026']);
    expect(next.questions[0]!.positions.at(-1)!.color).toBe('#123456');
  });

  it('a new actor takes the next unused colour unless one is chosen', () => {
    const nb = sampleNotebook(NOW);
    const taken = nb.actors.map((a) => a.color);
    const byDefault = applyAll(nb, resolveClaim(nb, { actor: 'Tehran', question: nb.questions[0]!.text, position: 'Transition' }, { makeId }).ops);
    expect(byDefault.actors.at(-1)!.color).toBe(PALETTE.find((c) => !taken.includes(c)));
    const chosen = applyAll(nb, resolveClaim(nb, { actor: 'Tehran', question: nb.questions[0]!.text, position: 'Transition' }, { makeId, actorColor: '#abcdef' }).ops);
    expect(chosen.actors.at(-1)!.color).toBe('#abcdef');
  });

  it('names entities by id when asked', () => {
    const nb = sampleNotebook(NOW);
    const r = resolveClaim(nb, { actor: SAMPLE_IDS.baghdad, question: SAMPLE_IDS.question, position: 'End of the mission' }, { byId: true, makeId });
    expect(r).toMatchObject({ ops: [], actorId: SAMPLE_IDS.baghdad, questionId: SAMPLE_IDS.question });
  });
});

describe("Compare's saved columns", () => {
  const question = (nb: Notebook) => nb.questions[0]!.text;
  const withShown = (nb: Notebook, ids: string[]): Notebook => ({ ...nb, briefing: { ...nb.briefing, columns: { [SAMPLE_IDS.question]: ids } } });

  it('gain a speaker new to the question, in Arabic too, so the claim just made is shown', () => {
    const nb = withShown(sampleNotebook(NOW), [SAMPLE_IDS.baghdad, SAMPLE_IDS.washington]);
    const resolved = resolveClaim(nb, { actor: 'الإعلام الرسمي العراقي', question: question(nb), position: 'End of the mission' }, { makeId });
    const after = applyAll(nb, resolved.ops);
    expect(after.briefing.columns[SAMPLE_IDS.question]).toEqual([SAMPLE_IDS.baghdad, SAMPLE_IDS.washington, resolved.actorId]);
  });

  it('leave an actor the analyst hid hidden, and add nothing when no choice was saved', () => {
    const hidden = withShown(sampleNotebook(NOW), [SAMPLE_IDS.baghdad]);
    const again = resolveClaim(hidden, { actor: 'Washington', question: question(hidden), position: 'Transition' }, { makeId });
    expect(again.ops.filter((o) => o.kind === 'briefing.update')).toEqual([]);
    const unsaved: Notebook = { ...hidden, briefing: { ...hidden.briefing, columns: {} } };
    const fresh = resolveClaim(unsaved, { actor: 'Iraqi state media', question: question(unsaved), position: 'Transition' }, { makeId });
    expect(fresh.ops.filter((o) => o.kind === 'briefing.update')).toEqual([]);
  });
});
