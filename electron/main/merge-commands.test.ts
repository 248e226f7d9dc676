// previewMerge through dispatch, as the window calls it: a colleague's copy of
// the sample previewed (nothing written), applied as one edit, undone to the
// notebook as it was; and each file that cannot be merged refused in one line.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, MergePreview, Result, Session } from '../contract.ts';
import { applyOperation } from '../../notes/model/apply.ts';
import type { Notebook } from '../../notes/model/schema.ts';
import { SAMPLE_IDS } from '../../notes/samples/sample.ts';
import { createNotebookFile } from '../../notes/store/index.ts';
import { fakeHost, type FakeHost } from '../test/fake-host.ts';
import { ours, SAM_NAME, SAM_NOTE, theirs } from '../test/two-analysts.ts';
import { dispatch } from './dispatch.ts';
import { createHandlers, type NotebookHandlers } from './handlers.ts';

let host: FakeHost;
let handlers: NotebookHandlers;
let oursFile: string;
let samFile: string;

const call = (name: string, ...args: unknown[]): Promise<Result<unknown>> => dispatch(handlers, name, args, { log: () => undefined });
async function ok<T>(name: string, ...args: unknown[]): Promise<T> {
  const result = await call(name, ...args);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value as T;
}
async function refused(file: string): Promise<ApiError> {
  host.opens.push(file);
  const result = await call('previewMerge');
  if (result.ok) throw new Error('previewMerge unexpectedly succeeded');
  return result.error;
}
const withoutTime = ({ updatedAt: _t, ...rest }: Notebook) => rest;

beforeEach(async () => {
  host = await fakeHost();
  oursFile = path.join(host.root, 'Ali.notebook.json');
  samFile = path.join(host.root, 'Sam.notebook.json');
  await createNotebookFile(oursFile, ours());
  await createNotebookFile(samFile, theirs());
  handlers = createHandlers(host, { log: () => undefined });
  await handlers.openFile(oursFile);
});

afterEach(async () => {
  await handlers.dispose();
  await host.cleanup();
});

describe('previewMerge', () => {
  it('previews Sam’s copy without writing either file; the edit it returns merges, and undoes to the notebook as it was', async () => {
    const before = { ours: await readFile(oursFile), sam: await readFile(samFile) };
    host.opens.push(samFile);
    const preview = await ok<MergePreview>('previewMerge');
    expect(preview).toMatchObject({ fileName: 'Sam.notebook.json', title: 'Coalition talks', author: SAM_NAME });
    expect(preview.summary.annotations).toMatchObject({ added: 2, changed: 0, removed: 0 });
    // The first merge has no base: the grade and the note, different on each side, both wait for the analyst.
    expect(preview.summary.conflicts).toBe(2);
    expect(preview.summary.byActor.find((a) => a.actorId === SAMPLE_IDS.washington)).toMatchObject({ added: 1, conflicts: 1 });
    expect(await readFile(oursFile)).toEqual(before.ours);
    expect(await readFile(samFile)).toEqual(before.sam);

    const session = await ok<Session>('session');
    const { revision } = await ok<{ revision: number }>('apply', [preview.operation], session.revision);
    const merged = (await ok<Session>('session')).notebook;
    expect(merged.annotations.find((a) => a.id === 'ann-sam-ryder-april')?.by).toBe(SAM_NAME);
    expect(merged.conflicts?.find((c) => c.field === 'note')).toMatchObject({ recordId: SAMPLE_IDS.baghdadClaim, theirs: SAM_NOTE });
    expect(merged.shared?.[SAMPLE_IDS.notebook]).toBeDefined();

    // Undo, as the window does it: the inverse of the very edit.
    const inverse = applyOperation(session.notebook, preview.operation!, '2024-07-01T00:00:00.000Z').inverse;
    await ok('apply', [inverse], revision);
    expect(withoutTime((await ok<Session>('session')).notebook)).toEqual(withoutTime(session.notebook));
  });

  it('after the merge, Sam’s same file again brings nothing new', async () => {
    host.opens.push(samFile);
    const first = await ok<MergePreview>('previewMerge');
    await ok('apply', [first.operation], (await ok<Session>('session')).revision);
    host.opens.push(samFile);
    const again = await ok<MergePreview>('previewMerge');
    expect(again.operation).toBeNull();
    expect(again.summary).toMatchObject({ hadBase: true, conflicts: 0, annotations: { added: 0, changed: 0, removed: 0 } });
  });

  it('refuses what cannot be merged in one line, and writes neither file', async () => {
    const dir = host.root;
    const files = {
      text: path.join(dir, 'notes.txt'),
      cut: path.join(dir, 'cut.notebook.json'),
      newer: path.join(dir, 'newer.notebook.json'),
      same: path.join(dir, 'same.notebook.json'),
    };
    await writeFile(files.text, 'Field notes, not a notebook.\n');
    await writeFile(files.cut, (await readFile(samFile, 'utf8')).slice(0, 400));
    await writeFile(files.newer, JSON.stringify({ ...theirs(), schemaVersion: 99 }));
    await createNotebookFile(files.same, ours());
    const bytes = async () => Promise.all([oursFile, samFile, ...Object.values(files)].map((f) => readFile(f)));
    const before = await bytes();
    const cases: [string, RegExp][] = [
      [files.text, /^notes\.txt can't be merged: it is not a notebook file — .* — ask your colleague for a fresh copy; nothing was changed$/],
      [files.cut, /^cut\.notebook\.json can't be merged: it is cut off — its JSON ends early — ask your colleague for a fresh copy; nothing was changed$/],
      [files.newer, /^newer\.notebook\.json was saved by a newer Research Notebook \(schema version 99; this one reads up to \d+\) — update the app to merge it; nothing was changed$/],
      [oursFile, /^Ali\.notebook\.json is this notebook's own file — choose the copy your colleague sent; nothing was changed\.$/],
      [files.same, /^same\.notebook\.json is a copy of this notebook as it is now — there is nothing in it to merge; nothing was changed$/],
      [path.join(dir, 'gone.notebook.json'), /^gone\.notebook\.json was not found — .*choose it again$/],
    ];
    for (const [file, says] of cases) {
      const error = await refused(file);
      expect(error.message, file).toMatch(says);
      expect(error.message).not.toMatch(/\n|backup/);
    }
    expect(await bytes()).toEqual(before);
  });
});
