// The packaged app's renderer is built by electron-vite from renderer/vite.config.ts, with defaults of
// its own: it turns minifying off unless told, which more than doubles the script every launch loads and
// compiles, and would ship a different build from the one the tests and the bench run.
import { describe, expect, it } from 'vitest';
import config from '../electron.vite.config.ts';
import renderer from '../renderer/vite.config.ts';

describe("the packaged app's renderer build", () => {
  const build = (config as { renderer: { build: { minify?: unknown; rollupOptions?: { input?: Record<string, string> } } } }).renderer.build;

  it('has the same entry as the renderer build: the app', () => {
    expect(Object.keys(build.rollupOptions?.input ?? {})).toEqual(['index']);
    expect(build.rollupOptions).toEqual(renderer.build?.rollupOptions);
  });

  it('is minified', () => {
    expect(build.minify).toBe(true);
  });
});
