// Property-based fuzzing of the IPC boundary: every window.notebook method,
// through the same dispatch() Electron's ipcMain uses, with the real handlers
// over real temp folders. A compromised or buggy renderer may send anything:
// wrong types and arity, huge strings, deep nesting, __proto__ and
// constructor.prototype keys, path traversal, NUL bytes, Operations that are
// well-shaped but point at nothing, and Operations that are not. Whatever it
// sends:
//   - every call resolves to a Result (never throws, never rejects);
//   - every error has a contract code and one line for the analyst, no stack;
//   - Object.prototype (and Array/Function prototypes) stay clean;
//   - every notebook file on disk still loads and validates; a damaged or
//     newer-version notebook stays byte for byte as it was;
//   - no file appears outside the folders the test gave the app (a canary
//     folder beside them stays as it was), and only web links reach the
//     system browser.
//
// ~1,100 runs by default (a few seconds); FUZZ_RUNS=20000 for a longer run.
// Figures (runs, calls, results by code) are printed at the end.
import { readdir, readFile, mkdir, writeFile, truncate, stat } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, METHOD_NAMES, type ApiErrorCode, type MethodName, type Result } from '../contract.ts';
import { loadNotebookFile } from '../../notes/store/index.ts';
import { sampleNotebook, SAMPLE_IDS } from '../../notes/samples/sample.ts';
import { fakeHost, type FakeHost } from '../test/fake-host.ts';
import { dispatch } from './dispatch.ts';
import { createHandlers, type NotebookHandlers } from './handlers.ts';

const CODES = ['invalid-payload', 'not-found', 'locked', 'damaged', 'newer-version', 'io', 'bad-source', 'operation', 'cancelled', 'internal'] as const satisfies readonly ApiErrorCode[];
// Fails to type-check when the contract gains a code this list lacks.
const everyCode: Exclude<ApiErrorCode, (typeof CODES)[number]> extends never ? true : false = true;

const DEFAULT_RUNS = 1100;
const TOTAL_RUNS = Math.max(DEFAULT_RUNS, Number(process.env.FUZZ_RUNS) || 0);
const scale = TOTAL_RUNS / DEFAULT_RUNS;
const runs = (n: number) => Math.max(1, Math.round(n * scale));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

let host: FakeHost;
let handlers: NotebookHandlers;
let dialogs: string;
let canary: string;
const logged: string[] = [];
const figures = { runs: 0, calls: 0, ok: 0, byCode: {} as Record<string, number>, okByMethod: {} as Record<string, number> };

// ---- what the renderer might send --------------------------------------------------------

const MARK = 'fuzzmark';
const NASTY_STRINGS = [
  '',
  ' ',
  '../../etc/passwd',
  '..\\..\\windows\\system32\\config\\sam',
  '/etc/passwd',
  `../canary/${MARK}.notebook.json`,
  `../../${MARK}.notebook.json`,
  `${MARK}.notebook.json`,
  'a\u0000b.notebook.json',
  '\u0000',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'http://xss.invalid/1',
  'https://example.org/a?b#c',
  'mailto:a@example.org',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'CON',
  'nul.txt',
  '\u202Egnp.txt',
  '<img src=x onerror=alert(1)>',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '\\\\server\\share\\x.notebook.json',
  '~/.ssh/id_rsa',
];

const huge = fc.constantFrom('x'.repeat(70_000), 'é'.repeat(1_000_000), `${'../'.repeat(3000)}etc/passwd`);

/** Own "__proto__" / constructor.prototype keys, as JSON.parse (and structured clone) deliver them. */
const pollution = fc.constantFrom(
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"kind":"briefing.update","patch":{"questionNotes":{"__proto__":{"polluted":"yes"}}}}',
  '{"kind":"briefing.update","patch":{"columns":{"__proto__":["polluted"]}},"__proto__":{"polluted":"yes"}}',
  '{"kind":"notebook.rename","title":"x","__proto__":{"polluted":"yes"}}',
  '{"name":"a.txt","data":{"__proto__":{"polluted":"yes"}}}',
  '[{"__proto__":{"polluted":"yes"}},{"constructor":{"prototype":{"polluted":"yes"}}}]',
).map((json) => JSON.parse(json) as unknown);

