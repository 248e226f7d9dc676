// The whole session an analyst runs on the sample article, command by command,
// checking what each prints and what reaches the notebook file.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_IDS, sampleNotebook } from '../samples/sample.ts';
import { loadNotebookFile } from '../store/index.ts';
import { cli, expectOneLineError, SAMPLE_ARTICLE_PATH, snapshot, tempFolder } from './test-support.ts';

const BAGHDAD_QUOTE = 'the commission aims to conclude the presence of the coalition forces in the country';
const QUESTION = "What happens to the coalition's mission?";
const ORPHAN_QUOTE = 'Hardline Shiite politicians have called for Baghdad to expel US troops from Iraq';

async function notebookIn(folder: string) {
  return (await loadNotebookFile(path.join(folder, 'talks.json'))).notebook;
}

/** The article as a later edition: a line added on top, one word of Baghdad's claim changed, one paragraph dropped. */
function revisedArticle(text: string): string {
  const edited = text
    .replace('ERBIL, Kurdistan Region', 'Updated on Wednesday.\n\nERBIL, Kurdistan Region')
    .replace('aims to conclude the presence', 'aims to end the presence')
    .replace(/Hardline Shiite politicians[^\n]*\n/, '');
  expect(edited).not.toBe(text);
  return edited;
}

