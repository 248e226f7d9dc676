import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, MethodName, Result, Session } from '../contract.ts';
import { createNotebookFile, openNotebook as openStore } from '../../notes/store/index.ts';
import { emptyNotebook } from '../../notes/model/factory.ts';
import { validateNotebook } from '../../notes/model/validate.ts';
import { SAMPLE_IDS } from '../../notes/samples/sample.ts';
import { fakeHost, type FakeHost } from '../test/fake-host.ts';
import { dispatch } from './dispatch.ts';
import { createHandlers, type NotebookHandlers } from './handlers.ts';

let host: FakeHost;
let handlers: NotebookHandlers;
let logged: string[];
/** What main itself logged (console.error in the app). */
let mainLog: string[];
const sampleFile = () => path.join(host.documentsDir, 'Research Notebook', 'Coalition talks.notebook.json');
const utf8 = (s: string) => new TextEncoder().encode(s);

function start(): NotebookHandlers {
  handlers = createHandlers(host, { log: (line) => mainLog.push(line) });
  return handlers;
}

async function call(name: MethodName | string, ...args: unknown[]): Promise<Result<unknown>> {
  return dispatch(handlers, name, args, { log: (line) => logged.push(line) });
}

async function ok<T>(name: MethodName, ...args: unknown[]): Promise<T> {
  const result = await call(name, ...args);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function fails(name: MethodName | string, ...args: unknown[]): Promise<ApiError> {
  const result = await call(name, ...args);
  if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
  expect(result.error.message).not.toMatch(/\n|\bat .*\(.*:\d+:\d+\)/);
  return result.error;
}

/** Closes the app and opens it again on the same folders. */
async function relaunch(): Promise<void> {
  await handlers.dispose();
  start();
}

beforeEach(async () => {
  host = await fakeHost();
  logged = [];
  mainLog = [];
  start();
});

afterEach(async () => {
  await handlers.dispose();
  await host.cleanup();
});

describe('session', () => {
  it('creates the sample notebook on first launch and reopens it afterwards', async () => {
    const session = await ok<Session>('session');
    expect(session.file).toBe(sampleFile());
    expect(session.readOnly).toBe(false);
    expect(session.notebook.sources[0]!.text).toContain('Iraqi, US officials meet in Washington');
    expect(session.recent).toEqual([sampleFile()]);
    const onDisk = validateNotebook(JSON.parse(await readFile(sampleFile(), 'utf8')));
    expect(onDisk.ok).toBe(true);

    await relaunch();
    const again = await ok<Session>('session');
    expect(again.file).toBe(sampleFile());
    expect(again.notebook.id).toBe(session.notebook.id);
  });

  it('hands the window the notebook as edited, as an ordinary object', async () => {
    const session = await ok<Session>('session');
    const { revision } = await ok<{ revision: number }>('apply', [{ kind: 'annotation.update', id: SAMPLE_IDS.baghdadClaim, patch: { note: 'Check the **Arabic** original.' }, at: '2024-08-14T10:00:00.000Z' }], session.revision);
    expect(revision).toBeGreaterThan(session.revision);
    const again = await ok<Session>('session');
    expect(again.notebook.annotations.find((a) => a.id === SAMPLE_IDS.baghdadClaim)!.note).toBe('Check the **Arabic** original.');
    expect(validateNotebook(again.notebook).ok).toBe(true);
  });

  it('opens an existing sample file instead of replacing it', async () => {
    await ok('session');
    await ok('apply', [{ kind: 'notebook.rename', title: 'My coalition notes' }], 0);
    await handlers.dispose();
    // Settings lost (a new user profile), the notebook still in Documents.
    await writeFile(path.join(host.userDataDir, 'settings.json'), '{not json');
    start();
    expect((await ok<Session>('session')).notebook.title).toBe('My coalition notes');
  });

  it('keeps applied edits across a relaunch', async () => {
    const session = await ok<Session>('session');
    const { revision } = await ok<{ revision: number }>('apply', [{ kind: 'notebook.rename', title: 'Renamed' }], session.revision);
    expect(revision).toBeGreaterThan(session.revision);
    await ok('apply', [{ kind: 'annotation.update', id: SAMPLE_IDS.baghdadClaim, patch: { note: 'Check the Arabic original.' }, at: '2024-08-14T10:00:00.000Z' }], revision);
    await relaunch();
    const reopened = await ok<Session>('session');
    expect(reopened.notebook.title).toBe('Renamed');
    expect(reopened.notebook.annotations.find((a) => a.id === SAMPLE_IDS.baghdadClaim)!.note).toBe('Check the Arabic original.');
  });

  it('never overwrites a damaged notebook, reports it typed, and restores its backup on request', async () => {
    await ok('session');
    await handlers.dispose();
    const damaged = '{"schemaVersion": 1, "title": "half a fi';
    await writeFile(sampleFile(), damaged);
    start();
    const error = await fails('session');
    expect(error).toMatchObject({ code: 'damaged', file: sampleFile(), backupAvailable: true });
    // Asking again, or for another method, does not touch it either.
    await fails('session');
    await fails('apply', [{ kind: 'notebook.rename', title: 'x' }], 0);
    expect(await readFile(sampleFile(), 'utf8')).toBe(damaged);

    const restored = await ok<Session>('restoreBackup', sampleFile());
    expect(restored.notebook.sources[0]!.id).toBe(SAMPLE_IDS.source);
  });

  it('opens the notebook on launch, before the window asks; a damaged one is reported when it asks', async () => {
    await ok('session');
    await relaunch();
    await handlers.openOnLaunch();
    // Open before any call from the window: locked for this app, the recent list known.
    expect(handlers.current()?.file).toBe(sampleFile());
    expect(handlers.recent()).toEqual([sampleFile()]);
    const locked = await openStore(sampleFile()).then(
      (s) => s.close().then(() => 'not locked'),
      (err: unknown) => (err as { code?: string }).code,
    );
    expect(locked).toBe('locked');
    expect((await ok<Session>('session')).file).toBe(sampleFile());

    await handlers.dispose();
    const damaged = '{"schemaVersion": 1, "title": "half a fi';
    await writeFile(sampleFile(), damaged);
    start();
    await expect(handlers.openOnLaunch()).resolves.toBeUndefined();
    expect(handlers.current()).toBeNull();
    expect(await fails('session')).toMatchObject({ code: 'damaged', file: sampleFile() });
    expect(await readFile(sampleFile(), 'utf8')).toBe(damaged);
  });

  it('opens a file given on launch; one that fails falls back to the last notebook', async () => {
    await ok('session');
    await relaunch();
    const given = path.join(host.documentsDir, 'Given.notebook.json');
    await writeFile(given, 'not a notebook');
    await handlers.openOnLaunch(given);
    expect(handlers.current()?.file).toBe(sampleFile());
    expect(mainLog.join('\n')).toContain(`could not open ${given}`);
  });

  it('opens a notebook another process is editing read-only, and refuses edits to it', async () => {
    await ok('session');
    await handlers.dispose();
    const other = await openStore(sampleFile());
    try {
      start();
      const session = await ok<Session>('session');
      expect(session.readOnly).toBe(true);
      // The window can say who has it.
      expect(session.heldBy).toMatch(new RegExp(`^another Research Notebook window \\(pid ${process.pid}\\) since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$`));
      const error = await fails('apply', [{ kind: 'notebook.rename', title: 'x' }], session.revision);
      expect(error.code).toBe('locked');
      expect(error.message).toContain(`because ${session.heldBy} is editing it`);
      // Reading and exporting still work.
      expect((await ok<{ file: string | null }>('about')).file).toBe(sampleFile());
    } finally {
      await other.close();
    }
  });
});

describe('the analyst\'s name', () => {
  it('is set once in Preferences and given to every notebook of theirs that has none; a colleague\'s keeps its own', async () => {
    const session = await ok<Session>('session');
    expect(session.notebook.author).toBeUndefined();
    await ok('apply', [{ kind: 'notebook.author', author: 'Ali Haddad' }], session.revision);

    host.saves.push(path.join(host.documentsDir, 'Second.notebook.json'));
    expect((await ok<Session>('newNotebook')).notebook.author).toBe('Ali Haddad');

    const colleague = path.join(host.documentsDir, 'Theirs.notebook.json');
    const unnamed = path.join(host.documentsDir, 'Unnamed.notebook.json');
    await createNotebookFile(colleague, { ...emptyNotebook('Theirs'), author: 'Sam Rahimi' });
    await createNotebookFile(unnamed, emptyNotebook('Unnamed'));
    await relaunch();
    host.opens.push(colleague);
    expect((await ok<Session>('openNotebook')).notebook.author).toBe('Sam Rahimi');
    host.opens.push(unnamed);
    expect((await ok<Session>('openNotebook')).notebook.author).toBe('Ali Haddad');
  });
});

describe('apply', () => {
  it('refuses an edit built on an old revision and sends the window the current notebook', async () => {
    const session = await ok<Session>('session');
    await ok('apply', [{ kind: 'notebook.rename', title: 'First' }], session.revision);
    const error = await fails('apply', [{ kind: 'notebook.rename', title: 'Second' }], session.revision);
    expect(error.code).toBe('operation');
    const sent = host.events.find((e) => e.type === 'session');
    expect(sent?.type === 'session' && sent.session.notebook.title).toBe('First');
  });

  it('reports the save status of edits to the window', async () => {
    const session = await ok<Session>('session');
    await ok('apply', [{ kind: 'notebook.rename', title: 'Saved soon' }], session.revision);
    const status = await ok<{ state: string; savedAt?: string }>('flush');
    expect(status.state).toBe('saved');
    const sent = host.events.filter((e) => e.type === 'save-status').map((e) => (e.type === 'save-status' ? e.status.state : ''));
    expect(sent).toContain('saving');
    expect(sent.at(-1)).toBe('saved');
    expect(JSON.parse(await readFile(sampleFile(), 'utf8')).title).toBe('Saved soon');
  });

  it('reports an edit that does not fit the notebook as an operation error and applies none of the batch', async () => {
    const session = await ok<Session>('session');
    const error = await fails('apply', [{ kind: 'notebook.rename', title: 'Half done' }, { kind: 'actor.delete', id: SAMPLE_IDS.baghdad }], session.revision);
    expect(error.code).toBe('operation');
    expect(error.message).toMatch(/used by/);
    expect((await ok<Session>('session')).notebook.title).toBe(session.notebook.title);
  });
});

describe('invalid payloads', () => {
  beforeEach(async () => {
    await ok('session');
  });

  it('refuses methods that are not in the contract', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'dispose', 'openFile', 'eval', '']) {
      expect((await fails(name)).code).toBe('invalid-payload');
    }
    const raw = await dispatch(handlers, 'session', 'not a list');
    expect(!raw.ok && raw.error.code).toBe('invalid-payload');
  });

  it('refuses wrong types, missing and extra arguments', async () => {
    expect((await fails('apply', 'rename it', 0)).code).toBe('invalid-payload');
    expect((await fails('apply', [{ kind: 'notebook.rename', title: 'x' }], '0')).code).toBe('invalid-payload');
    expect((await fails('apply', [{ kind: 'no.such.op' }], 0)).code).toBe('invalid-payload');
    expect((await fails('apply', [], 0)).code).toBe('invalid-payload');
    expect((await fails('exportNotebook', 'exe')).code).toBe('invalid-payload');
    expect((await fails('importSource', { name: 'a.txt', data: 'not bytes' })).code).toBe('invalid-payload');
    expect((await fails('session', 'extra')).code).toBe('invalid-payload');
  });

  it('refuses huge strings before they reach a handler', async () => {
    const error = await fails('openNotebook', `/${'a'.repeat(10_000)}.json`);
    expect(error.code).toBe('invalid-payload');
    expect(error.message.length).toBeLessThan(400);
    expect((await fails('importSource', { name: `${'n'.repeat(300)}.txt`, data: utf8('x') })).code).toBe('invalid-payload');
  });

  it('refuses __proto__ keys and pollutes nothing', async () => {
    const payload = JSON.parse('[[{"kind":"briefing.update","patch":{"__proto__":{"polluted":true}}}],0]') as unknown[];
    expect((await fails('apply', ...payload)).code).toBe('invalid-payload');
    const renamed = JSON.parse('[[{"kind":"notebook.rename","title":"Fine","__proto__":{"polluted":true}}],0]') as unknown[];
    await call('apply', ...renamed);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses paths it was not given: traversal, relative paths, files outside the recent list', async () => {
    for (const file of ['../../../etc/passwd', '/etc/passwd', `${host.documentsDir}/Research Notebook/../../userData/settings.json`, 'Coalition talks.notebook.json']) {
      expect((await fails('openNotebook', file)).code).toBe('invalid-payload');
      expect((await fails('restoreBackup', file)).code).toBe('invalid-payload');
    }
    // The recent list is honoured.
    expect((await ok<Session>('openNotebook', sampleFile())).file).toBe(sampleFile());
  });
});

