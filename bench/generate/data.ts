// The bench's data set, generated once into bench/.data/ (git-ignored) and
// reused while the generator and its seed are unchanged: the ~1 MB source,
// notebooks of 1k / 10k / 100k annotations on it, a revision of the source
// for each (with what changed), and a notebook of 1,000 claims for the
// briefing exports.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Notebook } from '../../notes/model/schema.ts';
import { seeded } from '../lib/random.ts';
import { generateNotebook } from './notebook.ts';
import { generateProse } from './prose.ts';
import { reviseProse, type Revision } from './revision.ts';
import { notebookJson } from '../../notes/store/serialize.ts';

export const SEED = 'research-notebook-bench-1';
export const SIZES = [1_000, 10_000, 100_000] as const;
export type Size = (typeof SIZES)[number];
export const SOURCE_LENGTH = 1_000_000;
export const BRIEFING_CLAIMS = 1_000;

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const BENCH_DIR = path.resolve(HERE, '..');
export const DATA_DIR = path.join(BENCH_DIR, '.data');
export const ARTICLE_FILE = path.resolve(BENCH_DIR, '../notes/samples/coalition-talks.txt');

export const label = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));
export const notebookFile = (n: number, dir = DATA_DIR) => path.join(dir, `notebook-${label(n)}.json`);
export const revisionFile = (n: number, dir = DATA_DIR) => path.join(dir, `revision-${label(n)}.json`);
export const briefingFile = (dir = DATA_DIR) => path.join(dir, `briefing-${BRIEFING_CLAIMS}-claims.json`);
const manifestFile = (dir: string) => path.join(dir, 'manifest.json');

/** Changes whenever the generator's code, the article or the seed does. */
async function fingerprint(): Promise<string> {
  const hash = createHash('sha256').update(SEED).update(readFileSync(ARTICLE_FILE));
  const generators = path.join(BENCH_DIR, 'generate');
  for (const name of (await readdir(generators)).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()) {
    hash.update(name).update(await readFile(path.join(generators, name)));
  }
  hash.update(await readFile(path.join(BENCH_DIR, 'lib', 'random.ts')));
  return hash.digest('hex');
}

export interface DataSet {
  dir: string;
  sourceLength: number;
  /** Bytes of each notebook file. */
  bytes: Record<string, number>;
  editedParagraphs: Record<string, number>;
  paragraphs: number;
  generatedMs?: number;
}

/** Generates the data set unless an identical one is already there. */
export async function ensureData(dir = DATA_DIR, log: (line: string) => void = () => undefined): Promise<DataSet> {
  const print = await fingerprint();
  if (existsSync(manifestFile(dir))) {
    const manifest = JSON.parse(await readFile(manifestFile(dir), 'utf8')) as DataSet & { fingerprint: string };
    if (manifest.fingerprint === print) {
      log('data: up to date in bench/.data');
      return manifest;
    }
  }
  const started = performance.now();
  await mkdir(dir, { recursive: true });
  const random = seeded(SEED);
  const article = await readFile(ARTICLE_FILE, 'utf8');
  const prose = generateProse(article, SOURCE_LENGTH, random.fork('prose'));
  await writeFile(path.join(dir, 'source.txt'), prose.text);
  const bytes: Record<string, number> = {};
  const editedParagraphs: Record<string, number> = {};
  for (const n of SIZES) {
    log(`data: notebook of ${label(n)} annotations`);
    const nb = generateNotebook(prose, { annotations: n }, random.fork(`notebook-${n}`));
    // Written as the app saves a notebook (notes/store/serialize.ts): ASCII JSON.
    const json = notebookJson(nb);
    await writeFile(notebookFile(n, dir), json);
    bytes[label(n)] = Buffer.byteLength(json);
    const revision = reviseProse(prose, nb.annotations.map((a) => a.target.position), random.fork(`revision-${n}`));
    await writeFile(revisionFile(n, dir), JSON.stringify(revision));
    editedParagraphs[label(n)] = revision.editedParagraphs;
  }
  const briefing = generateNotebook(prose, { annotations: 3 * BRIEFING_CLAIMS, claims: BRIEFING_CLAIMS, title: 'Briefing bench' }, random.fork('briefing'));
  await writeFile(briefingFile(dir), notebookJson(briefing));
  const manifest: DataSet & { fingerprint: string } = {
    fingerprint: print,
    dir,
    sourceLength: prose.text.length,
    bytes,
    editedParagraphs,
    paragraphs: prose.paragraphs.length,
    generatedMs: Math.round(performance.now() - started),
  };
  await writeFile(manifestFile(dir), JSON.stringify(manifest, null, 2));
  return manifest;
}

export async function readNotebook(file: string): Promise<Notebook> {
  return JSON.parse(await readFile(file, 'utf8')) as Notebook;
}

export async function readRevision(n: number, dir = DATA_DIR): Promise<Revision> {
  return JSON.parse(await readFile(revisionFile(n, dir), 'utf8')) as Revision;
}
