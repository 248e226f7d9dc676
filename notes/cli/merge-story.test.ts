// Two analysts split the sample article: each works on a copy of the sample
// notebook, one marks the size of the US force, the other grades a claim,
// and both rewrite the same note — a true conflict. Merged
// both ways with `notebook merge` (the sample they copied as base), each ends
// with everything, the conflict listed and kept in the file, and the
// colleague's file untouched.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../model/apply.ts';
import type { Operation } from '../model/ops.ts';
import type { Notebook } from '../model/schema.ts';
import { SAMPLE_IDS, sampleNotebook } from '../samples/sample.ts';
import { createNotebookFile, loadNotebookFile, openNotebook } from '../store/index.ts';
import { cli, expectOneLineError, snapshot, tempFolder } from './test-support.ts';

/** Words of the article the sample does not annotate: Rudaw's own figure, not anyone's claim. */
const FORCE = 'Around 2,500 US troops in Iraq and 900 in Syria';

/** An edit as the app makes it: through the store, as one operation. */
async function appEdit(file: string, op: Operation): Promise<void> {
  const store = await openNotebook(file, { holder: 'app' });
  store.set(applyOperation(store.notebook, op, new Date().toISOString()).notebook);
  await store.flush();
  await store.close();
}

const load = async (file: string): Promise<Notebook> => (await loadNotebookFile(file)).notebook;

async function twoAnalysts(): Promise<{ dir: string; ali: string; sam: string }> {
  const dir = await tempFolder();
  const ali = path.join(dir, 'ali.json');
  const sam = path.join(dir, 'sam.json');
  await createNotebookFile(ali, sampleNotebook('2024-06-01T10:00:00.000Z'));
  await copyFile(ali, sam);
  await copyFile(ali, path.join(dir, 'base.json'));
  // Ali: the force the talks are about, and a rewrite of Baghdad's note.
  const added = await cli(dir, ['annotate', 'ali.json', '--quote', FORCE, '--note', 'What a transition would keep in place', '--tag', 'Coalition future']);
  expect(added).toMatchObject({ code: 0, stderr: '' });
  await appEdit(ali, { kind: 'annotation.update', id: SAMPLE_IDS.baghdadClaim, patch: { note: 'Ali: Rudaw paraphrase, check the Arabic.' }, at: '2024-06-02T09:00:00.000Z' });
  // Sam: grades Washington's claim differently, and rewrites the same note.
  const sam0 = await load(sam);
  const washington = sam0.annotations.find((a) => a.id === SAMPLE_IDS.washingtonClaim)!;
  await appEdit(sam, { kind: 'annotation.update', id: washington.id, patch: { claim: { ...washington.claim!, credibility: '2' } }, at: '2024-06-02T10:00:00.000Z' });
  await appEdit(sam, { kind: 'annotation.update', id: SAMPLE_IDS.baghdadClaim, patch: { note: 'Sam: state media said the same.' }, at: '2024-06-02T11:00:00.000Z' });
  return { dir, ali, sam };
}

