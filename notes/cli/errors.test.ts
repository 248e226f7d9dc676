// Every refusal: one line on stderr, the right exit code, and the notebook's
// folder exactly as it was (bytes and file names).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../store/index.ts';
import { cli, expectOneLineError, SAMPLE_ARTICLE_PATH, snapshot, tempFolder } from './test-support.ts';

/** A folder holding the sample notebook, already opened for writing once (so its backup exists). */
async function sampleFolder(): Promise<string> {
  const dir = await tempFolder();
  expect((await cli(dir, ['new', 'talks.json', '--sample'])).code).toBe(0);
  const store = await openNotebook(path.join(dir, 'talks.json'));
  await store.close();
  return dir;
}

async function refused(dir: string, argv: string[], code: number, options: { tty?: boolean } = {}): Promise<string> {
  const before = await snapshot(dir);
  const result = await cli(dir, argv, options);
  const line = expectOneLineError(result);
  expect(result.code).toBe(code);
  expect(await snapshot(dir)).toEqual(before);
  return line;
}

describe('notebook CLI: usage errors (exit 2)', () => {
  it('names an unknown option, suggesting the close one', async () => {
    const dir = await sampleFolder();
    expect(await refused(dir, ['annotate', 'talks.json', '--quot', 'transition'], 2)).toBe(
      'unknown option --quot for annotate — did you mean --quote? (see notebook annotate --help)',
    );
    expect(await refused(dir, ['list', 'talks.json', '-x'], 2)).toBe('unknown option -x for list (see notebook list --help)');
  });

  it('names an unknown command', async () => {
    const dir = await sampleFolder();
    expect(await refused(dir, ['compair', 'talks.json'], 2)).toBe('unknown command "compair" — did you mean compare? (see notebook --help)');
    expect(await refused(dir, ['frobnicate'], 2)).toBe('unknown command "frobnicate" (see notebook --help)');
    expect(await refused(dir, [], 2)).toBe('no command given — run notebook --help to see the commands');
  });

  it('refuses missing and extra arguments, missing values and bad grades before touching the notebook', async () => {
    const dir = await sampleFolder();
    expect(await refused(dir, ['import', 'talks.json'], 2)).toBe('import needs SOURCE (see notebook import --help)');
    expect(await refused(dir, ['check', 'talks.json', 'other.json'], 2)).toBe('unexpected argument "other.json" for check (see notebook check --help)');
    expect(await refused(dir, ['annotate', 'talks.json', '--quote'], 2)).toBe('--quote needs a value: --quote TEXT (see notebook annotate --help)');
    expect(await refused(dir, ['annotate', 'talks.json', '--note', 'x'], 2)).toBe('annotate needs --quote "exact words" (see notebook annotate --help)');
    expect(await refused(dir, ['annotate', 'talks.json', '--quote', 'Pentagon', '--actor', 'Ryder', '--position', 'Talks', '--reliability', 'Z'], 2)).toBe(
      '--reliability must be A–F (A reliable … F cannot be judged), not "Z" (see notebook annotate --help)',
    );
    expect(await refused(dir, ['annotate', 'talks.json', '--quote', 'Pentagon', '--actor', 'Ryder'], 2)).toMatch(/^a claim needs --position LABEL/);
    expect(await refused(dir, ['annotate', 'talks.json', '--quote', 'Pentagon', '--occurrence', '0'], 2)).toMatch(/^--occurrence must be a whole number from 1/);
    expect(await refused(dir, ['import', 'talks.json', SAMPLE_ARTICLE_PATH, '--url', 'javascript:alert(1)'], 2)).toMatch(/^--url must be a web address/);
    expect(await refused(dir, ['export', 'talks.json', '--format', 'rtf'], 2)).toBe('--format must be one of md|html|docx|w3c|csv (got "rtf") (see notebook export --help)');
    expect(await refused(dir, ['export', 'talks.json', '--format', 'md', '-o', 'talks.json'], 2)).toMatch(/^-o talks\.json would overwrite the notebook itself/);
  });
});

