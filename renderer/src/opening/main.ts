// The first script the window runs: small (no React, no Markdown), so the
// first screen is drawn while the app's script and the whole notebook are
// still on their way. The bridge asked main for it as it was installed
// (electron/first-call.ts); this takes that answer.
import { drawFirstScreen } from './draw.ts';
import { appHasTakenOver } from './handover.ts';

const api = (window as { notebook?: Window['notebook'] }).notebook;
if (api && typeof CSS !== 'undefined' && 'highlights' in CSS) {
  api.firstScreen().then(
    (answer) => {
      if (answer.ok && answer.value && !appHasTakenOver()) drawFirstScreen(answer.value);
    },
    () => undefined, // the app asks main itself and says what went wrong
  );
}