describe('importing sources', () => {
  beforeEach(async () => {
    await ok('session');
  });

  it('adds dropped text as a new source', async () => {
    const before = await ok<Session>('session');
    const { sourceId, revision } = await ok<{ sourceId: string; revision: number }>('importSource', {
      name: 'statement.md',
      data: utf8('# Ministry statement\r\n\r\nThe mission ends in 2025.'),
    });
    expect(revision).toBeGreaterThan(before.revision);
    const source = (await ok<Session>('session')).notebook.sources.find((s) => s.id === sourceId)!;
    expect(source).toMatchObject({ title: 'Ministry statement', format: 'markdown', text: '# Ministry statement\n\nThe mission ends in 2025.' });
  });

  it('imports the file chosen in the dialog, offering web pages, PDFs, Word, text and Markdown', async () => {
    const file = path.join(host.root, 'Pentagon readout.txt');
    await writeFile(file, 'Pentagon readout\n\nThe coalition will transition.');
    host.opens.push(file);
    const { sourceId } = await ok<{ sourceId: string }>('importSource');
    expect(host.asked.at(-1)).toMatchObject({ filters: [{ extensions: ['html', 'htm', 'pdf', 'docx', 'txt', 'md', 'markdown'] }, { extensions: ['*'] }] });
    expect((await ok<Session>('session')).notebook.sources.find((s) => s.id === sourceId)!.title).toBe('Pentagon readout');
  });

  it('says cancelled when the dialog is closed', async () => {
    expect((await fails('importSource')).code).toBe('cancelled');
  });

  it('refuses files that are not readable text, with the reason', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['scan.pdf', utf8('%PDF-1.4'), /PDF/],
      ['page.pdf', utf8('<!doctype html><html><body><p>Hi</p></body></html>'), /web page/i],
      ['empty.txt', new Uint8Array(), /is empty/],
      ['latin1.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), /not valid UTF-8 text — re-save it as UTF-8/],
      ['image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), /binary/],
    ];
    for (const [name, data, message] of cases) {
      const error = await fails('importSource', { name, data });
      expect(error.code).toBe('bad-source');
      expect(error.message).toMatch(message);
    }
  });

  it('refuses a file over 20 MB chosen in the dialog without reading it whole', async () => {
    const file = path.join(host.root, 'huge.txt');
    await writeFile(file, Buffer.alloc(21 * 1024 * 1024, 0x61));
    host.opens.push(file);
    const error = await fails('importSource');
    expect(error).toMatchObject({ code: 'bad-source' });
    expect(error.message).toContain('21.0 MB');
  });
});

