import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotebookFile } from '../store/index.ts';
import { cli, SAMPLE_ARTICLE_PATH, tempFolder } from './test-support.ts';

describe('notebook suggest', () => {
  it('prints exactly the JSON array of suggestions, offsets into the file’s text', async () => {
    const dir = await tempFolder();
    const text = await readFile(SAMPLE_ARTICLE_PATH, 'utf8');
    const run = await cli(dir, ['suggest', SAMPLE_ARTICLE_PATH, '--json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const found = JSON.parse(run.stdout) as { content: { start: number; end: number }; source: { start: number; end: number } | null; cue: unknown; actor: string | null; text: string }[];
    expect(found.length).toBeGreaterThanOrEqual(10);
    for (const s of found) {
      expect(Object.keys(s)).toEqual(['content', 'source', 'cue', 'actor', 'text']);
      expect(Object.keys(s.content)).toEqual(['start', 'end']);
      expect(text.slice(s.content.start, s.content.end)).toBe(s.text);
    }
    const ryder = found.find((s) => s.text.includes('Our convening'));
    expect(ryder?.actor).toBe('Pat Ryder');
    expect(text.slice(ryder!.source!.start, ryder!.source!.end)).toBe('Major General Pat Ryder, Pentagon spokesman');
  });

  it('adds suggestions to a notebook as claims to review, skipping dismissed and annotated ones, once', async () => {
    const dir = await tempFolder();
    await cli(dir, ['new', 'talks.json', '--title', 'Talks']);
    await cli(dir, ['import', 'talks.json', SAMPLE_ARTICLE_PATH]);
    let nb = (await loadNotebookFile(path.join(dir, 'talks.json'))).notebook;
    const sourceId = nb.sources[0]!.id;
    await cli(dir, ['annotate', 'talks.json', '--quote', 'the commission aims to conclude the presence of the coalition forces in the country', '--actor', 'Baghdad', '--question', 'What happens to the coalition?', '--position', 'End of the mission', '--cue', 'maintained']);

    const listed = await cli(dir, ['suggest', 'talks.json', '--source', sourceId]);
    expect(listed.stdout).toContain('Pat Ryder');
    expect(listed.stdout).not.toContain('the commission aims to conclude');

    const accepted = await cli(dir, ['suggest', 'talks.json', '--source', sourceId, '--accept']);
    expect(accepted).toMatchObject({ code: 0, stderr: '' });
    nb = (await loadNotebookFile(path.join(dir, 'talks.json'))).notebook;
    const claims = nb.annotations.filter((a) => a.claim?.position === '(to review)');
    expect(claims.length).toBe(10);
    expect(nb.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Baghdad', 'Lloyd Austin', 'Pat Ryder']));
    expect(nb.actors.filter((a) => a.name === 'Baghdad')).toHaveLength(1);
    expect(claims.every((a) => a.claim!.reliability === 'F' && a.claim!.credibility === '6')).toBe(true);

    const again = await cli(dir, ['suggest', 'talks.json', '--source', sourceId, '--accept']);
    expect(again.stdout).toContain('No new suggestions');
  });

  it('creates the question --accept names when the notebook does not have it yet', async () => {
    const dir = await tempFolder();
    await cli(dir, ['new', 'talks.json', '--title', 'Talks']);
    await cli(dir, ['import', 'talks.json', SAMPLE_ARTICLE_PATH]);
    const sourceId = (await loadNotebookFile(path.join(dir, 'talks.json'))).notebook.sources[0]!.id;
    const refused = await cli(dir, ['suggest', 'talks.json', '--source', sourceId, '--accept']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.split('\n')[0]).toContain('--accept needs --question ID|TEXT — talks.json has 0 questions');
    const run = await cli(dir, ['suggest', 'talks.json', '--source', sourceId, '--accept', '--question', 'What happens to the coalition?']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Created question “What happens to the coalition?”.');
    const nb = (await loadNotebookFile(path.join(dir, 'talks.json'))).notebook;
    expect(nb.questions.map((q) => q.text)).toEqual(['What happens to the coalition?']);
    expect(nb.annotations.filter((a) => a.claim?.questionId === nb.questions[0]!.id)).toHaveLength(11);
  });

  it('lists suggestions as a readable table, a quote no one is named for and a guessed speaker said as such, marked once', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'banner.txt');
    await writeFile(
      file,
      'A banner at the front of the march carried one line.\n\n“No foreign troops on Iraqi soil, not one more year.”\n\nKarim Nasser said the talks had gone well. “We will meet again before the end of the summer.”\n',
    );
    const run = await cli(dir, ['suggest', file]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('1. (speaker not named) [direct] “No foreign troops on Iraqi soil, not one more year.” (54–107)');
    expect(run.stdout).toContain('3. Karim Nasser (guessed) [direct] “We will meet again before the end of the summer.”');
  });

  it('refuses --accept on a plain file in one line', async () => {
    const dir = await tempFolder();
    const run = await cli(dir, ['suggest', SAMPLE_ARTICLE_PATH, '--accept']);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')[0]).toContain('--accept needs a notebook');
  });
});
