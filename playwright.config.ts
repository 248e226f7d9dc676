// Two projects over the same specs and the same `app` fixture (e2e/fixtures.ts):
// - browser: the built renderer in Chromium, window.notebook bound to the real
//   main-process handlers by the harness (e2e/harness/launch.ts);
// - electron: the built app (out/main/index.js); skipped, with the reason
//   printed once, when no Electron binary is installed.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: ['specs/**/*.spec.ts', 'harness/**/*.spec.ts'],
  globalSetup: './e2e/harness/global-setup.ts',
  outputDir: 'test-results',
  // Two cores, shared with the app under test.
  workers: 2,
  fullyParallel: false,
  forbidOnly: true,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  projects: [
    { name: 'browser' },
    // The harness's own tests need no Electron.
    { name: 'electron', testIgnore: ['harness/**'] },
  ],
});
