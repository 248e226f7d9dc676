import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCHEMA_VERSION, type Annotation, type Notebook, type Relation } from '../model/schema.ts';
import { validateNotebook } from '../model/validate.ts';
import { SAMPLE_IDS, sampleNotebook } from '../samples/sample.ts';
import { compareQuestion, conflictingQuestions } from './index.ts';

const NOW = '2026-01-15T09:30:00.000Z';

// A notebook with one source of numbered paragraphs ("P1 lorem.\n\nP2 lorem.…")
// and claims placed in given paragraphs.
interface ClaimSpec {
  actor: string;
  position: string;
  question?: string;
  paragraph?: number;
}
const PARA = (n: number) => `P${n} words words words.`;
function notebookWith(claims: ClaimSpec[], extra: { relations?: Omit<Relation, 'note'>[]; columns?: Record<string, string[]>; annotations?: number } = {}): Notebook {
  const paragraphs = Array.from({ length: 50 }, (_, i) => PARA(i + 1));
  const text = paragraphs.join('\n\n');
  const actors = [...new Set(claims.map((c) => c.actor))];
  const questions = [...new Set(claims.map((c) => c.question ?? 'q1'))];
  const target = (paragraph: number, serial: number) => {
    const start = text.indexOf(PARA(paragraph)) + (serial % 5);
    return {
      quote: { type: 'TextQuoteSelector' as const, exact: text.slice(start, start + 10), prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector' as const, start, end: start + 10 },
    };
  };
  const annotation = (id: string, paragraph: number, serial: number, claim?: Annotation['claim']): Annotation => ({
    id,
    sourceId: 's1',
    target: target(paragraph, serial),
    note: `note ${id}`,
    tags: [],
    claim,
    createdAt: NOW,
    updatedAt: NOW,
  });
  const annotations: Annotation[] = [];
  for (let i = 0; i < (extra.annotations ?? 0); i++) annotations.push(annotation(`plain${i}`, (i % 50) + 1, i));
  claims.forEach((c, i) =>
    annotations.push(
      annotation(`c${i}`, c.paragraph ?? 1, i, {
        actorId: c.actor,
        questionId: c.question ?? 'q1',
        position: c.position,
        cue: 'said',
        reliability: 'C',
        credibility: '3',
      }),
    ),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'nb',
    title: 'Synthetic',
    createdAt: NOW,
    updatedAt: NOW,
    sources: [{ id: 's1', title: 'Wire copy', publisher: 'Agency', format: 'text', text, sha256: '0'.repeat(64), importedAt: NOW }],
    annotations,
    actors: actors.map((id) => ({ id, name: `Actor ${id}`, aliases: [], color: '#1f77b4' })),
    questions: questions.map((id) => ({ id, text: `Question ${id}?`, positions: [{ label: 'Yes', color: '#2ca02c' }, { label: 'No', color: '#d62728' }] })),
    tags: [],
    relations: (extra.relations ?? []).map((r) => ({ ...r, note: '' })),
    briefing: { title: '', bluf: '', keyJudgments: [], questionNotes: {}, columns: extra.columns ?? {}, excerptIds: [] },
  };
}

describe('compareQuestion on the sample notebook', () => {
  const nb = sampleNotebook(NOW);
  const cmp = compareQuestion(nb, SAMPLE_IDS.question);

  it('puts Baghdad and Washington side by side, each with its claims in reading order', () => {
    expect(cmp.columns.map((c) => c.actor.name)).toEqual(['Baghdad (Government of Iraq)', 'Washington (US government)']);
    const [baghdad, washington] = cmp.columns.map((c) => c.claims);
    const onQuestion = (actorId: string) => nb.annotations.filter((a) => a.claim!.actorId === actorId && a.claim!.questionId === SAMPLE_IDS.question);
    expect(baghdad).toHaveLength(onQuestion(SAMPLE_IDS.baghdad).length);
    expect(washington).toHaveLength(onQuestion(SAMPLE_IDS.washington).length);
    for (const column of [baghdad!, washington!]) {
      const starts = column.map((c) => c.annotation.target.position.start);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }
    expect(baghdad![0]).toMatchObject({
      quote: 'the commission aims to conclude the presence of the coalition forces in the country',
      position: 'End of the mission',
      cue: 'maintained',
      reliability: 'B',
      credibility: '3',
      sourceTitle: 'Iraqi, US officials meet in Washington to discuss coalition’s future',
      paragraph: 6,
      inConflict: true,
    });
    expect(washington!.find((c) => c.annotation.id === SAMPLE_IDS.washingtonClaim)).toMatchObject({ quote: 'transition', position: 'Transition', cue: 'described', paragraph: 6, inConflict: true });
    expect(baghdad![0]!.note).toContain('ending');
    // The hardliners' call is on the question, out of the briefing's two columns.
    expect(cmp.hiddenActorIds).toEqual([SAMPLE_IDS.hardliners]);
  });

  it('lays the claims out as a matrix of positions × actors', () => {
    const row = (label: string) => cmp.rows.find((r) => r.label === label)!.cells.map((cell) => cell.map((c) => c.annotation.id));
    expect(cmp.rows.map((r) => r.label)).toEqual(['End of the mission', 'Transition', 'Partnership continues', 'No timeline set', 'Expel US troops']);
    expect(row('End of the mission')).toEqual([[SAMPLE_IDS.baghdadClaim, SAMPLE_IDS.stateMedia], []]);
    expect(row('Transition')).toEqual([[], [SAMPLE_IDS.austinAdapt, SAMPLE_IDS.washingtonClaim, SAMPLE_IDS.ryderLongTerm]]);
    // Hidden from the columns, the hardliners' position still has its row.
    expect(row('Expel US troops')).toEqual([[], []]);
  });

  it('reports the disagreement, in the question’s order of positions, and the analyst’s contradicts link', () => {
    const positions = cmp.conflicts.find((c) => c.kind === 'positions');
    expect(positions && positions.kind === 'positions' && positions.groups.map((g) => [g.position, g.actorIds])).toEqual([
      ['End of the mission', [SAMPLE_IDS.baghdad]],
      ['Transition', [SAMPLE_IDS.washington]],
      ['Partnership continues', [SAMPLE_IDS.washington]],
      ['No timeline set', [SAMPLE_IDS.washington]],
      ['Expel US troops', [SAMPLE_IDS.hardliners]],
    ]);
    const link = cmp.conflicts.find((c) => c.kind === 'contradicts');
    expect(link && link.kind === 'contradicts' && [link.from.actorId, link.to.actorId]).toEqual([SAMPLE_IDS.washington, SAMPLE_IDS.baghdad]);
    expect(cmp.relations).toEqual([]);
    // Only Baghdad speaks on the strikes: no conflict there.
    expect(conflictingQuestions(nb).map((q) => q.question.id)).toEqual([SAMPLE_IDS.question]);
  });

  it('refuses a question that is not in the notebook', () => {
    expect(() => compareQuestion(nb, 'nope')).toThrow(/no question "nope"/);
  });
});

describe('compareQuestion on synthetic notebooks', () => {
  it('compares positions trimmed and case-insensitively', () => {
    const nb = notebookWith([
      { actor: 'a', position: 'Transition' },
      { actor: 'b', position: '  transition ' },
    ]);
    const cmp = compareQuestion(nb, 'q1');
    expect(cmp.conflicts).toEqual([]);
    expect(cmp.rows.map((r) => r.label)).toEqual(['Transition']);
    expect(cmp.columns.flatMap((c) => c.claims).every((c) => !c.inConflict)).toBe(true);
    expect(conflictingQuestions(nb)).toEqual([]);
  });

  it('lists the positions taken in the question’s order, then the unlisted ones as they come', () => {
    const cmp = compareQuestion(notebookWith([{ actor: 'a', position: 'Maybe' }, { actor: 'b', position: 'No' }, { actor: 'c', position: 'Yes' }]), 'q1');
    const positions = cmp.conflicts.find((c) => c.kind === 'positions');
    expect(positions && positions.kind === 'positions' && positions.groups.map((g) => g.position)).toEqual(['Yes', 'No', 'Maybe']);
  });

  it('uses the question’s spelling and colour for a listed position', () => {
    const cmp = compareQuestion(notebookWith([{ actor: 'a', position: 'yes ' }, { actor: 'b', position: 'Maybe' }]), 'q1');
    expect(cmp.rows.map((r) => [r.label, r.color])).toEqual([
      ['Yes', '#2ca02c'],
      ['Maybe', undefined],
    ]);
  });

  it('does not count one actor changing its mind as a conflict between actors', () => {
    const cmp = compareQuestion(notebookWith([{ actor: 'a', position: 'Yes' }, { actor: 'a', position: 'No' }]), 'q1');
    expect(cmp.conflicts).toEqual([]);
    expect(cmp.rows.map((r) => r.cells[0]!.length)).toEqual([1, 1]);
  });

  it('marks every claim that some other actor disputes', () => {
    const cmp = compareQuestion(
      notebookWith([
        { actor: 'a', position: 'Yes' },
        { actor: 'b', position: 'Yes' },
        { actor: 'c', position: 'No' },
      ]),
      'q1',
    );
    expect(cmp.columns.map((c) => c.claims.map((x) => x.inConflict))).toEqual([[true], [true], [true]]);
    const split = cmp.conflicts[0];
    expect(split?.kind === 'positions' && split.groups.map((g) => [g.position, g.actorIds])).toEqual([
      ['Yes', ['a', 'b']],
      ['No', ['c']],
    ]);
  });

  it('orders columns by the given ids, else the briefing’s choice, else first appearance in reading order', () => {
    const claims: ClaimSpec[] = [
      { actor: 'a', position: 'Yes', paragraph: 9 },
      { actor: 'b', position: 'Yes', paragraph: 2 },
      { actor: 'c', position: 'No', paragraph: 5 },
    ];
    expect(compareQuestion(notebookWith(claims), 'q1').columns.map((c) => c.actor.id)).toEqual(['b', 'c', 'a']);
    const saved = notebookWith(claims, { columns: { q1: ['c', 'gone', 'a'] } });
    const cmp = compareQuestion(saved, 'q1');
    expect(cmp.columns.map((c) => c.actor.id)).toEqual(['c', 'a']);
    expect(cmp.hiddenActorIds).toEqual(['b']);
    // The hidden actor still counts: conflicts are about the question, not the view.
    expect(cmp.columns[1]!.claims[0]!.inConflict).toBe(true);
    expect(compareQuestion(saved, 'q1', { actorIds: ['a', 'a', 'b'] }).columns.map((c) => c.actor.id)).toEqual(['a', 'b']);
  });

  it('lists claims in reading order with the paragraph they start in', () => {
    const cmp = compareQuestion(
      notebookWith([
        { actor: 'a', position: 'Yes', paragraph: 30 },
        { actor: 'a', position: 'No', paragraph: 4 },
        { actor: 'a', position: 'Yes', paragraph: 12 },
      ]),
      'q1',
    );
    expect(cmp.columns[0]!.claims.map((c) => c.paragraph)).toEqual([4, 12, 30]);
  });

  it('keeps supports and qualifies as relations, contradicts as conflicts, and ignores links to other questions', () => {
    const nb = notebookWith(
      [
        { actor: 'a', position: 'Yes' },
        { actor: 'b', position: 'Yes' },
        { actor: 'c', position: 'Yes' },
        { actor: 'a', position: 'No', question: 'q2' },
      ],
      {
        relations: [
          { id: 'r1', from: 'c0', to: 'c1', kind: 'supports' },
          { id: 'r2', from: 'c1', to: 'c2', kind: 'qualifies' },
          { id: 'r3', from: 'c2', to: 'c0', kind: 'contradicts' },
          { id: 'r4', from: 'c3', to: 'c0', kind: 'contradicts' },
        ],
      },
    );
    expect(validateNotebook(nb).ok).toBe(true);
    const cmp = compareQuestion(nb, 'q1');
    expect(cmp.relations.map((r) => [r.relation.id, r.from.annotation.id, r.to.annotation.id])).toEqual([
      ['r1', 'c0', 'c1'],
      ['r2', 'c1', 'c2'],
    ]);
    expect(cmp.conflicts.map((c) => (c.kind === 'contradicts' ? c.relation.id : c.kind))).toEqual(['r3']);
    expect(cmp.columns.map((c) => c.claims[0]!.inConflict)).toEqual([true, false, true]);
    expect(conflictingQuestions(nb).map((q) => q.question.id)).toEqual(['q1']);
    expect(compareQuestion(nb, 'q2').conflicts).toEqual([]);
  });

  it('agrees with a pairwise definition of conflict on random claims', () => {
    const spec = fc.record({ actor: fc.constantFrom('a', 'b', 'c'), position: fc.constantFrom('Yes', 'yes', ' No', 'Maybe') });
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 12 }), (claims) => {
        const cmp = compareQuestion(notebookWith(claims), 'q1');
        const all = cmp.columns.flatMap((c) => c.claims);
        expect(all).toHaveLength(claims.length);
        const key = (p: string) => p.trim().toLowerCase();
        for (const c of all) {
          const mine = claims[Number(c.annotation.id.slice(1))]!;
          const expected = claims.some((o) => o.actor !== mine.actor && key(o.position) !== key(mine.position));
          expect(c.inConflict).toBe(expected);
        }
        expect(cmp.conflicts.length > 0).toBe(all.some((c) => c.inConflict));
      }),
    );
  });

  it('handles hundreds of claims per question among 100k annotations', () => {
    const claims: ClaimSpec[] = [];
    for (let i = 0; i < 2000; i++) claims.push({ actor: `a${i % 40}`, position: i % 3 === 0 ? 'No' : 'Yes', question: `q${i % 5}`, paragraph: (i % 50) + 1 });
    const nb = notebookWith(claims, { annotations: 98_000 });
    expect(nb.annotations).toHaveLength(100_000);
    const cmp = compareQuestion(nb, 'q0');
    expect(cmp.columns.reduce((n, c) => n + c.claims.length, 0)).toBe(400);
    expect(cmp.columns).toHaveLength(8);
    expect(conflictingQuestions(nb)).toHaveLength(5);
  });
});
