// Says once, at the start of a run, why the electron project will skip.
import type { FullConfig } from '@playwright/test';
import { electronBinary, ELECTRON_SKIP_REASON } from './electron-binary.ts';

export default function globalSetup(config: FullConfig): void {
  if (config.projects.some((p) => p.name === 'electron') && !electronBinary()) console.log(ELECTRON_SKIP_REASON);
}
