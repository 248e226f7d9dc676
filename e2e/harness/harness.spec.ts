// The harness itself, over a stand-in page: the bridge carries calls, bytes
// and events; requests and CSP violations are caught; dialogs come from the
// queue; relaunch keeps the notebook.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { METHOD_NAMES, type Result, type Session } from '../../electron/contract.ts';
import { launchApp, type HarnessApp } from './launch.ts';

const TEST_PAGE = fileURLToPath(new URL('./test-page/', import.meta.url));
let root: string;
let app: HarnessApp;

test.beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'notebook-harness-'));
  app = await launchApp({ notebooksDir: path.join(root, 'Research Notebook'), userDataDir: path.join(root, 'user-data'), rendererDir: TEST_PAGE });
  await expect(app.page.locator('#headline')).toHaveText('Iraqi, US officials meet in Washington to discuss coalition’s future');
});

test.afterEach(async () => {
  await app.close();
  await rm(root, { recursive: true, force: true });
});

const session = () => app.page.evaluate(() => window.notebook.session()) as Promise<Result<Session>>;

test('window.notebook offers exactly the contract, frozen', async () => {
  const shape = await app.page.evaluate(() => ({ keys: Object.keys(window.notebook).sort(), frozen: Object.isFrozen(window.notebook) }));
  expect(shape.keys).toEqual([...METHOD_NAMES, 'onEvent'].sort());
  expect(shape.frozen).toBe(true);
});

test('dropped bytes cross the bridge intact', async () => {
  const text = '# Statement “quoted”\n\nNon-breaking\u00a0space, emoji 🙂, 日本.';
  const imported = await app.page.evaluate((t) => window.notebook.importSource({ name: 'statement.md', data: new TextEncoder().encode(t) }), text);
  expect(imported.ok).toBe(true);
  const current = await session();
  const source = current.ok ? current.value.notebook.sources.find((s) => imported.ok && s.id === imported.value.sourceId) : undefined;
  expect(source?.text).toBe(text);
  expect(source?.title).toBe('Statement “quoted”');
});

test('a large result (a long source) arrives whole, fetched from the harness rather than through the binding', async () => {
  const text = `${'Baghdad says the talks will end the coalition’s mission; Washington calls it a “transition”.\u00a0'.repeat(8_000)}فريق`;
  const imported = await app.page.evaluate((t) => window.notebook.importSource({ name: 'long.txt', data: new TextEncoder().encode(t) }), text);
  expect(imported.ok).toBe(true);
  const fetched: string[] = [];
  app.page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const current = await session();
  const source = current.ok ? current.value.notebook.sources.find((s) => imported.ok && s.id === imported.value.sourceId) : undefined;
  expect(source?.text).toBe(text);
  expect(fetched.filter((p) => p.startsWith('/__bridge/'))).toHaveLength(1);
  // Fetched once: the same address again finds nothing.
  const again = await app.page.evaluate((where) => fetch(where).then((r) => r.status), fetched.find((p) => p.startsWith('/__bridge/'))!);
  expect(again).toBe(404);
  expect(app.requests).toEqual([]);
});

test('bad payloads from the page come back as typed errors', async () => {
  const results = await app.page.evaluate(async () => {
    const api = window.notebook as unknown as Record<string, (...args: unknown[]) => Promise<Result<unknown>>>;
    return [await api.apply!('rename it', 0), await api.openNotebook!('../../etc/passwd'), await api.openExternal!('javascript:alert(1)')];
  });
  for (const result of results) expect(!result.ok && result.error.code).toBe('invalid-payload');
});

test('events from main reach the page', async () => {
  // An edit on an old revision makes main send the current notebook.
  const stale = await app.page.evaluate(() => window.notebook.apply([{ kind: 'notebook.rename', title: 'Stale' }], 99));
  expect(!stale.ok && stale.error.code).toBe('operation');
  await expect.poll(() => app.page.evaluate(() => (window as unknown as { receivedEvents: { type: string }[] }).receivedEvents.map((e) => e.type))).toContain('session');
});

test('requests that leave the app are aborted and recorded; CSP violations are reported', async () => {
  await app.page.evaluate(() => fetch('https://example.org/track').catch(() => undefined));
  await expect.poll(() => app.cspViolations.map((v) => v.blocked)).toContain('https://example.org/track');
  await app.page.goto('https://example.org/elsewhere').catch(() => undefined);
  expect(app.requests).toContain('https://example.org/elsewhere');
  // Clean up for afterEach: these were on purpose.
  app.requests.length = 0;
  app.cspViolations.length = 0;
});

test('file dialogs are answered from the queue, and an unexpected one cancels', async () => {
  const file = path.join(root, 'readout.txt');
  await writeFile(file, 'Pentagon readout\n\nThe coalition will transition.');
  await app.dialogs.nextOpen(file);
  const imported = await app.page.evaluate(() => window.notebook.importSource());
  expect(imported.ok).toBe(true);
  const unasked = await app.page.evaluate(() => window.notebook.importSource());
  expect(!unasked.ok && unasked.error.code).toBe('cancelled');
  expect(app.dialogs.unanswered.map((d) => d.kind)).toEqual(['open']);
});

test('relaunch saves, quits and reopens the same notebook', async () => {
  const before = await session();
  if (!before.ok) throw new Error(before.error.message);
  const renamed = await app.page.evaluate((rev) => window.notebook.apply([{ kind: 'notebook.rename', title: 'After relaunch' }], rev), before.value.revision);
  expect(renamed.ok).toBe(true);
  await app.relaunch();
  const after = await session();
  expect(after.ok && after.value.notebook.title).toBe('After relaunch');
  expect(after.ok && after.value.file).toBe(before.value.file);
  const onDisk = JSON.parse(await readFile(before.value.file, 'utf8')) as { title: string };
  expect(onDisk.title).toBe('After relaunch');
});

test('PDF export prints the briefing in a second page that runs no script', async () => {
  const target = path.join(root, 'briefing.pdf');
  await app.dialogs.nextSave(target);
  const exported = await app.page.evaluate(() => window.notebook.exportNotebook('pdf'));
  expect(exported).toEqual({ ok: true, value: { file: target } });
  const pdf = await readFile(target);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(5_000);
});