describe('notebook CLI: failures (exit 1), nothing written', () => {
  it('reports a damaged notebook, and that its backup can be restored', async () => {
    const dir = await sampleFolder();
    const file = path.join(dir, 'talks.json');
    const good = await readFile(file);
    await writeFile(file, good.subarray(0, 200));
    for (const argv of [['list', 'talks.json'], ['annotate', 'talks.json', '--quote', 'transition', '--occurrence', '1'], ['check', 'talks.json']]) {
      expect(await refused(dir, argv, 1)).toMatch(
        /^talks\.json can't be opened: it is cut off — its JSON ends early — restore the backup \(talks\.json\.bak\) — the damaged file will be kept aside \(run: notebook restore talks\.json\)$/,
      );
    }
    const json = await cli(dir, ['check', 'talks.json', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, code: 'damaged', backup: true });
  });

  it('restores the backup and keeps the damaged file aside', async () => {
    const dir = await sampleFolder();
    const file = path.join(dir, 'talks.json');
    const good = await readFile(file);
    const damaged = Buffer.from('{"schemaVersion": 1, "id": ');
    await writeFile(file, damaged);
    const restored = await cli(dir, ['restore', 'talks.json']);
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    const kept = restored.stdout.match(/The damaged file was kept as (talks\.json\.damaged-\S+)\.$/m)?.[1];
    expect(kept).toBeDefined();
    expect(await readFile(path.join(dir, kept!))).toEqual(damaged);
    expect(await readFile(file)).toEqual(good);
    expect((await cli(dir, ['check', 'talks.json'])).code).toBe(0);
  });

  it('leaves a notebook that opens fine alone unless --force is given', async () => {
    const dir = await sampleFolder();
    expect(await refused(dir, ['restore', 'talks.json'], 1)).toBe('talks.json opens fine — restoring would replace it with its older backup; add --force to restore anyway');
  });

  it('refuses a notebook saved by a newer version, a missing file and a missing backup', async () => {
    const dir = await sampleFolder();
    const file = path.join(dir, 'talks.json');
    const newer = { ...JSON.parse(await readFile(file, 'utf8')), schemaVersion: 99 };
    await writeFile(file, JSON.stringify(newer));
    expect(await refused(dir, ['compare', 'talks.json'], 1)).toMatch(/^talks\.json was saved by a newer Research Notebook \(schema version 99; this one reads up to 2\) — update the app/);
    expect(await refused(dir, ['annotate', 'talks.json', '--quote', 'transition', '--occurrence', '1'], 1)).toMatch(/newer Research Notebook/);
    // Not damaged: the way out is a newer app, so no backup is suggested (a newer app may have written it too).
    expect(await refused(dir, ['check', 'talks.json'], 1)).toMatch(/update the app to open it; the file was left unchanged$/);
    expect(await refused(dir, ['list', 'missing.json'], 1)).toBe(`missing.json was not found (${path.join(dir, 'missing.json')}) — check the path, or create it with: notebook new missing.json`);
    expect(await refused(dir, ['restore', 'missing.json'], 1)).toBe('missing.json has no backup to restore (missing.json.bak is missing or empty) — nothing was changed');
  });

  it('refuses to write while the app holds the notebook, and still reads it', async () => {
    const dir = await sampleFolder();
    const file = path.join(dir, 'talks.json');
    const app = await openNotebook(file);
    await app.flush(); // the app's backup of what it read is written in the background: let it land before the snapshots
    try {
      for (const argv of [
        ['annotate', 'talks.json', '--quote', 'transition', '--occurrence', '1'],
        ['import', 'talks.json', SAMPLE_ARTICLE_PATH],
        ['revise', 'talks.json', 'src-coalition-talks', SAMPLE_ARTICLE_PATH],
        ['restore', 'talks.json', '--force'],
      ]) {
        expect(await refused(dir, argv, 1)).toMatch(/^talks\.json is already open in another Research Notebook window \(pid \d+\) since .* — close it there, or open this notebook read-only$/);
      }
      const listed = await cli(dir, ['list', 'talks.json']);
      expect(listed).toMatchObject({ code: 0, stderr: '' });
      expect(listed.stdout).toContain('“transition”');
      expect((await cli(dir, ['check', 'talks.json'])).stdout).toMatch(/^In use: open in a Research Notebook window \(pid \d+\)/m);
      expect((await cli(dir, ['export', 'talks.json', '--format', 'csv'])).code).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('says how to choose when a quote is missing, ambiguous or over-counted', async () => {
    const dir = await sampleFolder();
    expect(await refused(dir, ['annotate', 'talks.json', '--quote', 'withdrawal'], 1)).toBe(
      '“withdrawal” was not found in “Iraqi, US officials meet in Washington to discuss…” — quote the words exactly as they appear in the source (straight and curly quotes count as the same)',
    );
    expect(await refused(dir, ['annotate', 'talks.json', '--quote', 'transition', '--occurrence', '4'], 1)).toBe(
      '“transition” occurs only 3 times in “Iraqi, US officials meet in Washington to discuss…” — --occurrence 4 is too high',
    );
    expect(await refused(dir, ['annotate', 'talks.json', '--quote', 'x', '--source', 'src-nope'], 1)).toBe(
      'there is no source "src-nope" in talks.json — its sources are src-coalition-talks (“Iraqi, US officials meet in Washington…”)',
    );
  });

  it('refuses to replace a file with new, and unreadable sources with import', async () => {
    const dir = await sampleFolder();
    expect(await refused(dir, ['new', 'talks.json'], 1)).toBe('talks.json already exists — choose another name, or open it instead');
    await writeFile(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    await writeFile(path.join(dir, 'empty.md'), '');
    await writeFile(path.join(dir, 'report.pdf'), '%PDF-1.7');
    expect(await refused(dir, ['import', 'talks.json', 'photo.txt'], 1)).toBe('“photo.txt” looks like a binary file, not text (it contains NUL bytes) — import a .txt or .md file saved as UTF-8.');
    expect(await refused(dir, ['import', 'talks.json', 'empty.md'], 1)).toBe('“empty.md” is empty — there is no text to import.');
    expect(await refused(dir, ['import', 'talks.json', 'report.pdf'], 1)).toMatch(/^“report.pdf” could not be read as a PDF \(it is damaged or not really a PDF\)/);
    await writeFile(path.join(dir, 'slides.pptx'), 'x');
    expect(await refused(dir, ['import', 'talks.json', 'slides.pptx'], 1)).toBe('“slides.pptx” is not a file the notebook can import — import a .txt, .md, .html, .pdf or .docx file.');
    expect(await refused(dir, ['import', 'talks.json', 'nowhere.txt'], 1)).toBe(`“nowhere.txt” was not found (${path.join(dir, 'nowhere.txt')}) — check the path`);
  });

  it('sends PDF to the app, and binary Word output to a file rather than a terminal', async () => {
    const dir = await sampleFolder();
    expect(await refused(dir, ['export', 'talks.json', '--format', 'pdf'], 1)).toBe('PDF export needs the app (it prints the HTML with Chromium); export html and print it');
    expect(await refused(dir, ['export', 'talks.json', '-o', 'briefing.pdf'], 1)).toBe('PDF export needs the app (it prints the HTML with Chromium); export html and print it');
    expect(await refused(dir, ['export', 'talks.json', '--format', 'docx'], 1, { tty: true })).toMatch(/^Word briefing is a binary file — give -o briefing\.docx/);
    const piped = await cli(dir, ['export', 'talks.json', '--format', 'docx']);
    expect(piped.code).toBe(0);
    expect(piped.stdoutBytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