const deep = fc.integer({ min: 10, max: 300 }).chain((depth) =>
  fc.constantFrom(
    () => {
      let v: unknown = 'bottom';
      for (let i = 0; i < depth; i++) v = [v];
      return v;
    },
    () => {
      let v: unknown = { kind: 'notebook.rename', title: 'deep' };
      for (let i = 0; i < depth; i++) v = { kind: 'batch', ops: [v] };
      return v;
    },
    () => {
      let v: unknown = {};
      for (let i = 0; i < depth; i++) v = { a: v, __proto__: null };
      return v;
    },
  ).map((make) => make()),
);

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
  fc.constantFrom(new Uint8Array(0), new Uint8Array([0xff, 0xfe, 0x41]), new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), new TextEncoder().encode('# Title\n\n<script>alert(1)</script>')),
);
const fileName = fc.oneof(fc.constantFrom(...NASTY_STRINGS, 'ok.txt', 'ok.md', 'x.markdown', 'a.exe'), fc.string({ maxLength: 300 }));
const fileBytes = fc.record({ name: fileName, data: fc.oneof(bytes, fc.anything({ maxDepth: 1 })) });

const anyValue = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
  withSparseArray: true,
});

const nasty = fc.oneof(anyValue, fc.constantFrom(...NASTY_STRINGS), huge, pollution, deep, fileBytes, fc.constantFrom(...EXPORT_FORMATS), fc.constantFrom(-1, 0, 1.5, Number.NaN, Infinity, 2 ** 53, -0));

// ---- Operations: shaped like the model, pointing at things that may not exist ----------------

