// `notebook import` with web pages, PDFs and Word files: what it prints, what
// reaches the notebook, and refusals that leave the notebook as it was.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotebookFile } from '../store/index.ts';
import { cli, expectOneLineError, snapshot, tempFolder } from './test-support.ts';

const fixture = (name: string) => new URL(`../sources/import/fixtures/${name}`, import.meta.url).pathname;

async function newNotebook(): Promise<string> {
  const dir = await tempFolder();
  expect((await cli(dir, ['new', 'talks.json', '--title', 'Talks'])).code).toBe(0);
  return dir;
}

const notebookIn = async (dir: string) => (await loadNotebookFile(path.join(dir, 'talks.json'))).notebook;

describe('notebook import of documents', () => {
  it('imports a saved web page and prints what it found', async () => {
    const dir = await newNotebook();
    const result = await cli(dir, ['import', 'talks.json', fixture('article-en.html')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [source] = (await notebookIn(dir)).sources;
    expect(source).toMatchObject({ format: 'html', publisher: 'The Tigris Ledger', author: 'Layla Hassan', published: '2024-09-27' });
    expect(result.stdout.split('\n')).toEqual([
      `Added source ${source!.id} “Baghdad and Washington set a date for the coalition's end” to talks.json (${source!.text.length} characters, 15 paragraphs).`,
      '  Publisher: The Tigris Ledger',
      '  Author: Layla Hassan',
      '  Published: 2024-09-27',
      '  URL: https://www.tigrisledger.example/politics/coalition-end-date',
      '',
    ]);
  });

  it('imports a PDF with its pages, and a claim quoted from it is cited by page in the briefing', async () => {
    const dir = await newNotebook();
    const result = await cli(dir, ['import', 'talks.json', fixture('statement-en.pdf'), '--publisher', 'Government of Iraq']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/\(\d+ characters, 3 pages, 7 paragraphs\)\.\n {2}Publisher: Government of Iraq\n$/);
    const [source] = (await notebookIn(dir)).sources;
    expect(source!.pages).toHaveLength(3);
    const annotated = await cli(dir, [
      'annotate', 'talks.json', '--quote', 'a transition to an enduring bilateral security partnership',
      '--actor', 'Washington', '--question', 'What happens to the coalition?', '--position', 'Transition', '--cue', 'described',
    ]);
    expect(annotated).toMatchObject({ code: 0, stderr: '' });
    // The source has no grade yet, so the claim cannot be judged: F.
    expect(annotated.stdout).toContain('graded F6');
    const md = await cli(dir, ['export', 'talks.json', '--format', 'md']);
    expect(md.stdout).toContain('“a transition to an enduring bilateral security partnership” [S1 p. 2 ¶5] (F6)');
    expect(md.stdout).toContain('- **S1** — Government of Iraq: Joint statement.');
  });

  it('imports a Word file and an Arabic PDF', async () => {
    const dir = await newNotebook();
    const word = await cli(dir, ['import', 'talks.json', fixture('report.docx')]);
    expect(word.stdout).toMatch(/“Coalition talks: field report” to talks.json \(\d+ characters, 8 paragraphs\)\.\n {2}Author: Analyst\n$/);
    const arabic = await cli(dir, ['import', 'talks.json', fixture('statement-ar.pdf')]);
    expect(arabic.stdout).toContain('2 pages, 6 paragraphs');
    const sources = (await notebookIn(dir)).sources;
    expect(sources.map((s) => s.format)).toEqual(['docx', 'pdf']);
    expect(sources[1]!.text).toContain('واتفق الوفدان على أن تنتهي مهمة التحالف الدولي في العراق على مرحلتين.');
  });

  it('grades a source on import, and its new claims start from that grade', async () => {
    const dir = await newNotebook();
    const result = await cli(dir, ['import', 'talks.json', fixture('statement-en.pdf'), '--reliability', 'b', '--author', 'Higher Military Commission']);
    expect(result.stdout).toContain('  Author: Higher Military Commission\n  Reliability: B\n');
    const annotated = await cli(dir, ['annotate', 'talks.json', '--quote', 'is therefore at its end', '--actor', 'Baghdad', '--question', 'Q?', '--position', 'End']);
    expect(annotated.stdout).toContain('graded B6');
    const bad = await cli(dir, ['import', 'talks.json', fixture('statement-en.pdf'), '--reliability', 'G']);
    expect(bad.code).toBe(2);
    expect(expectOneLineError(bad)).toMatch(/^--reliability must be one of A, B, C, D, E, F/);
  });

  it('revises a PDF source with a text version: annotations re-anchored, the old page starts dropped', async () => {
    const dir = await newNotebook();
    await cli(dir, ['import', 'talks.json', fixture('statement-en.pdf')]);
    const quote = 'a transition to an enduring bilateral security partnership';
    await cli(dir, ['annotate', 'talks.json', '--quote', quote]);
    const [source] = (await notebookIn(dir)).sources;
    await writeFile(path.join(dir, 'statement.txt'), source!.text.replace(/^Joint Statement[^\n]*\n\n/, ''));
    const revised = await cli(dir, ['revise', 'talks.json', source!.id, 'statement.txt']);
    expect(revised).toMatchObject({ code: 0, stderr: '' });
    const after = await notebookIn(dir);
    expect(after.sources[0]).toMatchObject({ format: 'text', title: 'Joint statement' });
    expect(after.sources[0]!.pages).toBeUndefined();
    const { start, end } = after.annotations[0]!.target.position;
    expect(after.sources[0]!.text.slice(start, end)).toBe(quote);
  });

  it('refuses a scanned PDF, an encrypted PDF, a page with no article and a misnamed file in one line, changing nothing', async () => {
    const dir = await newNotebook();
    await writeFile(path.join(dir, 'article.pdf'), '<!doctype html><html><body><p>hello</p></body></html>');
    await writeFile(path.join(dir, 'menu.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const before = await snapshot(dir);
    const refusal = async (file: string) => {
      const result = await cli(dir, ['import', 'talks.json', file]);
      expect(result.code).toBe(1);
      return expectOneLineError(result);
    };
    expect(await refusal(fixture('scanned.pdf'))).toMatch(/^“scanned.pdf” has no text layer .*no OCR/);
    expect(await refusal(fixture('encrypted.pdf'))).toMatch(/^“encrypted.pdf” is protected by a password/);
    expect(await refusal('menu.html')).toMatch(/^“menu.html” has no article text/);
    expect(await refusal('article.pdf')).toMatch(/^“article.pdf” is not a PDF: it looks like a web page \(HTML\) — if it is, rename it to \.html/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses a file over the limit from its size, before reading it', async () => {
    const dir = await newNotebook();
    const huge = path.join(dir, 'huge.pdf');
    // A sparse file: 200 MB long without writing 200 MB.
    const { open } = await import('node:fs/promises');
    const handle = await open(huge, 'w');
    await handle.truncate(200 * 1024 * 1024);
    await handle.close();
    const result = await cli(dir, ['import', 'talks.json', 'huge.pdf']);
    expect(result.code).toBe(1);
    expect(expectOneLineError(result)).toMatch(/^“huge.pdf” is 200\.0 MB; a PDF file can be at most 64\.0 MB/);
  });
});
