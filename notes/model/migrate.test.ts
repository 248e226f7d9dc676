import { describe, expect, it } from 'vitest';
import { migrate, schemaVersionOf } from './migrate.ts';
import { PALETTE } from './factory.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { validateNotebook } from './validate.ts';

const at = '2024-05-01T09:00:00.000Z';
const sha = 'a'.repeat(64);

function claimAnnotation(id: string, actorId: string, position: string, start: number) {
  return {
    id,
    sourceId: 'src1',
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'the talks', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + 9 },
    },
    note: '',
    tags: [],
    claim: { actorId, questionId: 'q1', position, cue: 'said', reliability: 'B', credibility: '2' },
    createdAt: at,
    updatedAt: at,
  };
}

/** A notebook as the pre-release builds wrote it. */
function v0Notebook(): Record<string, unknown> {
  return {
    id: 'nb1',
    title: 'Coalition talks',
    createdAt: at,
    updatedAt: at,
    sources: [{ id: 'src1', title: 'Talks', publisher: 'Wire', format: 'text', text: 'x'.repeat(200), sha256: sha, importedAt: at }],
    annotations: [
      claimAnnotation('a1', 'baghdad', 'end of mission', 0),
      claimAnnotation('a2', 'washington', ' transition ', 20),
      claimAnnotation('a3', 'baghdad', 'end of mission', 40),
      { ...claimAnnotation('a4', 'baghdad', 'x', 60), claim: undefined },
    ],
    actors: [
      { id: 'baghdad', name: 'Baghdad', aliases: [], color: '#1f77b4' },
      { id: 'washington', name: 'Washington', aliases: [], color: '#d62728' },
    ],
    questions: [
      { id: 'q1', text: 'Will the coalition mission end?' },
      { id: 'q2', text: 'Unclaimed question' },
    ],
    tags: [],
    relations: [],
    briefing: { title: '', bluf: '', keyJudgments: [], questionNotes: {}, excerptIds: [] },
  };
}

describe('migrate', () => {
  it('turns a v0 notebook into one that validates, with positions built from the claims', () => {
    const raw = v0Notebook();
    const result = validateNotebook(migrate(raw));
    if (!result.ok) throw new Error(result.problem);
    const nb = result.notebook;
    expect(nb.schemaVersion).toBe(SCHEMA_VERSION);
    const [q1, q2] = nb.questions;
    expect(q1!.positions.map((p) => p.label)).toEqual(['end of mission', 'transition']);
    expect(q2!.positions).toEqual([]);
    // Distinct palette colours, so the comparison view can tell the positions apart.
    const colors = q1!.positions.map((p) => p.color);
    expect(new Set(colors).size).toBe(colors.length);
    for (const c of colors) expect(PALETTE).toContain(c);
    expect(nb.briefing.columns).toEqual({});
    // Every claim names a position its question lists.
    for (const a of nb.annotations) {
      if (a.claim) expect(q1!.positions.map((p) => p.label)).toContain(a.claim.position);
    }
  });

  it('leaves its input untouched', () => {
    const raw = v0Notebook();
    const before = JSON.stringify(raw);
    migrate(raw);
    expect(JSON.stringify(raw)).toBe(before);
  });

  it('treats schemaVersion 0 like a missing version', () => {
    const raw = { ...v0Notebook(), schemaVersion: 0 };
    expect(validateNotebook(migrate(raw)).ok).toBe(true);
  });

  it('keeps positions a v0 file already had', () => {
    const raw = v0Notebook();
    const questions = raw.questions as Record<string, unknown>[];
    questions[0] = { ...questions[0], positions: [{ label: 'end of mission', color: '#123456' }, { label: 'transition', color: '#654321' }] };
    const result = validateNotebook(migrate(raw));
    if (!result.ok) throw new Error(result.problem);
    expect(result.notebook.questions[0]!.positions[0]!.color).toBe('#123456');
  });

  it('returns current, newer and unreadable values as they are', () => {
    const current = { schemaVersion: SCHEMA_VERSION, id: 'x' };
    expect(migrate(current)).toBe(current);
    const newer = { schemaVersion: SCHEMA_VERSION + 1, questions: [{ id: 'q' }] };
    expect(migrate(newer)).toBe(newer);
    for (const odd of [null, 42, 'text', [1, 2], { schemaVersion: 'one' }, { schemaVersion: -1 }, { schemaVersion: 0.5 }]) {
      expect(migrate(odd)).toBe(odd);
    }
  });

  it('gives every record of a v1 file a time: its import for a source, else the notebook\'s last change', () => {
    const v1: Record<string, unknown> = { ...v0Notebook(), schemaVersion: 1, updatedAt: '2024-06-02T08:00:00.000Z' };
    v1.questions = [{ id: 'q1', text: 'Will the coalition mission end?', positions: [{ label: 'end of mission', color: '#1f77b4' }, { label: 'transition', color: '#d62728' }, { label: 'x', color: '#2ca02c' }] }];
    v1.relations = [{ id: 'r1', from: 'a1', to: 'a2', kind: 'supports', note: '' }];
    v1.briefing = { ...(v1.briefing as object), columns: {}, keyJudgments: [{ id: 'k1', text: 'Likely.' }] };
    v1.tags = [{ id: 't1', label: 'Later', color: '#1f77b4' }];
    const result = validateNotebook(migrate(v1));
    if (!result.ok) throw new Error(result.problem);
    const nb = result.notebook;
    expect(nb.schemaVersion).toBe(2);
    expect(nb.sources[0]!.updatedAt).toBe(at);
    for (const r of [...nb.actors, ...nb.questions, ...nb.tags, ...nb.relations, ...nb.briefing.keyJudgments]) expect(r.updatedAt, r.id).toBe('2024-06-02T08:00:00.000Z');
    expect(nb.annotations.map((a) => a.updatedAt)).toEqual(nb.annotations.map(() => at));
  });

  it('reads the version a file claims', () => {
    expect(schemaVersionOf({})).toBe(0);
    expect(schemaVersionOf({ schemaVersion: 3 })).toBe(3);
    expect(schemaVersionOf({ schemaVersion: '1' })).toBeUndefined();
    expect(schemaVersionOf(null)).toBeUndefined();
  });
});
