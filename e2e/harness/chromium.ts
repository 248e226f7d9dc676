// Which Chromium the harness drives: $CHROMIUM_PATH, else the system's
// /usr/bin/chromium, else Playwright's own download.
import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';

/** The flags the team runs Chromium with: no sandbox (containers), no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const executable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file — fix or unset it.`);
    return fromEnv;
  }
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // playwright-core throws when it has no browser registry entry.
  }
  if (bundled && executable(bundled)) return bundled;
  throw new Error('No Chromium found: install it (apt-get install chromium), set CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium`.');
}