describe('notebook merge: two copies of the sample, edited apart', () => {
  for (const [ours, theirs] of [
    ['ali.json', 'sam.json'],
    ['sam.json', 'ali.json'],
  ] as const) {
    it(`merges ${theirs} into ${ours}: everything from both, the one true conflict listed and kept, ${theirs} untouched`, async () => {
      const { dir } = await twoAnalysts();
      const before = {
        ours: await load(path.join(dir, ours)),
        theirs: await load(path.join(dir, theirs)),
        theirsBytes: await readFile(path.join(dir, theirs)),
      };
      const merged = await cli(dir, ['merge', ours, theirs, '--base', 'base.json']);
      expect(merged.code).toBe(1);
      expect(merged.stderr).toBe(`notebook: 1 conflict left to resolve in ${ours} — open it in Research Notebook to choose ours, theirs or both\n`);
      expect(merged.stdout).toContain(`Merged ${theirs} (Coalition talks) into ${ours}:`);
      expect(merged.stdout).toMatch(/1 new conflict\./);
      expect(merged.stdout).toContain('Base: base.json.');
      expect(merged.stdout).toContain(`annotation ${SAMPLE_IDS.baghdadClaim} on “the commission aims to conclude the pre…”, note: ours “`);
      expect(await readFile(path.join(dir, theirs))).toEqual(before.theirsBytes);

      const nb = await load(path.join(dir, ours));
      // Every annotation of both, and Ali's new one whichever side added it.
      const ids = new Set([...before.ours.annotations, ...before.theirs.annotations].map((a) => a.id));
      expect(new Set(nb.annotations.map((a) => a.id))).toEqual(ids);
      expect(nb.annotations.some((a) => a.target.quote.exact === FORCE)).toBe(true);
      // Sam's grade, changed on one side only, is taken whichever way the merge goes.
      expect(nb.annotations.find((a) => a.id === SAMPLE_IDS.washingtonClaim)!.claim!.credibility).toBe('2');
      // The same note rewritten on both sides: ours kept, theirs in the conflict.
      const baghdad = nb.annotations.find((a) => a.id === SAMPLE_IDS.baghdadClaim)!;
      const conflict = nb.conflicts!.find((c) => c.recordId === baghdad.id)!;
      expect(baghdad.note).toBe(before.ours.annotations.find((a) => a.id === baghdad.id)!.note);
      expect(conflict).toMatchObject({ field: 'note', theirs: before.theirs.annotations.find((a) => a.id === baghdad.id)!.note });

      // The same file again: nothing new comes in, the conflict is still waiting. The notebook is the same
      // byte for byte (its .bak is refreshed on open, from those same bytes: the last version that loaded).
      const withoutBackups = (files: Map<string, Buffer>) => new Map([...files].filter(([name]) => !name.endsWith('.bak')));
      const folder = withoutBackups(await snapshot(dir));
      const again = await cli(dir, ['merge', ours, theirs]);
      expect(again.code).toBe(1);
      expect(again.stdout).toContain('0 new annotations, 0 changed, 0 removed; 0 other records added, changed or removed; 0 new conflicts.');
      expect(again.stdout).toContain(`Base: what ${ours} remembers of ${theirs} from the last merge.`);
      expect(withoutBackups(await snapshot(dir))).toEqual(folder);
    });
  }

  it('without a base, a field that differs is kept as a conflict too: nothing is lost (-o writes a new file)', async () => {
    const { dir } = await twoAnalysts();
    const merged = await cli(dir, ['merge', 'ali.json', 'sam.json', '-o', 'team.json', '--json']);
    expect(merged.code).toBe(1);
    const report = JSON.parse(merged.stdout) as { ok: boolean; base: string; annotations: { added: number; changed: number }; conflicts: { field: string; theirs: unknown }[] };
    expect(report).toMatchObject({ ok: false, base: 'none', annotations: { added: 0, changed: 0 } });
    expect(report.conflicts.map((c) => c.field).sort()).toEqual(['claim', 'note']);
    const team = await load(path.join(dir, 'team.json'));
    expect(team.conflicts!.find((c) => c.field === 'claim')!.theirs).toMatchObject({ credibility: '2' });
    // -o leaves OURS as it was.
    expect((await load(path.join(dir, 'ali.json'))).conflicts).toBeUndefined();
  });

  it('refuses the same file twice, an output over THEIRS, and a file that is not a notebook — one line, nothing written', async () => {
    const { dir } = await twoAnalysts();
    await copyFile(path.join(dir, 'ali.json'), path.join(dir, 'notes.txt'));
    await writeFile(path.join(dir, 'notes.txt'), 'Field notes, not a notebook.\n');
    const folder = await snapshot(dir);
    const cases: [string[], RegExp][] = [
      [['merge', 'ali.json', './ali.json'], /^ali\.json and \.\/ali\.json are the same file — give your colleague's notebook as THEIRS; nothing was changed$/],
      [['merge', 'ali.json', 'sam.json', '-o', 'sam.json'], /^-o sam\.json would overwrite an input — THEIRS and BASE are never written; choose a new file; nothing was changed$/],
      [['merge', 'ali.json', 'sam.json', '-o', 'ali.json'], /^ali\.json already exists — choose another name/],
      [['merge', 'ali.json', 'notes.txt'], /^notes\.txt .*not a notebook file/],
      [['merge', 'ali.json', 'missing.json'], /^missing\.json was not found/],
    ];
    for (const [argv, says] of cases) {
      const result = await cli(dir, argv);
      expect(result.code, argv.join(' ')).toBe(1);
      expect(expectOneLineError(result), argv.join(' ')).toMatch(says);
    }
    expect(await snapshot(dir)).toEqual(folder);
  });
});

describe('notebook merge: a notebook of another article entirely', () => {
  it('comes in as extra sources, and the summary says so', async () => {
    const dir = await tempFolder();
    await createNotebookFile(path.join(dir, 'talks.json'), sampleNotebook('2024-06-01T10:00:00.000Z'));
    await writeFile(path.join(dir, 'other.txt'), 'Kurdistan budget talks\n\nErbil and Baghdad met on salaries.\n');
    expect((await cli(dir, ['new', 'other.json', '--title', 'Budget'])).code).toBe(0);
    expect((await cli(dir, ['import', 'other.json', 'other.txt'])).code).toBe(0);
    const merged = await cli(dir, ['merge', 'talks.json', 'other.json']);
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    expect(merged.stdout).toContain('Note: other.json shares no source with talks.json — another article; its 1 source came in as extra sources.');
    expect((await load(path.join(dir, 'talks.json'))).sources.map((s) => s.title)).toEqual([sampleNotebook().sources[0]!.title, 'Kurdistan budget talks']);
  });
});
