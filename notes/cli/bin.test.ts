// The installed command itself: bin/notebook.js run as a program, through its
// shebang and tsx, as `npx notebook` runs it.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../store/index.ts';
import { tempFolder } from './test-support.ts';

const BIN = new URL('../../bin/notebook.js', import.meta.url).pathname;

async function notebook(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(BIN, args, { cwd, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw err;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('bin/notebook.js', () => {
  it('prints the help', async () => {
    const result = await notebook(await tempFolder(), ['--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Usage: notebook COMMAND FILE \[options\]\n/);
    for (const command of ['new', 'import', 'annotate', 'list', 'compare', 'export', 'revise', 'check', 'restore']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
    }
  });

  it('creates the sample notebook, exports it, and exits 2 with one line on a bad flag', async () => {
    const dir = await tempFolder();
    expect((await notebook(dir, ['new', 'talks.json', '--sample'])).code).toBe(0);
    const md = await notebook(dir, ['export', 'talks.json', '--format', 'md']);
    expect(md).toMatchObject({ code: 0, stderr: '' });
    expect(md.stdout).toContain('| Baghdad (Government of Iraq) | Washington (US government) |');
    const before = await readFile(path.join(dir, 'talks.json'));
    const bad = await notebook(dir, ['annotate', 'talks.json', '--quoet', 'transition']);
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'notebook: unknown option --quoet for annotate — did you mean --quote? (see notebook annotate --help)\n' });
    expect(await readFile(path.join(dir, 'talks.json'))).toEqual(before);
  });

  it('is refused by the lock another process holds, and leaves the notebook as it was', async () => {
    const dir = await tempFolder();
    expect((await notebook(dir, ['new', 'talks.json', '--sample'])).code).toBe(0);
    const file = path.join(dir, 'talks.json');
    const app = await openNotebook(file);
    try {
      const before = await readFile(file);
      const refused = await notebook(dir, ['annotate', 'talks.json', '--quote', 'transition', '--occurrence', '2', '--note', 'Ryder in April']);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(new RegExp(`^notebook: talks\\.json is already open in another Research Notebook window \\(pid ${process.pid}\\) since [^\\n]+\\n$`));
      expect(await readFile(file)).toEqual(before);
    } finally {
      await app.close();
    }
    // Once the app lets go, the same command goes through.
    expect((await notebook(dir, ['annotate', 'talks.json', '--quote', 'transition', '--occurrence', '2', '--note', 'Ryder in April'])).code).toBe(0);
  });
});