describe('revising a source', () => {
  it('re-anchors the annotations on the new text and reports each one', async () => {
    const session = await ok<Session>('session');
    const old = session.notebook.sources[0]!.text;
    const revised = `Updated: ${old.replace('Washington has described the step only as a “transition”', 'Washington called the step a change')}`;
    const report = await ok<{ results: { annotationId: string; state: string }[]; revision: number }>('reviseSource', SAMPLE_IDS.source, {
      name: 'coalition-talks v2.txt',
      data: utf8(revised),
    });
    const states = new Map(report.results.map((r) => [r.annotationId, r.state]));
    expect(states.get(SAMPLE_IDS.baghdadClaim)).toMatch(/moved|exact/);
    expect(states.get(SAMPLE_IDS.washingtonClaim)).toMatch(/fuzzy|orphaned/);
    const after = await ok<Session>('session');
    const source = after.notebook.sources[0]!;
    expect(source.text).toBe(revised);
    // The analyst's title is kept; only the text changes.
    expect(source.title).toBe(session.notebook.sources[0]!.title);
    const baghdad = after.notebook.annotations.find((a) => a.id === SAMPLE_IDS.baghdadClaim)!;
    const { start, end } = baghdad.target.position;
    expect(revised.slice(start, end)).toBe(baghdad.target.quote.exact);
  });

  it('reports a source that is not in the notebook', async () => {
    await ok('session');
    expect((await fails('reviseSource', 'src-gone', { name: 'a.txt', data: utf8('x') })).code).toBe('not-found');
  });
});

