// The bench's own build of the renderer (bench/.data/renderer), so it never
// races another engineer's `npm run build:renderer` into renderer/dist, plus
// the probe script (app-probe.ts). Rebuilt only when a file it is built from
// changed since the last bench build.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LIST_COMMITTED } from '../../renderer/src/annotations/marks.ts';
import { GROUP_PREFIX } from '../../renderer/src/reader/highlightStyles.ts';
import { HIGHLIGHTS_PAINTED } from '../../renderer/src/reader/paintedMark.ts';
import { BENCH_DIR, DATA_DIR } from '../generate/data.ts';
import { probeScript } from './app-probe.ts';

const ROOT = path.resolve(BENCH_DIR, '..');
export const BENCH_RENDERER = path.join(DATA_DIR, 'renderer');
const STAMP = path.join(DATA_DIR, 'renderer.fingerprint');
// The probe and where it goes are part of the build too.
const INPUTS = ['renderer', 'notes', 'electron/contract.ts', 'package.json', 'bench/suites/app-build.ts', 'bench/suites/app-probe.ts'];

async function listFiles(entry: string): Promise<string[]> {
  const info = await stat(entry);
  if (!info.isDirectory()) return [entry];
  const names = await readdir(entry);
  const nested = await Promise.all(names.filter((n) => n !== 'dist' && n !== 'node_modules' && !n.startsWith('.')).map((n) => listFiles(path.join(entry, n))));
  return nested.flat();
}

/** Paths, sizes and modification times of everything the build reads. */
async function fingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of (await listFiles(path.join(ROOT, input))).sort()) {
      const s = await stat(file);
      hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-2000)}`))));
  });
}

export async function buildRenderer(log: (line: string) => void): Promise<string> {
  const print = await fingerprint();
  const index = path.join(BENCH_RENDERER, 'index.html');
  if (existsSync(index) && existsSync(STAMP) && (await readFile(STAMP, 'utf8')) === print) {
    log('app: renderer build up to date');
    return BENCH_RENDERER;
  }
  log('app: building the renderer (vite) into bench/.data/renderer');
  await run(path.join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--config', 'renderer/vite.config.ts', '--outDir', BENCH_RENDERER, '--emptyOutDir', '--logLevel', 'warn']);
  await writeFile(path.join(BENCH_RENDERER, 'bench-probe.js'), probeScript({ groupPrefix: GROUP_PREFIX, listMark: LIST_COMMITTED, paintedMark: HIGHLIGHTS_PAINTED }));
  const html = await readFile(index, 'utf8');
  // Deferred, before the app's module: deferred scripts and module scripts run in document order once the
  // page is parsed, so it is in place before the app's first line. A plain script would hold the parser,
  // and with it the app's module, until loaded.
  const app = /<script type="module"[^>]*><\/script>/.exec(html)?.[0];
  if (!app) throw new Error('The built index.html has no module script to put the bench probe before.');
  await writeFile(index, html.replace(app, `<script defer src="./bench-probe.js"></script>\n    ${app}`));
  await writeFile(STAMP, print);
  return BENCH_RENDERER;
}
