// The packaged app's renderer is built by electron-vite from renderer/vite.config.ts, with defaults of
// its own: it once dropped the first-screen entry (the build then failed) and turned minifying off (the
// app's script 955 KB instead of 423 KB, more to load and compile at every launch than the bench measured).
import { describe, expect, it } from 'vitest';
import config from '../electron.vite.config.ts';
import renderer from '../renderer/vite.config.ts';

describe("the packaged app's renderer build", () => {
  const build = (config as { renderer: { build: { minify?: unknown; rollupOptions?: { input?: Record<string, string> } } } }).renderer.build;

  it('has the same entries as the renderer build: the app and the first-screen script', () => {
    expect(Object.keys(build.rollupOptions?.input ?? {}).sort()).toEqual(['first-screen', 'index']);
    expect(build.rollupOptions).toEqual(renderer.build?.rollupOptions);
  });

  it('is minified', () => {
    expect(build.minify).toBe(true);
  });
});
