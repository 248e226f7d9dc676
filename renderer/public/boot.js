// Runs first, before the app's module is fetched, compiled and rendered: asks
// main for the notebook now, so opening it overlaps with starting the app.
// The app takes this first answer once (renderer/src/state/firstSession.ts).
// A classic script, because every module script of the page runs only after
// the whole module bundle has loaded.
/* global window, performance */
(() => {
  const api = window.notebook;
  if (!api || typeof api.session !== 'function') return;
  performance.mark('notebook:session-requested');
  Object.defineProperty(window, Symbol.for('research-notebook.first-session'), { value: api.session(), configurable: true });
})();