/** Mostly what the schema accepts (so edits reach the notebook logic), sometimes not. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 30 }, { arbitrary: bad, weight: 1 });
const id = mostly(
  fc.oneof(fc.constantFrom('ghost', 'a1', 'x_2', '__proto__', 'constructor', 'prototype', ...Object.values(SAMPLE_IDS)), fc.stringMatching(/^[a-z0-9]{6}$/)),
  fc.constantFrom('bad id!', '', '../x', 'a'.repeat(81)),
);
const iso = mostly(fc.constantFrom('2026-01-01T00:00:00.000Z', '1970-01-01T00:00:00Z', '2026-06-30T23:59:59+02:00'), fc.constantFrom('2026-13-40T99:99:99Z', 'yesterday'));
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...NASTY_STRINGS));
const label = mostly(
  fc.oneof(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''), fc.constantFrom('Baghdad', '<b>x</b>', '__proto__', 'x'.repeat(200))),
  fc.constantFrom('  ', 'x'.repeat(201), ''),
);
const color = mostly(fc.constantFrom('#1f77b4', '#ABCDEF', '#000000'), fc.constantFrom('red', '#12345', 'url(javascript:alert(1))'));
const target = fc.record({
  quote: fc.record({ type: mostly(fc.constant('TextQuoteSelector'), fc.constant('CssSelector')), exact: fc.string({ minLength: 1, maxLength: 40 }), prefix: text, suffix: text }),
  position: mostly(
    fc.tuple(fc.nat(5000), fc.integer({ min: 1, max: 100 })).map(([start, length]) => ({ type: 'TextPositionSelector', start, end: start + length })),
    fc.record({ type: fc.constant('TextPositionSelector'), start: fc.integer({ min: -2, max: 50 }), end: fc.integer({ min: -2, max: 50 }) }),
  ),
});
const claim = fc.record({
  actorId: id,
  questionId: id,
  position: label,
  cue: mostly(fc.string({ maxLength: 20 }), fc.constant('x'.repeat(61))),
  reliability: mostly(fc.constantFrom('A', 'C', 'F'), fc.constant('Z')),
  credibility: mostly(fc.constantFrom('1', '3', '6'), fc.constant('9')),
});
const annotation = fc.record(
  { id, sourceId: id, target, note: text, tags: fc.array(id, { maxLength: 3 }), claim, createdAt: iso, updatedAt: iso },
  { requiredKeys: ['id', 'sourceId', 'target', 'note', 'tags', 'createdAt', 'updatedAt'] },
);
const source = fc.record(
  {
    id,
    title: label,
    publisher: text,
    url: mostly(fc.constant('https://example.org/a'), fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd')),
    format: mostly(fc.constantFrom('text', 'markdown'), fc.constant('html')),
    text,
    sha256: mostly(fc.constant('0'.repeat(64)), fc.constant('f'.repeat(63))),
    importedAt: iso,
  },
  { requiredKeys: ['id', 'title', 'publisher', 'format', 'text', 'sha256', 'importedAt'] },
);
const actor = fc.record({ id, name: label, aliases: fc.array(label, { maxLength: 2 }), color });
const question = fc.record({ id, text: label, positions: fc.array(fc.record({ label, color }), { maxLength: 3 }) });
const tag = fc.record({ id, label, color });
const relation = fc.record({ id, from: id, to: id, kind: mostly(fc.constantFrom('supports', 'contradicts', 'qualifies'), fc.constant('likes')), note: text });
const briefingPatch = fc.record(
  {
    title: text,
    bluf: text,
    keyJudgments: fc.array(fc.record({ id, text, likelihood: mostly(fc.constantFrom('likely', 'almost-certain'), fc.constant('maybe')) }), { maxLength: 2 }),
    questionNotes: fc.dictionary(id, text, { maxKeys: 3 }),
    columns: fc.dictionary(id, fc.array(id, { maxLength: 3 }), { maxKeys: 2 }),
    excerptIds: fc.array(id, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

const { operation } = fc.letrec<{ operation: unknown }>((tie) => ({
  operation: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('notebook.rename'), title: label }),
    fc.record({ kind: fc.constant('source.add'), source }),
    fc.record({ kind: fc.constant('source.replace'), source, annotations: fc.array(annotation, { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('source.update'), id, patch: fc.record({ title: label, publisher: text, url: fc.constant('https://example.org/') }, { requiredKeys: [] }) }),
    fc.record({ kind: fc.constantFrom('source.delete', 'annotation.delete', 'actor.delete', 'question.delete', 'tag.delete', 'relation.delete'), id }),
    fc.record({ kind: fc.constant('annotation.add'), annotation }),
    fc.record({
      kind: fc.constant('annotation.update'),
      id,
      patch: fc.record({ note: text, tags: fc.array(id, { maxLength: 2 }), claim: fc.option(claim, { nil: null }), target }, { requiredKeys: [] }),
      at: iso,
    }),
    fc.record({ kind: fc.constant('actor.add'), actor }),
    fc.record({ kind: fc.constant('actor.update'), id, patch: fc.record({ name: label, color }, { requiredKeys: [] }) }),
    fc.record({ kind: fc.constant('question.add'), question }),
    fc.record({ kind: fc.constant('question.update'), id, patch: fc.record({ text: label, positions: fc.array(fc.record({ label, color }), { maxLength: 2 }) }, { requiredKeys: [] }) }),
    fc.record({ kind: fc.constant('tag.add'), tag }),
    fc.record({ kind: fc.constant('tag.update'), id, patch: fc.record({ label, color }, { requiredKeys: [] }) }),
    fc.record({ kind: fc.constant('relation.add'), relation }),
    fc.record({ kind: fc.constant('briefing.update'), patch: briefingPatch }),
    fc.record({
      kind: fc.constant('notebook.merge'),
      lists: fc.record({ annotations: fc.record({ remove: fc.array(id, { maxLength: 2 }), put: fc.array(fc.record({ record: annotation, at: fc.nat(3) }, { requiredKeys: ['record'] }), { maxLength: 2 }) }) }, { requiredKeys: [] }),
      conflicts: fc.constant([]),
      shared: fc.record({ notebookId: id, state: fc.constant(null) }),
    }),
    fc.record({ kind: fc.constant('batch'), ops: fc.array(tie('operation'), { maxLength: 4 }) }),
  ),
}));

/** A well-shaped operation broken one way: a key dropped, a value replaced, an unknown kind. */
const brokenOperation = fc.tuple(operation, fc.string({ maxLength: 12 }), anyValue, fc.nat(5)).map(([op, key, junk, how]) => {
  const whole = op as Record<string, unknown>;
  const keys = Object.keys(whole);
  const victim = keys[how % keys.length] ?? 'kind';
  if (how === 0) return Object.fromEntries(Object.entries(whole).filter(([k]) => k !== victim));
  const o = { ...whole };
  if (how === 1) o[victim] = junk;
  else if (how === 2) o.kind = key;
  else if (how === 3) Object.defineProperty(o, '__proto__', { value: { polluted: 'yes' }, enumerable: true });
  else o[key] = junk;
  return o;
});

