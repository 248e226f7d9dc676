import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName, type Result } from '../contract.ts';
import { FIRST_CALL_MARK, FIRST_CALLS } from '../first-call.ts';
import { buildApi } from './api.ts';

function recording() {
  const calls: [MethodName, unknown[]][] = [];
  let n = 0;
  const api = buildApi(METHOD_NAMES, {
    invoke: (name, args) => {
      calls.push([name, args]);
      return Promise.resolve({ ok: true, value: ++n } as Result<unknown>);
    },
    subscribe: () => () => undefined,
  });
  return { api, calls };
}

describe('the window.notebook the preload builds', () => {
  it('asks for the first screen and the session as it is built, and the first call of each takes its answer', async () => {
    performance.clearMarks(FIRST_CALL_MARK);
    const { api, calls } = recording();
    expect(calls).toEqual([
      ['firstScreen', []],
      ['session', []],
    ]);
    expect(performance.getEntriesByName(FIRST_CALL_MARK)).toHaveLength(1);
    expect(await api.session()).toEqual({ ok: true, value: 2 });
    expect(await api.firstScreen()).toEqual({ ok: true, value: 1 });
    expect(calls).toHaveLength(2);
    // Later calls ask main again: a reload or a remount sees the notebook as it is now.
    expect(await api.session()).toEqual({ ok: true, value: 3 });
    expect(calls).toHaveLength(3);
  });

  it('asks again when main refused the early ask (a frame it did not yet know as the app’s)', async () => {
    const refused: Result<unknown> = { ok: false, error: { code: 'invalid-payload', message: 'Only the notebook window may use the notebook.' } };
    const calls: MethodName[] = [];
    const api = buildApi(METHOD_NAMES, {
      invoke: (name) => {
        calls.push(name);
        return Promise.resolve(calls.length <= FIRST_CALLS.length ? refused : { ok: true, value: `the ${name}` });
      },
      subscribe: () => () => undefined,
    });
    expect(await api.session()).toEqual({ ok: true, value: 'the session' });
    expect(await api.firstScreen()).toEqual({ ok: true, value: 'the firstScreen' });
    expect(calls).toEqual([...FIRST_CALLS, 'session', 'firstScreen']);
  });

  it('passes every other call through', async () => {
    const { api, calls } = recording();
    await api.about();
    await api.openNotebook('/n/other.notebook.json');
    expect(calls.slice(FIRST_CALLS.length)).toEqual([
      ['about', []],
      ['openNotebook', ['/n/other.notebook.json']],
    ]);
  });
});
