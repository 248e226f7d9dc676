// A notebook that does not parse or validate is refused with one clear line,
// and neither the file nor its backup is touched — not by the open, not by
// a later attempt to save.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../model/schema.ts';
import { StoreError, createNotebookFile, openNotebook, writeFileAtomic, type StoreErrorCode } from './index.ts';
import { listFolder, refusal, tempFolder } from './test-support/helpers.ts';
import { syntheticNotebook } from './test-support/synthetic.ts';

const good = JSON.stringify(syntheticNotebook(20));
const withDuplicate = (() => {
  const nb = syntheticNotebook(20);
  return JSON.stringify({ ...nb, annotations: [...nb.annotations, { ...nb.annotations[3]!, note: 'copy' }] });
})();

const cases: { name: string; bytes: string | Buffer; code: StoreErrorCode; says: RegExp }[] = [
  { name: 'truncated', bytes: good.slice(0, Math.floor(good.length / 2)), code: 'damaged', says: /cut off/ },
  { name: 'empty', bytes: '', code: 'damaged', says: /empty/ },
  { name: 'blank', bytes: '  \n\n ', code: 'damaged', says: /blank/ },
  { name: 'null', bytes: 'null', code: 'damaged', says: /found null/ },
  { name: 'not JSON', bytes: 'Dear analyst, this is a letter.', code: 'damaged', says: /not a notebook file/ },
  { name: 'not UTF-8', bytes: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), code: 'damaged', says: /not UTF-8/ },
  { name: 'an array', bytes: '[1,2,3]', code: 'damaged', says: /found an array/ },
  { name: 'wrong shape', bytes: JSON.stringify({ ...JSON.parse(good), title: 42 }), code: 'damaged', says: /title/ },
  { name: 'duplicate ids', bytes: withDuplicate, code: 'damaged', says: /"a3" is used twice/ },
  { name: 'newer version', bytes: JSON.stringify({ ...JSON.parse(good), schemaVersion: SCHEMA_VERSION + 1 }), code: 'newer-version', says: /newer Research Notebook.*update the app/ },
];

async function fileWith(bytes: string | Buffer): Promise<{ folder: string; file: string }> {
  const folder = await tempFolder();
  const file = path.join(folder, 'talks.json');
  await fsp.writeFile(file, bytes);
  return { folder, file };
}

describe('damaged notebooks', () => {
  for (const c of cases) {
    it(`${c.name}: refused with a one-line message, file and backup unchanged`, async () => {
      const { folder, file } = await fileWith(c.bytes);
      const backup = `${file}.bak`;
      await fsp.writeFile(backup, good);
      const before = await fsp.readFile(file);

      for (const readOnly of [false, true]) {
        const err = await refusal(openNotebook(file, { readOnly }));
        expect(err.code).toBe(c.code);
        expect(err.file).toBe(file);
        expect(err.message).toContain('talks.json');
        expect(err.message).toMatch(c.says);
        expect(err.message).not.toMatch(/\n/);
        // A damaged file's backup is offered; a newer version's is not (the newer app may have written it too).
        expect(err.backupAvailable).toBe(c.code === 'damaged');
      }
      // Nothing else can overwrite it either.
      await expect(createNotebookFile(file, syntheticNotebook(1))).rejects.toThrow(StoreError);

      expect(await fsp.readFile(file)).toEqual(before);
      expect(await fsp.readFile(backup, 'utf8')).toBe(good);
      // The failed open released its lock and left no temp files.
      expect(await listFolder(folder)).toEqual(['talks.json', 'talks.json.bak']);
    });
  }

  it('says when no backup is available', async () => {
    const { file } = await fileWith('{"schemaVersion": 1,');
    const err = await refusal(openNotebook(file));
    expect(err.code).toBe('damaged');
    expect(err.backupAvailable).toBe(false);
    expect(err.message).toMatch(/no backup is available/);
  });

  it('offers the backup in the message when there is one', async () => {
    const { file } = await fileWith('');
    await fsp.writeFile(`${file}.bak`, good);
    const err = await refusal(openNotebook(file));
    expect(err.message).toMatch(/restore the backup \(talks\.json\.bak\)/);
  });

  it('a damaged file can still be replaced on purpose by writeFileAtomic (Save a copy… over it)', async () => {
    const { file } = await fileWith('null');
    await writeFileAtomic(file, good);
    const store = await openNotebook(file, { readOnly: true });
    expect(store.notebook.annotations).toHaveLength(20);
  });

  it('a byte-order mark does not make a notebook damaged', async () => {
    const { file } = await fileWith('\ufeff' + good);
    const store = await openNotebook(file, { readOnly: true });
    expect(store.notebook.annotations).toHaveLength(20);
  });
});
