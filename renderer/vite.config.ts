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

export default defineConfig({
  root,
  // Loaded from file:// in Electron and from a local server in the e2e harness.
  base: './',
  plugins: [cspMeta(), react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The CSP forbids inline scripts and styles; keep every asset a file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'chrome128',
    // electron-vite turns minifying off by default; the packaged app ships the same minified script as the harness.
    minify: true,
    rollupOptions: {
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)) },
    },
  },
});
