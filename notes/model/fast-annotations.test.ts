// The hand-written annotation check against zod, on annotations that sit on
// the edges of every rule: a "yes" must be one zod agrees with and returns
// unchanged, and every plain annotation zod returns unchanged must get a "yes"
// (else loading falls back to zod and is slow again, silently).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationsPassAsIs, fastCheckAvailable } from './fast-annotations.ts';
import { Annotation, NotebookShape } from './schema.ts';
import { parseNotebookShape, validateNotebook } from './validate.ts';
import { syntheticNotebook } from '../store/test-support/synthetic.ts';

// A fixed seed keeps `npm test` reproducible; FC_SEED=<n> explores others (and replays a failure).
const RUNS = { numRuns: 3000, seed: Number(process.env.FC_SEED ?? 20261125) };

/** Values on the edges of the rules (lengths, trims, numbers, dates, enums, types). */
const EDGES: unknown[] = [
  '', ' ', ' a', 'a ', '\u00a0a', 'a\n', '\ufeffa', 'a b', 'é', 'a.b', '“x”',
  'x'.repeat(60), 'x'.repeat(61), 'x'.repeat(80), 'x'.repeat(81), 'x'.repeat(200), 'x'.repeat(201),
  -1, -0, 0, 0.5, NaN, Infinity, 2 ** 53, 2 ** 53 - 1, '4', null, undefined, {}, [], Array<string>(2).fill('a', 1) /* a hole, then 'a' */, ['a b'], true,
  'TextQuoteSelector', 'TextPositionSelector', 'A', 'F', 'G', 'a', '1', '6', '7', 1,
  '2024-02-29T10:00:00Z', '2023-02-29T10:00:00Z', '2024-05-01T09:00:00+05:30', '2024-05-01T09:00:00.1-08:00',
  '2024-05-01T09:00:00', '2024-05-01T24:00:00Z', '2024-05-01 09:00:00Z', '2024-05-01t09:00:00z', '2024-05-01T09:00Z', '2024-05-01',
];

const idChar = fc.constantFrom(...'abcXYZ019_-');
const id = fc.string({ unit: idChar, minLength: 1, maxLength: 80 });
const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
const label = (max: number) => fc.string({ maxLength: Math.min(max, 12) }).map((s) => s.trim());
const validClaim = fc.record({
  actorId: id,
  questionId: id,
  position: label(200).filter((s) => s.length > 0),
  cue: label(60),
  reliability: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
  credibility: fc.constantFrom('1', '2', '3', '4', '5', '6'),
});
const validAnnotation = fc
  .record({
    id,
    sourceId: id,
    quote: fc.record({ type: fc.constant('TextQuoteSelector'), exact: fc.string({ maxLength: 8 }), prefix: fc.string({ maxLength: 8 }), suffix: fc.string({ maxLength: 8 }) }),
    start: fc.nat({ max: 2 ** 40 }),
    length: fc.integer({ min: 0, max: 500 }),
    note: fc.string({ maxLength: 8 }),
    tags: fc.array(id, { maxLength: 3 }),
    createdAt: date,
    updatedAt: date,
    claim: fc.option(validClaim, { nil: undefined }),
  })
  .map(({ quote, start, length, claim: c, ...rest }) => ({
    id: rest.id,
    sourceId: rest.sourceId,
    target: { quote, position: { type: 'TextPositionSelector', start, end: start + length } },
    note: rest.note,
    tags: rest.tags,
    ...(c ? { claim: c } : {}),
    createdAt: rest.createdAt,
    updatedAt: rest.updatedAt,
  }));

/** One damage at a path in the annotation: an edge value, a missing or unknown key, an odd prototype. */
type Damage =
  | { kind: 'value'; value: unknown }
  | { kind: 'drop' }
  | { kind: 'extra'; key: string }
  | { kind: 'proto'; proto: 'null' | 'class' | 'array' | 'inherit' };