describe('notebooks and copies', () => {
  it('creates a new notebook but never over an existing file', async () => {
    await ok('session');
    const file = path.join(host.documentsDir, 'Research Notebook', 'Ceasefire');
    host.saves.push(file);
    const session = await ok<Session>('newNotebook');
    expect(session.file).toBe(`${file}.notebook.json`);
    expect(session.notebook.title).toBe('Ceasefire');
    expect(session.notebook.sources).toEqual([]);
    expect(session.recent.slice(0, 2)).toEqual([`${file}.notebook.json`, sampleFile()]);

    host.saves.push(sampleFile());
    const before = await readFile(sampleFile(), 'utf8');
    expect((await fails('newNotebook')).code).toBe('io');
    expect(await readFile(sampleFile(), 'utf8')).toBe(before);
  });

  it('saves a copy that opens as a notebook', async () => {
    await ok('session');
    const copy = path.join(host.root, 'elsewhere', 'copy.notebook.json');
    await mkdir(path.dirname(copy));
    host.saves.push(copy);
    expect(await ok('saveCopy')).toEqual({ file: copy });
    expect(host.asked.at(-1)).toMatchObject({ defaultPath: path.join(path.dirname(sampleFile()), 'Coalition talks copy.notebook.json') });
    expect(validateNotebook(JSON.parse(await readFile(copy, 'utf8'))).ok).toBe(true);
    host.opens.push(copy);
    expect((await ok<Session>('openNotebook')).file).toBe(copy);
  });

  it('reports the folders and files in about()', async () => {
    await ok('session');
    const about = await ok<{ version: string; notebooksFolder: string; file: string; backup: string | null }>('about');
    expect(about).toMatchObject({ version: '9.9.9-test', notebooksFolder: path.join(host.documentsDir, 'Research Notebook'), file: sampleFile() });
    expect(about.backup && existsSync(about.backup)).toBe(true);
  });
});

