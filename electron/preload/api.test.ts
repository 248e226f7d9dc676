import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName, type Result } from '../contract.ts';
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
  it('asks main nothing until the page calls', () => {
    const { calls } = recording();
    expect(calls).toEqual([]);
  });

  it('passes each call through with its arguments, every time', async () => {
    const { api, calls } = recording();
    expect(await api.session()).toEqual({ ok: true, value: 1 });
    expect(await api.session()).toEqual({ ok: true, value: 2 });
    await api.about();
    await api.openNotebook('/n/other.notebook.json');
    expect(calls).toEqual([
      ['session', []],
      ['session', []],
      ['about', []],
      ['openNotebook', ['/n/other.notebook.json']],
    ]);
  });

  it('has exactly the contract’s methods plus onEvent, and is frozen', () => {
    const { api } = recording();
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'onEvent'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => api.onEvent(42 as unknown as () => void)).toThrow(TypeError);
  });
});
