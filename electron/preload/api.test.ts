import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName, type Result } from '../contract.ts';
import { FIRST_CALL, FIRST_CALL_MARK } from '../first-call.ts';
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
  it('asks for the session as it is built, and the first session() takes that answer', async () => {
    performance.clearMarks(FIRST_CALL_MARK);
    const { api, calls } = recording();
    expect(calls).toEqual([[FIRST_CALL, []]]);
    expect(performance.getEntriesByName(FIRST_CALL_MARK)).toHaveLength(1);
    expect(await api.session()).toEqual({ ok: true, value: 1 });
    expect(calls).toHaveLength(1);
    // Later calls ask main again: a reload or a remount sees the notebook as it is now.
    expect(await api.session()).toEqual({ ok: true, value: 2 });
    expect(calls).toHaveLength(2);
  });

  it('asks again when main refused the early ask (a frame it did not yet know as the app’s)', async () => {
    const answers: Result<unknown>[] = [
      { ok: false, error: { code: 'invalid-payload', message: 'Only the notebook window may use the notebook.' } },
      { ok: true, value: 'the session' },
    ];
    const calls: MethodName[] = [];
    const api = buildApi(METHOD_NAMES, {
      invoke: (name) => {
        calls.push(name);
        return Promise.resolve(answers.shift()!);
      },
      subscribe: () => () => undefined,
    });
    expect(await api.session()).toEqual({ ok: true, value: 'the session' });
    expect(calls).toEqual([FIRST_CALL, FIRST_CALL]);
  });

  it('passes every other call through', async () => {
    const { api, calls } = recording();
    await api.about();
    await api.openNotebook('/n/other.notebook.json');
    expect(calls.slice(1)).toEqual([
      ['about', []],
      ['openNotebook', ['/n/other.notebook.json']],
    ]);
  });
});
