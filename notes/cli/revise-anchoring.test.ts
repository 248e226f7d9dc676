// After `notebook revise`, each annotation says how the new edition's text
// was found to hold it — and keeps saying so after the notebook is saved and
// opened again, until the analyst confirms or re-places it.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confirmAnchoring, replaceAnchoring } from '../anchoring/index.ts';
import { applyOperation } from '../model/apply.ts';
import { loadNotebookFile } from '../store/index.ts';
import { cli, SAMPLE_ARTICLE_PATH, tempFolder } from './test-support.ts';

const KEPT = 'Washington has described the step only as a “transition” in the coalition’s role';
const EDITED = 'the commission aims to conclude the presence of the coalition forces in the country';
const INSERTED = 'Officials declined to give further details.';
const DELETED = 'Hardline Shiite politicians have called for Baghdad to expel US troops from Iraq';

/** A later edition: a word of Baghdad's claim changed and a sentence put inside it, one paragraph dropped. */
function laterEdition(text: string): string {
  const edited = text
    .replace('aims to conclude the presence of the coalition', `aims to end the presence. ${INSERTED} Of the coalition`)
    .replace(/Hardline Shiite politicians[^\n]*\n/, '');
  expect(edited).not.toBe(text);
  return edited;
}

interface Listed {
  id: string;
  state: string;
  errors?: number;
  confirmed?: true;
  quote: string;
}

async function listed(dir: string): Promise<Listed[]> {
  const result = await cli(dir, ['list', 'talks.json', '--json']);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return (JSON.parse(result.stdout) as { annotations: Listed[] }).annotations;
}

describe('notebook revise, then list: how each annotation was found', () => {
  it('shows exact, fuzzy with its changes and orphaned after the revision, and after reopening the file', async () => {
    const dir = await tempFolder();
    const article = await readFile(SAMPLE_ARTICLE_PATH, 'utf8');
    expect((await cli(dir, ['new', 'talks.json'])).code).toBe(0);
    expect((await cli(dir, ['import', 'talks.json', SAMPLE_ARTICLE_PATH])).code).toBe(0);
    for (const quote of [KEPT, EDITED, DELETED]) expect((await cli(dir, ['annotate', 'talks.json', '--quote', quote])).code).toBe(0);
    const before = (await loadNotebookFile(path.join(dir, 'talks.json'))).notebook;
    const id = (quote: string) => before.annotations.find((a) => a.target.quote.exact === quote)!.id;
    // Before any revision, nothing is recorded: every quote is where it was made.
    expect((await listed(dir)).map((a) => a.state)).toEqual(['exact', 'exact', 'exact']);

    await writeFile(path.join(dir, 'edition-2.txt'), laterEdition(article));
    const revised = await cli(dir, ['revise', 'talks.json', before.sources[0]!.id, 'edition-2.txt']);
    expect(revised).toMatchObject({ code: 0, stderr: '' });
    expect(revised.stdout).toContain('0 exact, 1 moved, 1 fuzzy, 1 orphaned.');

    const after = await listed(dir);
    const byId = new Map(after.map((a) => [a.id, a]));
    expect(byId.get(id(KEPT))).toMatchObject({ state: 'moved', quote: KEPT });
    const edited = byId.get(id(EDITED))!;
    // One span from the claim's first word to its last, across the inserted sentence.
    expect(edited).toMatchObject({ state: 'fuzzy', quote: `the commission aims to end the presence. ${INSERTED} Of the coalition forces in the country` });
    expect(edited.errors).toBeGreaterThan(INSERTED.length);
    expect(byId.get(id(DELETED))).toMatchObject({ state: 'orphaned', quote: DELETED });
    expect(edited.confirmed).toBeUndefined();

    // Saved with the annotations: the file itself carries it.
    const saved = JSON.parse(await readFile(path.join(dir, 'talks.json'), 'utf8')) as { annotations: { id: string; anchoring?: unknown }[] };
    expect(saved.annotations.find((a) => a.id === id(EDITED))!.anchoring).toEqual({ state: 'fuzzy', changes: edited.errors, was: EDITED });
    expect(saved.annotations.find((a) => a.id === id(DELETED))!.anchoring).toEqual({ state: 'orphaned' });
    expect(await listed(dir)).toEqual(after);
  });
});

describe('confirming or re-placing an annotation after a revision', () => {
  it('are operations: confirmed survives reopening, a re-placed orphan takes the words chosen, undo restores both', async () => {
    const dir = await tempFolder();
    const article = await readFile(SAMPLE_ARTICLE_PATH, 'utf8');
    await cli(dir, ['new', 'talks.json']);
    await cli(dir, ['import', 'talks.json', SAMPLE_ARTICLE_PATH]);
    for (const quote of [EDITED, DELETED]) await cli(dir, ['annotate', 'talks.json', '--quote', quote]);
    const sourceId = (await loadNotebookFile(path.join(dir, 'talks.json'))).notebook.sources[0]!.id;
    await writeFile(path.join(dir, 'edition-2.txt'), laterEdition(article));
    await cli(dir, ['revise', 'talks.json', sourceId, 'edition-2.txt']);
    const nb = (await loadNotebookFile(path.join(dir, 'talks.json'))).notebook;
    const [fuzzy, orphan] = nb.annotations;
    const text = nb.sources[0]!.text;

    const at = '2026-12-04T19:30:00.000Z';
    const confirmed = applyOperation(nb, confirmAnchoring(fuzzy!, at), at);
    expect(confirmed.notebook.annotations[0]!.anchoring).toEqual({ ...fuzzy!.anchoring, confirmed: true });
    expect(() => confirmAnchoring(orphan!, at)).toThrow(/orphaned: there are no words to confirm/);

    const words = 'Iraqi, US officials meet in Washington';
    const start = text.indexOf(words);
    const replaced = applyOperation(confirmed.notebook, replaceAnchoring(orphan!, text, start, start + words.length, at), at);
    const moved = replaced.notebook.annotations[1]!;
    expect(moved.target.quote.exact).toBe(words);
    expect(moved.anchoring).toEqual({ state: 'exact', confirmed: true });

    // Saved and listed: both show as the analyst left them.
    await writeFile(path.join(dir, 'talks.json'), JSON.stringify(replaced.notebook));
    const shown = await listed(dir);
    expect(shown.find((a) => a.id === fuzzy!.id)).toMatchObject({ state: 'fuzzy', confirmed: true });
    expect(shown.find((a) => a.id === orphan!.id)).toMatchObject({ state: 'exact', confirmed: true, quote: words });

    const undone = applyOperation(applyOperation(replaced.notebook, replaced.inverse, at).notebook, confirmed.inverse, at).notebook;
    expect(undone.annotations[0]!.anchoring).toEqual(fuzzy!.anchoring);
    expect(undone.annotations[1]).toMatchObject({ target: orphan!.target, anchoring: { state: 'orphaned' } });
  });
});
