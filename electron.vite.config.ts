// electron-vite: main as ESM (lowdb is ESM-only), the sandboxed preload as
// CommonJS with everything bundled in (a sandboxed preload can neither be an
// ES module nor require packages), the renderer with the settings of
// renderer/vite.config.ts.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import renderer from './renderer/vite.config.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * notes/samples/sample.ts reads its article with `new URL('./coalition-talks.txt', import.meta.url)`;
 * once bundled, import.meta.url is out/main/index.js, so ship the article beside it.
 */
function sampleArticle(): Plugin {
  return {
    name: 'research-notebook:sample-article',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'coalition-talks.txt', source: await readFile(here('notes/samples/coalition-talks.txt')) });
    },
  };
}

export default defineConfig({
  main: {
    plugins: [sampleArticle()],
    build: {
      outDir: here('out/main'),
      rollupOptions: {
        // The merge worker is a thread of its own (merge-thread.ts loads merge-worker.js beside the chunks).
        input: { index: here('electron/main/index.ts'), 'merge-worker': here('electron/main/merge-worker.ts') },
        // One directory for every chunk, so import.meta.url-relative files resolve the same everywhere.
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: here('out/preload'),
      externalizeDeps: false,
      rollupOptions: {
        input: { index: here('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...renderer,
    root: here('renderer'),
    build: {
      ...renderer.build,
      outDir: here('out/renderer'),
      rollupOptions: renderer.build?.rollupOptions,
    },
  },
});
