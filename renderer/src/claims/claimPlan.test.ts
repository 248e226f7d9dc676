import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../../notes/model/apply.ts';
import { emptyNotebook } from '../../../notes/model/factory.ts';
import { sampleNotebook, SAMPLE_IDS } from '../../../notes/samples/sample.ts';
import { planClaim, type ClaimDraft } from './claimPlan.ts';

const NOW = '2024-07-30T12:00:00.000Z';
const draft = (d: Partial<ClaimDraft>): ClaimDraft => ({
  actor: '',
  actorColor: '#1f77b4',
  question: '',
  position: '',
  positionColor: '#2ca02c',
  cue: '',
  reliability: 'B',
  credibility: '2',
  ...d,
});
let n = 0;
const ids = (prefix: string) => `${prefix}${++n}`;

describe('planClaim', () => {
  it('in an empty notebook creates the actor, the question with its position, then the claim names them', () => {
    const nb = emptyNotebook('Fresh', NOW);
    const plan = planClaim(nb, draft({ actor: ' Baghdad ', question: 'Will the coalition leave?', position: 'End of the mission', cue: 'maintained' }), ids);
    if (!plan.ok) throw new Error(plan.message);
    let next = nb;
    for (const op of plan.ops) next = applyOperation(next, op, NOW).notebook;
    expect(next.actors.map((a) => a.name)).toEqual(['Baghdad']);
    expect(next.questions[0]!.positions).toEqual([{ label: 'End of the mission', color: '#2ca02c' }]);
    expect(plan.claim).toMatchObject({ actorId: next.actors[0]!.id, questionId: next.questions[0]!.id, position: 'End of the mission', cue: 'maintained' });
  });

  it('passes the colours chosen in the form to what it creates (matching rules: notes/claims/resolve.test.ts)', () => {
    const nb = sampleNotebook(NOW);
    const plan = planClaim(nb, draft({ actor: 'Tehran', question: nb.questions[0]!.text, position: 'Drawdown by 2026', actorColor: '#abcdef', positionColor: '#123456' }), ids);
    if (!plan.ok) throw new Error(plan.message);
    let next = nb;
    for (const op of plan.ops) next = applyOperation(next, op, NOW).notebook;
    expect(next.actors.at(-1)).toMatchObject({ name: 'Tehran', color: '#abcdef' });
    expect(next.questions[0]!.positions.at(-1)).toEqual({ label: 'Drawdown by 2026', color: '#123456' });
    expect(plan.claim).toMatchObject({ actorId: next.actors.at(-1)!.id, questionId: SAMPLE_IDS.question, position: 'Drawdown by 2026' });
  });

  it('says which field is missing', () => {
    const nb = sampleNotebook(NOW);
    expect(planClaim(nb, draft({ question: 'q', position: 'p' }))).toMatchObject({ ok: false, field: 'actor' });
    expect(planClaim(nb, draft({ actor: 'a', position: 'p' }))).toMatchObject({ ok: false, field: 'question' });
    expect(planClaim(nb, draft({ actor: 'a', question: 'q', position: '  ' }))).toMatchObject({ ok: false, field: 'position' });
  });
});
