// Builds the renderer on its own (`npx vite build --config renderer/vite.config.ts`);
// electron-vite reuses the same settings for the packaged app.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { withCspMeta } from '../electron/main/csp.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes the app's CSP (electron/main/csp.ts, also the protocol handler's header) into index.html.
 * Built pages only: Vite's dev server injects an inline React Refresh preamble that the policy would
 * rightly refuse (`npm run dev`); `npm start` runs the built app under the full policy.
 */
function cspMeta(): Plugin {
  return { name: 'research-notebook:csp-meta', apply: 'build', transformIndexHtml: { order: 'pre', handler: withCspMeta } };
}

const FIRST_SCREEN = 'first-screen';

/**
 * The first-screen script (src/opening/) is an entry of its own, put in index.html before the app's
 * module: a module script in the HTML would join the app's entry, and the first screen would wait for
 * the app's whole script. Module scripts run in order, so this small one runs as soon as it is loaded.
 */
function firstScreenScript(): Plugin {
  return {
    name: 'research-notebook:first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === FIRST_SCREEN);
        const app = /<script type="module"[^>]*><\/script>/.exec(html)?.[0];
        if (!chunk || !app) throw new Error('The build has no first-screen entry or no app module to put it before.');
        return html.replace(app, `<script type="module" crossorigin src="./${chunk.fileName}"></script>\n    ${app}`);
      },
    },
  };
}

export default defineConfig({
  root,
  // Loaded from file:// in Electron and from a local server in the e2e harness.
  base: './',
  plugins: [cspMeta(), react(), firstScreenScript()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The CSP forbids inline scripts and styles; keep every asset a file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'chrome128',
    // electron-vite turns minifying off by default: the app's script came out 955 KB instead of 423 KB.
    minify: true,
    rollupOptions: {
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), [FIRST_SCREEN]: fileURLToPath(new URL('./src/opening/main.ts', import.meta.url)) },
    },
  },
});