const damage: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...EDGES).map((value): Damage => ({ kind: 'value', value })) },
  fc.constant<Damage>({ kind: 'drop' }),
  fc.constantFrom('extra', '__proto__', 'claim', 'ID').map((key): Damage => ({ kind: 'extra', key })),
  fc.constantFrom('null', 'class', 'array', 'inherit').map((proto): Damage => ({ kind: 'proto', proto: proto as 'null' | 'class' | 'array' | 'inherit' })),
);

/** Every object and value in an annotation, by path (the annotation itself is the empty path). */
function places(value: unknown, at: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [at];
  return [at, ...Object.entries(value).flatMap(([k, v]) => places(v, [...at, k]))];
}

function damaged(annotation: unknown, where: number, harm: Damage): unknown {
  const all = places(annotation);
  const path = all[where % all.length]!;
  const copy = structuredClone(annotation) as Record<string, unknown>;
  const set = (next: (old: unknown) => unknown) => {
    if (path.length === 0) return next(copy);
    let parent: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    const key = path[path.length - 1]!;
    if (harm.kind === 'drop') Reflect.deleteProperty(parent, key);
    else parent[key] = next(parent[key]);
    return copy;
  };
  switch (harm.kind) {
    case 'value':
      return set(() => harm.value);
    case 'drop':
      return set((old) => old);
    case 'extra':
      // Not on arrays: a named property of an array is not data (JSON cannot hold one, and saving drops it).
      return set((old) =>
        typeof old === 'object' && old !== null && !Array.isArray(old) ? Object.defineProperty(old, harm.key, { value: 1, enumerable: true, configurable: true, writable: true }) : old,
      );
    case 'proto':
      return set((old) => {
        if (typeof old !== 'object' || old === null) return old;
        if (harm.proto === 'array') return Object.values(old);
        if (harm.proto === 'inherit') {
          // The first key comes from the prototype (zod reads it, JSON.stringify does not), and
          // an unknown key takes its place, so the object still has as many own keys.
          const [first, ...rest] = Object.entries(old);
          return Object.assign(Object.create(first ? Object.fromEntries([first]) : null) as object, Object.fromEntries(rest), { extra: 1 });
        }
        return Object.assign(Object.create(harm.proto === 'null' ? null : Thing.prototype) as object, old);
      });
  }
}

/** An object of some class: zod takes it like a plain one. */
class Thing {
  describe(): string {
    return 'a thing';
  }
}

/** Valid annotations with none, one or two damages. */
const annotation = fc
  .record({ valid: validAnnotation, harms: fc.array(fc.record({ where: fc.nat(), harm: damage }), { maxLength: 2 }) })
  .map(({ valid, harms }) => harms.reduce<unknown>((a, { where, harm }) => damaged(a, where, harm), valid));
const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...EDGES));

/** Plain data all the way down: what JSON.parse makes. */
function plain(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(plain);
  return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plain);
}

/** JSON with sorted keys: what would be saved, whatever the key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]])) : v,
  );

/** zod's verdict, and whether its output is the input unchanged (same JSON, same keys). */
function byZod(value: unknown[]): { accepts: boolean; unchanged: boolean; data?: unknown } {
  const parsed = Annotation.array().safeParse(value);
  if (!parsed.success) return { accepts: false, unchanged: false };
  // zod writes keys in schema order, as the generator does; a differing key set or a trimmed label shows here.
  const same = (a: unknown, b: unknown): boolean =>
    typeof a !== 'object' || a === null || typeof b !== 'object' || b === null
      ? Object.is(a, b) || (a === b)
      : Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => k in b && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  return { accepts: true, unchanged: same(parsed.data, value), data: parsed.data };
}

