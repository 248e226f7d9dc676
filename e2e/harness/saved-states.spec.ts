// The crash tests' oracle on hand-written host logs: which states a killed
// main may have left on disk. No browser; if this were wrong, the crash spec
// could pass with lost notes, or fail on correct saves.
import { test, expect } from '@playwright/test';
import type { Result } from '../../electron/contract.ts';
import type { Operation } from '../../notes/model/ops.ts';
import type { Annotation } from '../../notes/model/schema.ts';
import type { HostRecord } from './host-backend.ts';
import { allowedStates, appliedWhileSaving, currentSession, killedSession, sameState, type Followed } from './saved-states.ts';

const annotation = (id: string, quote: string, note = ''): Annotation => ({
  id,
  sourceId: 's-1',
  target: { quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: quote.length } },
  note,
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const add = (id: string, quote: string): Operation => ({ kind: 'annotation.add', annotation: annotation(id, quote) });
const note = (id: string, text: string): Operation => ({ kind: 'annotation.update', id, patch: { note: text }, at: '2026-01-01T00:00:01.000Z' });
const OK: Result<unknown> = { ok: true, value: { revision: 1 } };

const call = (id: number, ops: Operation[]): HostRecord => ({ type: 'call', id, name: 'apply', args: [ops, 0] });
const reply = (id: number, result: Result<unknown> = OK): HostRecord => ({ type: 'reply', id, result });
const status = (state: 'saving' | 'saved'): HostRecord => ({ type: 'event', event: { type: 'save-status', status: { state } } });
const START: HostRecord = { type: 'start', pid: 2 };
const KILL: HostRecord = { type: 'kill', pid: 2 };

const empty: Followed = { sources: 1, annotations: new Map() };
const state = (entries: [string, string, string][], sources = 1): Followed => ({ sources, annotations: new Map(entries.map(([id, quote, n]) => [id, { quote, note: n }])) });
const allowed = (log: HostRecord[]) => allowedStates(empty, killedSession(log)).map((s) => s.k);

test('only the session that was killed counts, and only what main had said before the kill', () => {
  const log: HostRecord[] = [START, call(1, [add('a', 'old')]), reply(1), status('saving'), status('saved'), KILL, START, call(2, [add('b', 'new')]), reply(2), KILL];
  const session = killedSession(log);
  expect(session.steps.map((s) => s.id)).toEqual([2]);
  expect(session.confirmed).toBe(0);
});

test('an edit answered before a “saved” report must be on disk; one answered after may or may not be', () => {
  const log = [START, call(1, [add('a', 'first')]), reply(1), status('saving'), call(2, [note('a', 'typed')]), reply(2), status('saved'), call(3, [note('a', 'typed more')]), reply(3), status('saving'), KILL];
  const session = killedSession(log);
  expect(session.confirmed).toBe(2);
  expect(session.saving).toBe(true);
  expect(session.editsDuringSaves).toBe(1);
  const states = allowedStates(empty, session);
  expect(states.map((s) => s.k)).toEqual([2, 3]);
  expect(sameState(states[0]!.state, state([['a', 'first', 'typed']]))).toBe(true);
  expect(sameState(states[1]!.state, state([['a', 'first', 'typed more']]))).toBe(true);
  expect(states.some((s) => sameState(s.state, state([['a', 'first', '']])))).toBe(false);
});

test('a call main never answered may still have been applied; a refused one changed nothing', () => {
  const refused: Result<unknown> = { ok: false, error: { code: 'operation', message: 'stale' } };
  const log = [START, call(1, [add('a', 'kept')]), reply(1, refused), call(2, [add('b', 'sent')]), KILL];
  const session = killedSession(log);
  expect(session.steps.map((s) => [s.id, s.answered])).toEqual([[2, false]]);
  expect(allowed(log)).toEqual([0, 1]);
});

test('imports, batches and deletes move the followed state', () => {
  const log: HostRecord[] = [
    START,
    { type: 'call', id: 1, name: 'importSource', args: [] },
    reply(1),
    call(2, [{ kind: 'batch', ops: [add('a', 'one'), add('b', 'two'), { kind: 'actor.add', actor: { id: 'ac', name: 'Baghdad', color: '#000000' } } as Operation] }]),
    reply(2),
    call(3, [{ kind: 'annotation.delete', id: 'a' }]),
    reply(3),
    status('saved'),
    KILL,
  ];
  const [only] = allowedStates(empty, killedSession(log));
  expect(sameState(only!.state, state([['b', 'two', '']], 2))).toBe(true);
});

test('the current session reports edits that reached main during a save', () => {
  const log = [START, call(1, [add('a', 'x')]), status('saving'), reply(1), status('saved')];
  expect(currentSession(log)).toMatchObject({ confirmed: 1, saving: false, editsDuringSaves: 1 });
});

test('an edit answered while a save runs is written by that run; one answered after it needs a save of its own', () => {
  const during = [START, status('saving'), call(1, [add('a', 'x')]), reply(1), status('saved')];
  expect(appliedWhileSaving(during, 1)).toBe(true);
  const after = [START, status('saving'), status('saved'), call(1, [add('a', 'x')]), reply(1)];
  expect(appliedWhileSaving(after, 1)).toBe(false);
  // Not yet answered: nothing to say.
  expect(appliedWhileSaving([START, status('saving'), call(1, [add('a', 'x')])], 1)).toBe(false);
});