describe('exports', () => {
  const FORMATS = [
    ['md', 'Coalition talks — briefing.md'],
    ['html', 'Coalition talks — briefing.html'],
    ['pdf', 'Coalition talks — briefing.pdf'],
    ['docx', 'Coalition talks — briefing.docx'],
    ['w3c', 'Coalition talks — annotations.jsonld'],
    ['csv', 'Coalition talks — annotations.csv'],
  ] as const;

  it('writes each format where the analyst chose, suggesting a name after the notebook', async () => {
    await ok('session');
    const folder = path.join(host.root, 'exports');
    await mkdir(folder);
    for (const [format, suggested] of FORMATS) {
      const target = path.join(folder, `out-${format}`);
      host.saves.push(target);
      const { file } = await ok<{ file: string }>('exportNotebook', format);
      expect(host.asked.at(-1)).toMatchObject({ defaultPath: path.join(path.dirname(sampleFile()), suggested) });
      // A bare name gets the format's extension.
      expect(path.extname(file)).toBe(path.extname(suggested));
      const bytes = await readFile(file);
      expect(bytes.length, format).toBeGreaterThan(20);
    }
    const text = (ext: string) => readFile(path.join(folder, `out-${ext}`), 'utf8');
    expect(await text('md.md')).toContain('transition');
    expect(await text('html.html')).toMatch(/^<!doctype html>/i);
    expect((await readFile(path.join(folder, 'out-docx.docx'))).subarray(0, 2).toString()).toBe('PK');
    expect(JSON.parse(await text('w3c.jsonld'))).toMatchObject({ type: 'AnnotationCollection' });
    expect(await text('csv.csv')).toContain('Baghdad');
    // The PDF is printed from the briefing's HTML.
    expect(await text('pdf.pdf')).toMatch(/^%PDF-/);
    expect(host.printed[0]).toMatch(/^<!doctype html>/i);
  });

  it('reports a folder it cannot write to, says what to do, and leaves nothing behind', async () => {
    await ok('session');
    const target = path.join(host.root, 'no-such-folder', 'briefing.md');
    host.saves.push(target);
    const error = await fails('exportNotebook', 'md');
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/briefing\.md.*choose another folder/);
    expect(existsSync(path.dirname(target))).toBe(false);
  });

  it('says cancelled when the save dialog is closed', async () => {
    await ok('session');
    expect((await fails('exportNotebook', 'csv')).code).toBe('cancelled');
  });

  it('never writes an export over a notebook, even the one that is open', async () => {
    await ok('session');
    const before = await readFile(sampleFile());
    host.saves.push(sampleFile());
    const error = await fails('exportNotebook', 'w3c');
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/notebook's file name.*choose another name/);
    await ok('flush');
    expect(await readFile(sampleFile())).toEqual(before);
  });
});