describe('annotationsPassAsIs', () => {
  it('found the schema patterns it checks with (else every load would take the slow path)', () => {
    expect(fastCheckAvailable).toBe(true);
    expect(annotationsPassAsIs(JSON.parse(JSON.stringify(syntheticNotebook(50).annotations)))).toBe(true);
  });

  it('says yes exactly when zod accepts the annotations and returns them unchanged', () => {
    fc.assert(
      fc.property(fc.array(annotation, { minLength: 1, maxLength: 3 }), (annotations) => {
        const fast = annotationsPassAsIs(annotations);
        const zod = byZod(annotations);
        if (fast) {
          expect(zod.accepts).toBe(true);
          expect(zod.data).toEqual(annotations);
          expect(canonical(zod.data)).toBe(canonical(annotations));
        }
        if (zod.accepts && zod.unchanged && plain(annotations)) expect(fast).toBe(true);
      }),
      RUNS,
    );
  });

  it('agrees with zod on every single damage at every place, alone and after a valid annotation', () => {
    const valid = fc.sample(validAnnotation, { numRuns: 1, seed: RUNS.seed })[0]!;
    const withClaim = { ...valid, claim: { actorId: 'baghdad', questionId: 'q1', position: 'end of mission', cue: 'said', reliability: 'B', credibility: '2' } };
    const harms: Damage[] = [
      ...EDGES.map((value): Damage => ({ kind: 'value', value })),
      { kind: 'drop' },
      { kind: 'extra', key: 'extra' },
      ...(['null', 'class', 'array', 'inherit'] as const).map((proto): Damage => ({ kind: 'proto', proto })),
    ];
    let checked = 0;
    for (const base of [valid, withClaim]) {
      const count = places(base).length;
      for (let where = 0; where < count; where++) {
        for (const harm of harms) {
          const bad = damaged(base, where, harm);
          for (const annotations of [[bad], [base, bad]]) {
            const fast = annotationsPassAsIs(annotations);
            const zod = byZod(annotations);
            if (fast) expect(zod.accepts && canonical(zod.data) === canonical(annotations), JSON.stringify(annotations)).toBe(true);
            if (zod.accepts && zod.unchanged && plain(annotations)) expect(fast, JSON.stringify(annotations)).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('tries both verdicts often (the generator reaches the edges, not only one side)', () => {
    const samples = fc.sample(annotation, { numRuns: 2000, seed: RUNS.seed });
    const yes = samples.filter((a) => annotationsPassAsIs([a])).length;
    expect(yes).toBeGreaterThan(100);
    expect(samples.length - yes).toBeGreaterThan(100);
  });
});

describe('parseNotebookShape', () => {
  const base = JSON.parse(JSON.stringify(syntheticNotebook(6))) as Record<string, unknown> & { annotations: unknown[] };

  it('gives zod’s result for notebooks with damaged annotations or a damaged rest', () => {
    const damage = fc.record({
      at: fc.nat({ max: 5 }),
      annotation,
      title: fc.oneof({ weight: 3, arbitrary: fc.constant(base.title) }, text),
      actors: fc.oneof({ weight: 3, arbitrary: fc.constant(base.actors) }, fc.constantFrom(null, [{}], 'x')),
    });
    fc.assert(
      fc.property(damage, ({ at, annotation: a, title, actors }) => {
        const nb = { ...base, title, actors, annotations: base.annotations.with(at, a) };
        const fast = parseNotebookShape(nb);
        const zod = NotebookShape.safeParse(nb);
        expect(fast.success).toBe(zod.success);
        if (fast.success && zod.success) expect(fast.data).toEqual(zod.data);
        else expect(fast.error?.issues).toEqual(zod.error?.issues);
      }),
      { ...RUNS, numRuns: 500 },
    );
  });

  it('keeps what zod changes: a label with spaces around it is trimmed, an unknown key dropped', () => {
    const annotations = structuredClone(base.annotations) as Record<string, unknown>[];
    annotations[0]!.claim = { ...(annotations[0]!.claim as object), position: '  end of mission ' };
    annotations[1]!.extra = 'x';
    const result = validateNotebook({ ...base, annotations });
    expect(result.ok && result.notebook.annotations[0]!.claim?.position).toBe('end of mission');
    expect(result.ok && 'extra' in result.notebook.annotations[1]!).toBe(false);
  });
});
