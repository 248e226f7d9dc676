// `npm run preview`: the app's real renderer and main-process handlers in a
// visible Chromium, for people without the Electron binary. Notebooks live in
// ~/Documents/Research Notebook (or --dir FOLDER); file dialogs are asked in
// this terminal. Headless (HEADLESS=1, or no display) it loads the app, saves
// a screenshot and exits.
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { Asked, DialogAnswerer } from './dialogs.ts';
import { launchApp } from './launch.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, 'user-data': { type: 'string' } } });
const notebooksDir = path.resolve(values.dir ?? path.join(homedir(), 'Documents', 'Research Notebook'));
const userDataDir = path.resolve(values['user-data'] ?? path.join(process.env.XDG_CONFIG_HOME ?? path.join(homedir(), '.config'), 'Research Notebook (preview)'));
const headless = process.env.HEADLESS === '1' || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

/** Asks for a path in the terminal; an empty answer takes the suggestion, "-" cancels. */
class TerminalDialogs implements DialogAnswerer {
  async answer(asked: Asked): Promise<string | null> {
    if (!process.stdin.isTTY) {
      console.log(`(${asked.options.title}: no terminal to ask in — cancelled)`);
      return null;
    }
    const suggestion = asked.options.defaultPath ?? '';
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      const answer = (await rl.question(`${asked.options.title} — path (Enter for ${suggestion || 'nothing'}, - to cancel): `)).trim();
      if (answer === '-') return null;
      const chosen = answer || suggestion;
      return chosen ? path.resolve(chosen.replace(/^~(?=$|\/)/, homedir())) : null;
    } finally {
      rl.close();
    }
  }
}

await mkdir(notebooksDir, { recursive: true });
const app = await launchApp({ notebooksDir, userDataDir, headless, dialogs: new TerminalDialogs() });
console.log(`Research Notebook preview — notebooks in ${notebooksDir}`);

if (headless) {
  await app.page.waitForLoadState('networkidle');
  const shot = path.resolve('e2e/.artifacts/preview.png');
  await mkdir(path.dirname(shot), { recursive: true });
  await app.page.screenshot({ path: shot });
  console.log(`Headless (no display): screenshot saved to ${shot}`);
  for (const [label, list] of [
    ['blocked requests', app.requests],
    ['CSP violations', app.cspViolations.map((v) => `${v.directive} ${v.blocked}`)],
    ['page errors', app.pageErrors],
  ] as const) {
    if (list.length) console.log(`${label}: ${list.join('; ')}`);
  }
  await app.close();
} else {
  console.log('Close the browser window (or press Ctrl+C) to quit; edits are saved as you go.');
  const quit = async () => {
    await app.close().catch((err: unknown) => console.error(String(err)));
    process.exit(0);
  };
  process.once('SIGINT', () => void quit());
  app.page.once('close', () => void quit());
}
