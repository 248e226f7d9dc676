import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../notes/claims/find.ts';
import { applyOperation } from '../../../notes/model/apply.ts';
import { emptyNotebook } from '../../../notes/model/factory.ts';
import type { Notebook } from '../../../notes/model/schema.ts';
import { SAMPLE_ARTICLE, sampleNotebook } from '../../../notes/samples/sample.ts';
import { defaultQuestion, planAccept } from './acceptPlan.ts';

const NOW = '2024-07-30T12:00:00.000Z';
let n = 0;
const makeId = (prefix: string) => `${prefix}${++n}`;

function withArticle(): Notebook {
  const nb = emptyNotebook('Claims', NOW);
  const source = { id: 'src-1', title: 'Coalition talks', publisher: 'Rudaw', format: 'text' as const, text: SAMPLE_ARTICLE, sha256: 'x', importedAt: NOW, updatedAt: NOW, reliability: 'B' as const };
  return applyOperation(nb, { kind: 'source.add', source }, NOW).notebook;
}

describe('accepting suggestions', () => {
  it('in a notebook with no question: makes the question and the new actors, then each claim, graded from the source', () => {
    const nb = withArticle();
    const found = findClaims(SAMPLE_ARTICLE).filter((s) => s.actor === 'Lloyd Austin');
    const ops = planAccept(nb, found, { sourceId: 'src-1', question: defaultQuestion(nb, 'Coalition talks'), now: NOW, makeId });
    expect(ops.map((o) => o.kind)).toEqual(['question.add', 'actor.add', 'question.update', 'annotation.add', 'annotation.add']);
    const after = applyOperation(nb, { kind: 'batch', ops }, NOW);
    const claims = after.notebook.annotations.map((a) => a.claim!);
    expect(after.notebook.questions.map((q) => q.text)).toEqual(['Who says what in “Coalition talks”?']);
    expect(after.notebook.actors.map((a) => a.name)).toEqual(['Lloyd Austin']);
    expect(claims.map((c) => [c.cue, c.reliability, c.position])).toEqual([
      ['said', 'B', '(to review)'],
      ['said', 'B', '(to review)'],
    ]);
    // One batch: its inverse gives back the notebook as it was.
    expect(applyOperation(after.notebook, after.inverse, NOW).notebook.annotations).toEqual([]);
  });

  it('files claims under the question last used, and a speaker named by an alias under the notebook actor', () => {
    const nb = sampleNotebook(NOW);
    const found = findClaims(SAMPLE_ARTICLE, { actors: nb.actors }).filter((s) => s.actor?.startsWith('Washington'));
    expect(found.length).toBeGreaterThan(0);
    const question = defaultQuestion(nb, 'ignored');
    expect(question).toBe(nb.questions[0]!.text);
    const ops = planAccept(nb, found, { sourceId: nb.sources[0]!.id, question, now: NOW, makeId });
    expect(ops.some((o) => o.kind === 'actor.add' || o.kind === 'question.add')).toBe(false);
    const added = ops.flatMap((o) => (o.kind === 'annotation.add' ? [o.annotation.claim!.actorId] : []));
    expect(new Set(added)).toEqual(new Set(['actor-washington']));
  });
});