describe('openExternal', () => {
  it('opens http and https links in the system browser', async () => {
    await ok('openExternal', 'https://www.rudaw.net/english/middleeast/iraq/240920241');
    await ok('openExternal', 'http://example.org/a?b=c#d');
    expect(host.external).toEqual(['https://www.rudaw.net/english/middleeast/iraq/240920241', 'http://example.org/a?b=c#d']);
  });

  it('refuses everything else', async () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>1</script>', 'app://notebook/index.html', 'not a url', 'smb://server/share', '']) {
      expect((await fails('openExternal', url)).code).toBe('invalid-payload');
    }
    expect(host.external).toEqual([]);
  });
});

describe('dispatch', () => {
  it('turns an unexpected failure into an internal error without a stack, and logs the stack', async () => {
    const broken = { ...start(), about: async () => { throw new TypeError('boom at secret/place.ts:1:2'); } } as NotebookHandlers;
    const result = await dispatch(broken, 'about', [], { log: (line) => logged.push(line) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).not.toContain('boom');
    }
    expect(logged.join('\n')).toContain('TypeError: boom');
  });
});

describe('importing documents', () => {
  it('imports a saved web page, a PDF and a Word file with what each says about itself', async () => {
    await ok('session');
    const fixtures = new URL('../../notes/sources/import/fixtures/', import.meta.url);
    for (const name of ['article-en.html', 'statement-en.pdf', 'report.docx']) {
      const data = new Uint8Array(await readFile(new URL(name, fixtures)));
      const { sourceId } = await ok<{ sourceId: string }>('importSource', { name, data });
      const source = (await ok<Session>('session')).notebook.sources.find((s) => s.id === sourceId)!;
      expect(source.format, name).toBe(name.split('.').pop() === 'docx' ? 'docx' : name.endsWith('.pdf') ? 'pdf' : 'html');
      expect(source.text.length, name).toBeGreaterThan(200);
      if (name.endsWith('.pdf')) expect(source.pages?.length).toBeGreaterThan(1);
    }
  });
});