describe('notebook CLI: a session on the coalition-talks article', () => {
  it('creates, imports, annotates both claims, lists, compares, exports, revises and checks', async () => {
    const dir = await tempFolder();
    const article = await readFile(SAMPLE_ARTICLE_PATH, 'utf8');

    // new
    const created = await cli(dir, ['new', 'talks.json', '--title', 'Coalition talks']);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('Created talks.json “Coalition talks”');
    expect((await notebookIn(dir)).title).toBe('Coalition talks');

    // import
    const imported = await cli(dir, ['import', 'talks.json', SAMPLE_ARTICLE_PATH, '--publisher', 'Rudaw', '--published', '2024-07-23']);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    let nb = await notebookIn(dir);
    expect(nb.sources).toHaveLength(1);
    const source = nb.sources[0]!;
    expect(source).toMatchObject({ title: 'Iraqi, US officials meet in Washington to discuss coalition’s future', publisher: 'Rudaw', published: '2024-07-23' });
    expect(imported.stdout).toContain(`Added source ${source.id} `);

    // annotate: Baghdad's claim
    const baghdad = await cli(dir, [
      'annotate', 'talks.json', '--quote', BAGHDAD_QUOTE,
      '--actor', 'Baghdad', '--question', QUESTION, '--position', 'End of the mission', '--cue', 'maintained',
      '--reliability', 'B', '--credibility', '3', '--note', 'Reported by **Rudaw**', '--tag', 'Coalition future',
    ]);
    expect(baghdad).toMatchObject({ code: 0, stderr: '' });
    expect(baghdad.stdout).toContain('Claim: Baghdad — End of the mission (maintained), graded B3.');
    expect(baghdad.stdout).toContain('Created actor “Baghdad”, question “What happens to the coalition\'s mission?”, position “End of the mission”, tag “Coalition future”.');
    nb = await notebookIn(dir);
    const baghdadNote = nb.annotations[0]!;
    expect(baghdadNote.target.quote.exact).toBe(BAGHDAD_QUOTE);
    expect(article.slice(baghdadNote.target.position.start, baghdadNote.target.position.end)).toBe(BAGHDAD_QUOTE);
    expect(baghdadNote.note).toBe('Reported by **Rudaw**');
    expect(nb.actors.map((a) => a.name)).toEqual(['Baghdad']);
    expect(nb.questions).toEqual([expect.objectContaining({ text: QUESTION, positions: [expect.objectContaining({ label: 'End of the mission' })] })]);
    expect(baghdadNote.claim).toMatchObject({ actorId: nb.actors[0]!.id, questionId: nb.questions[0]!.id, position: 'End of the mission', cue: 'maintained', reliability: 'B', credibility: '3' });

    // annotate: "transition" is in the article three times, so the bare word is refused...
    expect(article.split('transition').length - 1).toBe(3);
    const before = await snapshot(dir);
    const ambiguous = await cli(dir, ['annotate', 'talks.json', '--quote', 'transition', '--actor', 'Washington', '--position', 'Transition', '--cue', 'described']);
    expect(ambiguous.code).toBe(1);
    expect(expectOneLineError(ambiguous)).toBe(
      '“transition” occurs 3 times in “Iraqi, US officials meet in Washington to discuss…” (¶6, ¶10, ¶15) — choose one with --occurrence 1–3, or quote more words',
    );
    // Refused: the notebook as it was, nothing added; the open backed up the version that loaded (the .bak
    // holds the version before a session's edits, and this session made none).
    const after = await snapshot(dir);
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(after.get('talks.json')!.equals(before.get('talks.json')!)).toBe(true);
    expect(after.get('talks.json.bak')!.equals(after.get('talks.json')!)).toBe(true);

    // ...and the first occurrence, Washington's word, is chosen with --occurrence.
    const washington = await cli(dir, ['annotate', 'talks.json', '--quote', 'transition', '--occurrence', '1', '--actor', 'washington', '--position', 'transition', '--cue', 'described', '--tag', 'coalition FUTURE']);
    expect(washington).toMatchObject({ code: 0, stderr: '' });
    expect(washington.stdout).toContain('Created actor “washington”, position “transition”.');
    nb = await notebookIn(dir);
    expect(nb.tags).toHaveLength(1);
    const washingtonNote = nb.annotations[1]!;
    const sentence = 'Washington has described the step only as a “transition” in the coalition’s role';
    expect(washingtonNote.target.position.start).toBe(article.indexOf(sentence) + sentence.indexOf('transition'));
    expect(washingtonNote.tags).toEqual(baghdadNote.tags);
    // Reliability grades the source: the second claim on it inherits B; credibility is not judged (6).
    expect(washingtonNote.claim).toMatchObject({ position: 'transition', reliability: 'B', credibility: '6' });

    // A third, plain annotation that the revision will orphan.
    expect((await cli(dir, ['annotate', 'talks.json', '--quote', ORPHAN_QUOTE, '--note', 'Pressure at home'])).code).toBe(0);
    nb = await notebookIn(dir);
    const orphanNote = nb.annotations[2]!;
    expect(orphanNote.claim).toBeUndefined();

    // list
    const listed = await cli(dir, ['list', 'talks.json']);
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    expect(listed.stdout).toContain(`  ${baghdadNote.id}  exact  ¶6\n    “${BAGHDAD_QUOTE}”\n    Baghdad — End of the mission (maintained), B3 · on “${QUESTION}”\n    tags: Coalition future\n    note: Reported by **Rudaw**`);
    expect(listed.stdout).toContain(`  ${washingtonNote.id}  exact  ¶6\n    “transition”\n    washington — transition (described), B6`);
    const listedJson = JSON.parse((await cli(dir, ['list', 'talks.json', '--json'])).stdout);
    expect(listedJson.annotations.map((a: { state: string; quote: string }) => [a.state, a.quote])).toEqual([
      ['exact', BAGHDAD_QUOTE],
      ['exact', 'transition'],
      ['exact', ORPHAN_QUOTE],
    ]);
    expect(listedJson.annotations[0].claim).toMatchObject({ actor: 'Baghdad', question: QUESTION, position: 'End of the mission', cue: 'maintained' });

    // compare: the conflict, as a table with both actors side by side
    const compared = await cli(dir, ['compare', 'talks.json']);
    expect(compared).toMatchObject({ code: 0, stderr: '' });
    const lines = compared.stdout.split('\n');
    expect(lines[0]).toBe(`${nb.questions[0]!.id}: “${QUESTION}”`);
    expect(lines).toContainEqual(expect.stringMatching(/^Position +│ Baghdad +│ washington$/));
    expect(lines).toContainEqual(expect.stringMatching(/^End of the mission │ “the commission aims to conclude the +│ —$/));
    expect(lines).toContainEqual(expect.stringMatching(/^transition +│ — +│ “transition” — described, B6, ¶6$/));
    expect(compared.stdout).toContain('Conflicts:\n  - Positions differ: Baghdad says End of the mission; washington says transition.\n');
    const comparedJson = JSON.parse((await cli(dir, ['compare', 'talks.json', '--question', 'coalition', '--json'])).stdout);
    expect(comparedJson.actors.map((a: { name: string }) => a.name)).toEqual(['Baghdad', 'washington']);
    expect(comparedJson.positions.map((p: { label: string; cells: unknown[][] }) => [p.label, p.cells.map((c) => c.length)])).toEqual([
      ['End of the mission', [1, 0]],
      ['transition', [0, 1]],
    ]);
    expect(comparedJson.conflicts).toEqual([{ kind: 'positions', groups: [expect.objectContaining({ position: 'End of the mission' }), expect.objectContaining({ position: 'transition' })] }]);

    // export md: one table row holds both claims, under their actors
    const md = await cli(dir, ['export', 'talks.json', '--format', 'md']);
    expect(md).toMatchObject({ code: 0, stderr: '' });
    expect(md.stdout).toContain('| Baghdad | washington |');
    const row = md.stdout.split('\n').find((l) => l.includes(BAGHDAD_QUOTE) && l.startsWith('|'));
    expect(row).toMatch(/^\| \*\*End of the mission\*\* — maintained: “the commission aims .*” \[S1 ¶6\] \(B3\) \| \*\*transition\*\* — described: “transition” \[S1 ¶6\] \(B6\) \|$/);

    // export w3c: JSON, one W3C annotation per annotation, quoting the source
    const w3c = await cli(dir, ['export', 'talks.json', '--format', 'w3c']);
    expect(w3c.code).toBe(0);
    const collection = JSON.parse(w3c.stdout);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 3 });
    expect(JSON.stringify(collection)).toContain(JSON.stringify(BAGHDAD_QUOTE));

    // export to files
    expect((await cli(dir, ['export', 'talks.json', '-o', 'briefing.html'])).stdout).toMatch(/^Wrote briefing\.html \(HTML briefing, /);
    expect(await readFile(path.join(dir, 'briefing.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect((await cli(dir, ['export', 'talks.json', '--format', 'docx', '-o', 'briefing.docx'])).code).toBe(0);
    expect((await readFile(path.join(dir, 'briefing.docx'))).subarray(0, 2).toString('latin1')).toBe('PK');

    // revise: a later edition of the article
    await writeFile(path.join(dir, 'edition-2.txt'), revisedArticle(article));
    const revised = await cli(dir, ['revise', 'talks.json', source.id, 'edition-2.txt']);
    expect(revised).toMatchObject({ code: 0, stderr: '' });
    const report = revised.stdout.split('\n');
    // "conclude" → "end" is 6 edits: o→e, and c, c, l, u, e deleted.
    expect(report).toContainEqual(`  fuzzy (6 errors)   ${baghdadNote.id}  “the commission aims to end the presence of the coalition forces in the country” (was “${BAGHDAD_QUOTE}”)`);
    expect(report).toContainEqual(`  moved              ${washingtonNote.id}  “transition”`);
    expect(report).toContainEqual(expect.stringMatching(new RegExp(`^  orphaned +${orphanNote.id}  “${ORPHAN_QUOTE}”$`)));
    expect(revised.stdout).toContain('0 exact, 1 moved, 1 fuzzy, 1 orphaned. The orphan is kept with its old quote');
    nb = await notebookIn(dir);
    expect(nb.annotations).toHaveLength(3);
    expect(nb.annotations[2]).toEqual({ ...orphanNote, anchoring: { state: 'orphaned' } });
    expect(nb.sources[0]).toMatchObject({ id: source.id, title: source.title, publisher: 'Rudaw', text: revisedArticle(article) });

    // check
    const checked = await cli(dir, ['check', 'talks.json']);
    expect(checked).toMatchObject({ code: 0, stderr: '' });
    expect(checked.stdout).toContain('1 source, 3 annotations (2 exact, 1 orphaned), 2 claims, 2 actors, 1 question, 1 tag, 0 relations.');
    const checkedJson = JSON.parse((await cli(dir, ['check', 'talks.json', '--json'])).stdout);
    expect(checkedJson).toMatchObject({ ok: true, counts: { annotations: 3, claims: 2 }, anchors: { exact: 2, orphaned: 1 }, backup: true, lock: null });
  });

  it('writes the sample notebook, whose compare and export show the Baghdad–Washington conflict', async () => {
    const dir = await tempFolder();
    const sample = sampleNotebook();
    expect((await cli(dir, ['new', 'sample.json', '--sample'])).stdout).toBe(
      `Created sample.json “Coalition talks” with 1 source, ${sample.annotations.length} annotations and ${sample.questions.length} questions.\n`,
    );
    const compared = await cli(dir, ['compare', 'sample.json']);
    expect(compared.stdout).toContain('Positions differ: Baghdad (Government of Iraq) says End of the mission; Washington (US government) says Transition');
    expect(compared.stdout).toMatch(/Washington \(US government\) “transition” contradicts Baghdad \(Government of Iraq\) “the commission aims .*” — A transition keeps US forces/);
    const md = await cli(dir, ['export', 'sample.json', '--format', 'md']);
    expect(md.stdout).toContain('| Baghdad (Government of Iraq) | Washington (US government) |');
    // A name the sample's actor has as an alias is that actor, not a new one.
    const again = await cli(dir, ['annotate', 'sample.json', '--quote', 'end the mission of the international coalition', '--actor', 'iraqi GOVERNMENT', '--question', SAMPLE_IDS.question, '--position', 'end of the mission']);
    expect(again.stdout).toContain('Claim: Baghdad (Government of Iraq) — End of the mission, graded B6.');
    expect(again.stdout).not.toContain('Created');
  });
});