/** The revision the handlers are at, or a wrong one. */
const revision = fc.oneof({ arbitrary: fc.constant('current' as const), weight: 6 }, fc.integer({ min: -3, max: 1000 }), fc.constantFrom(1.5, Number.NaN, '0', null));

// ---- the dialogs: paths inside the test's folders only ----------------------------------------

const DIALOG_NAMES = [
  'new.notebook.json',
  'copy',
  'export.out',
  'x/../y.notebook.json',
  'missing-folder/deeper/z.notebook.json',
  'damaged.notebook.json',
  'newer.notebook.json',
  'other.notebook.json',
  'source-ok.txt',
  'source-binary.txt',
  'source-huge.txt',
  'source-dir',
  'missing.txt',
  'ünïcødé — “quoted”.notebook.json',
  'a\u0000b.notebook.json',
  ' .notebook.json',
];
// Replacing the damaged or newer-version file from a save dialog is the analyst's explicit choice
// (the system dialog asks first), so save dialogs never answer those; open dialogs may.
const SAVE_NAMES = DIALOG_NAMES.filter((n) => !/^(damaged|newer)\./.test(n));
const dialogAnswer = fc.record({ open: fc.option(fc.constantFrom(...DIALOG_NAMES), { nil: null, freq: 3 }), save: fc.option(fc.constantFrom(...SAVE_NAMES), { nil: null, freq: 3 }) });
type DialogAnswer = { open: string | null; save: string | null };

// ---- invariants ---------------------------------------------------------------------------

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const clean = PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join(','));

function checkPrototypes(): void {
  PROTOTYPES.forEach((p, i) => expect(Object.getOwnPropertyNames(p).sort().join(','), 'a prototype gained a property').toBe(clean[i]));
  expect((({}) as Record<string, unknown>).polluted).toBeUndefined();
}

/** A method name for a failure message, whatever it is (a null-prototype object has no toString). */
function show(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value) ?? typeof value;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function checkResult(name: unknown, result: Result<unknown>): void {
  expect(result === null || typeof result !== 'object', `${show(name)} returned a Result`).toBe(false);
  if (result.ok) {
    expect(Object.keys(result)).toEqual(['ok', 'value']);
    figures.ok++;
    figures.okByMethod[show(name)] = (figures.okByMethod[show(name)] ?? 0) + 1;
    return;
  }
  expect(result.ok).toBe(false);
  const { code, message } = result.error;
  expect(CODES, `${show(name)}: unknown code ${code}`).toContain(code);
  expect(typeof message).toBe('string');
  expect(message.length).toBeGreaterThan(0);
  expect(message.length, 'a short message').toBeLessThanOrEqual(600);
  expect(message, 'one line').not.toMatch(/[\r\n]/);
  expect(message, 'no stack trace').not.toMatch(/\bat \S+ \(|\bat .*:\d+:\d+|node:internal|\.ts:\d+/);
  figures.byCode[code] = (figures.byCode[code] ?? 0) + 1;
}

/** One call as the renderer would make it, with a dialog answer queued; checks the invariants. */
async function call(name: unknown, args: unknown, answer: DialogAnswer | null): Promise<void> {
  host.opens.length = 0;
  host.saves.length = 0;
  if (answer?.open != null) host.opens.push(path.join(dialogs, answer.open));
  if (answer?.save != null) host.saves.push(path.join(dialogs, answer.save));
  const resolved = Array.isArray(args) ? args.map((a) => (a === 'current' ? (handlers.current()?.revision ?? 0) : a)) : args;
  let result: Result<unknown>;
  try {
    result = await dispatch(handlers, name, resolved, { log: (line) => logged.push(line) });
  } catch (err) {
    throw new Error(`dispatch rejected for ${show(name)}: ${String(err)}`, { cause: err });
  }
  figures.calls++;
  checkResult(name, result);
  checkPrototypes();
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isDirectory()) out.push(path.join(entry.parentPath, entry.name));
  }
  return out.sort();
}

// ---- the run ------------------------------------------------------------------------------

const DAMAGED = '{"schemaVersion": 1, "title": "cut off mid-wri';
const NEWER = JSON.stringify({ ...sampleNotebook('2026-01-01T00:00:00.000Z'), schemaVersion: 99 });

