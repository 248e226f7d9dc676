// Whether an Electron binary is installed, found without `require('electron')`,
// whose index.js starts a download when the binary is missing.
import { accessSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ELECTRON_SKIP_REASON =
  'Electron binary not present (it is downloaded on first launch, needs Node 22 and internet): electron project skipped';

export function electronBinary(): string | null {
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const relative = readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
    const file = path.join(dist, relative);
    accessSync(file, constants.X_OK);
    return file;
  } catch {
    return null;
  }
}
