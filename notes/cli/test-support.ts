// Running the CLI in-process for tests: output captured, a temp folder as cwd,
// and a snapshot of that folder to prove a refused command changed nothing.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { run } from './run.ts';

export const SAMPLE_ARTICLE_PATH = new URL('../samples/coalition-talks.txt', import.meta.url).pathname;

export interface CliResult {
  code: number;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

export async function cli(cwd: string, argv: string[], options: { tty?: boolean } = {}): Promise<CliResult> {
  const out: Buffer[] = [];
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (chunk: string | Uint8Array) => out.push(Buffer.from(chunk)), isTTY: options.tty ?? false, columns: 100 },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd,
  });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr };
}

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

/** A fresh folder, removed after the test. */
export async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'notebook-cli-'));
  folders.push(folder);
  return folder;
}

/** Every file in `folder` with its bytes, to compare before and after. */
export async function snapshot(folder: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(folder, n))] as const)));
}

/** A refusal: one line on stderr, nothing on stdout, no stack trace. */
export function expectOneLineError(result: CliResult): string {
  if (!result.stderr.startsWith('notebook: ') || !result.stderr.endsWith('\n') || result.stderr.slice(0, -1).includes('\n')) {
    throw new Error(`expected one "notebook: " line on stderr, got ${JSON.stringify(result.stderr)}`);
  }
  if (/\n\s+at |Error:/.test(result.stderr)) throw new Error(`stack trace or raw error on stderr: ${result.stderr}`);
  if (result.stdout !== '') throw new Error(`expected nothing on stdout, got ${JSON.stringify(result.stdout)}`);
  return result.stderr.slice('notebook: '.length, -1);
}