beforeAll(async () => {
  expect(everyCode).toBe(true);
  host = await fakeHost();
  dialogs = path.join(host.root, 'dialogs');
  canary = path.join(host.root, 'canary');
  await mkdir(path.join(dialogs, 'source-dir'), { recursive: true });
  await mkdir(canary, { recursive: true });
  await writeFile(path.join(canary, 'keep.notebook.json'), 'canary');
  await writeFile(path.join(dialogs, 'damaged.notebook.json'), DAMAGED);
  await writeFile(path.join(dialogs, 'newer.notebook.json'), NEWER);
  await writeFile(path.join(dialogs, 'other.notebook.json'), JSON.stringify(sampleNotebook('2026-01-01T00:00:00.000Z')));
  await writeFile(path.join(dialogs, 'source-ok.txt'), 'A source.\n\nWith two paragraphs.');
  await writeFile(path.join(dialogs, 'source-binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  await writeFile(path.join(dialogs, 'source-huge.txt'), '');
  await truncate(path.join(dialogs, 'source-huge.txt'), 21 * 1024 * 1024); // sparse: large by size, nothing to read
  handlers = createHandlers(host);
});

afterAll(async () => {
  await handlers?.dispose();
  await host?.cleanup();
});

const settings = (numRuns: number) => ({ numRuns, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: true });
/** Vitest's per-test limit, grown with FUZZ_RUNS. */
const LIMIT = { timeout: Math.round(30_000 * Math.max(1, scale)) };

describe('the IPC boundary under fuzzing', () => {
  it('starts from the sample notebook', async () => {
    await call('session', [], null);
    expect(handlers.current()!.notebook.id).toBe(SAMPLE_IDS.notebook);
  });

  it('answers any method name with any arguments with a typed Result', LIMIT, async () => {
    // Names that are objects are left to the known-bug case below (Electron names each channel itself, so there they are strings).
    const name = fc.oneof(
      fc.constantFrom(...METHOD_NAMES),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'dispose', 'openFile', 'current', ''),
      fc.string(),
      fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.string(), { maxLength: 2 })),
    );
    await fc.assert(
      fc.asyncProperty(name, fc.oneof(fc.array(nasty, { maxLength: 4 }), nasty), dialogAnswer, async (n, args, answer) => {
        figures.runs++;
        await call(n, args, answer);
      }),
      settings(runs(200)),
    );
  });

  it.each(METHOD_NAMES.map((m) => [m]))('answers %s with malicious arguments with a typed Result', LIMIT, async (method: MethodName) => {
    const args = fc.oneof(
      fc.array(nasty, { maxLength: 3 }),
      fc.tuple(nasty),
      fc.tuple(fileBytes),
      fc.tuple(id, fileBytes),
      fc.tuple(fc.constantFrom(...NASTY_STRINGS)),
      fc.tuple(fc.array(fc.oneof(operation, brokenOperation), { minLength: 1, maxLength: 3 }), revision),
    );
    await fc.assert(
      fc.asyncProperty(args, dialogAnswer, async (a, answer) => {
        figures.runs++;
        await call(method, a, answer);
      }),
      settings(runs(40)),
    );
  });

  const applyProperty = (ops: fc.Arbitrary<unknown[]>) =>
    fc.asyncProperty(ops, revision, async (list, rev) => {
      figures.runs++;
      const before = handlers.current();
      await call('apply', [list, rev], null);
      const after = handlers.current();
      // A refused batch changes nothing; an applied one moves the revision on by its length. (An applied
      // batch may leave the notebook's text as it was: an update to the values it already has.)
      if (before && after && after.file === before.file) {
        if (after.revision === before.revision) expect(after.notebook).toBe(before.notebook);
        else expect(after.revision).toBe(before.revision + list.length);
      }
    });

  it('applies random well-shaped Operations, most pointing at things that do not exist, all or nothing', LIMIT, async () => {
    await fc.assert(applyProperty(fc.array(operation, { minLength: 1, maxLength: 4 })), settings(runs(300)));
  });

  it('refuses broken Operations and polluting keys, and applies nothing of their batch', LIMIT, async () => {
    const ops = fc.array(fc.oneof({ arbitrary: operation, weight: 2 }, { arbitrary: brokenOperation, weight: 2 }, { arbitrary: pollution, weight: 1 }), { minLength: 1, maxLength: 4 });
    await fc.assert(applyProperty(ops), settings(runs(120)));
  });

  // Found by this fuzzing (FUZZ_RUNS=20000): a key judgment reusing an id was applied without the
  // reference check and saved, and the notebook then refused to load. Kept as a fixed case.
  it('refuses a key judgment whose id another entity uses, so the saved notebook still loads', async () => {
    await call('session', [], null);
    const open = handlers.current()!;
    const before = open.notebook;
    const taken = [...before.sources, ...before.annotations, ...before.actors, ...before.tags].map((x) => x.id);
    for (const keyJudgments of [
      [{ id: 'kj-twice', text: 'a' }, { id: 'kj-twice', text: 'b' }],
      ...taken.slice(0, 1).map((id) => [{ id, text: 'reuses an id' }]),
    ]) {
      const result = await dispatch(handlers, 'apply', [[{ kind: 'briefing.update', patch: { keyJudgments } }], handlers.current()!.revision]);
      expect(result.ok ? 'applied' : result.error.code).toBe('operation');
      expect(handlers.current()!.notebook.briefing.keyJudgments).toEqual(before.briefing.keyJudgments);
    }
    await handlers.flush();
    expect((await loadNotebookFile(open.file)).notebook.briefing.keyJudgments).toEqual(before.briefing.keyJudgments);
  });

  // Two payloads the fuzzer once found making dispatch() reject instead of resolving to a Result.
  it('resolves when the Operations are nested ~1,000 deep (zod safeParse overflows the stack)', async () => {
    let op: unknown = { kind: 'notebook.rename', title: 'deep' };
    for (let i = 0; i < 1000; i++) op = { kind: 'batch', ops: [op] };
    // Structured clone (Electron's IPC) carries this depth; the contract's parse does not survive it.
    await call('apply', [[op], 'current'], null);
  });

  it('resolves when the method name cannot be turned into a string (String(name) throws)', async () => {
    await call({ toString: 1 }, [], null);
  });

  it('leaves every notebook valid, damaged files as they were, and nothing outside its folders', async () => {
    expect(figures.runs, 'fuzz runs').toBeGreaterThanOrEqual(Math.min(TOTAL_RUNS, 1000));
    await handlers.dispose();

    const files = await filesUnder(host.root);
    const inside = [host.documentsDir, host.userDataDir, dialogs, canary].map((d) => d + path.sep);
    expect(files.filter((f) => !inside.some((d) => f.startsWith(d))), 'files outside the app’s folders').toEqual([]);
    expect(await filesUnder(canary)).toEqual([path.join(canary, 'keep.notebook.json')]);
    expect(await readFile(path.join(canary, 'keep.notebook.json'), 'utf8')).toBe('canary');
    expect(files.some((f) => f.includes(MARK)), 'a file named by the renderer').toBe(false);

    expect(await readFile(path.join(dialogs, 'damaged.notebook.json'), 'utf8')).toBe(DAMAGED);
    expect(await readFile(path.join(dialogs, 'newer.notebook.json'), 'utf8')).toBe(NEWER);
    const notebooks = files.filter((f) => f.endsWith('.notebook.json') && !/(damaged|newer)\.notebook\.json$/.test(f) && !f.startsWith(canary));
    expect(notebooks.length).toBeGreaterThan(0);
    for (const file of notebooks) {
      const loaded = await loadNotebookFile(file).catch((err: unknown) => err);
      expect(loaded instanceof Error ? `${file}: ${loaded.message}` : 'valid').toBe('valid');
    }
    expect((await stat(path.join(dialogs, 'source-huge.txt'))).size).toBe(21 * 1024 * 1024);
    for (const link of host.external) expect(link).toMatch(/^https?:\/\//);

    // Unexpected failures are logged with their stack for the developer (never sent to the window).
    const internal = figures.byCode.internal ?? 0;
    console.info(
      `[fuzz] ${figures.runs} runs, ${figures.calls} calls, ${figures.ok} ok ${JSON.stringify(figures.okByMethod)}; errors by code ${JSON.stringify(figures.byCode)}; ` +
        `${notebooks.length} notebook files valid; ${host.external.length} links opened; ${logged.length} logged`,
    );
    expect(internal, `internal errors:\n${logged.slice(0, 3).join('\n')}`).toBe(0);
  });
});
