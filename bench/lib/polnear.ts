// Reading PolNeAR (Newell, Margolin & Ruths, LREC 2018): news articles as
// text files and their attributions as brat standoff files, each event
// linking a content span with its cue and (usually) its source. The corpus
// states no licence, so nothing of it is kept in this repository: the bench
// reads it from the folder POLNEAR_DIR names. Only the train and dev splits
// are ever read; the test split is held out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Span } from '../../notes/claims/span.ts';

export const POLNEAR_HOWTO = [
  'PolNeAR is not in this repository (it states no licence). To run the claims suite on it:',
  '  git clone https://github.com/networkdynamics/PolNeAR /some/folder/PolNeAR',
  '  POLNEAR_DIR=/some/folder/PolNeAR npm run bench -- claims',
  'POLNEAR_DIR is the clone (or any folder holding data/train and data/dev). The test split is never read.',
];

export type Split = 'train' | 'dev';

export interface GoldClaim {
  /** From the first to the last fragment: a quote split by its cue is one span. */
  content: Span;
  source: Span | null;
  cue: Span | null;
}

export interface Article {
  name: string;
  text: string;
  claims: GoldClaim[];
}

export function polnearDir(): string | undefined {
  const dir = process.env.POLNEAR_DIR;
  return dir && existsSync(path.join(dir, 'data', 'dev', 'text')) ? dir : undefined;
}

/** One article per text file; a doubly annotated one uses its first annotation file (by name). */
export function readSplit(dir: string, split: Split): Article[] {
  const textDir = path.join(dir, 'data', split, 'text');
  const annDir = path.join(dir, 'data', split, 'attributions');
  const annFiles = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const articles: Article[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const stem = file.slice(0, -4);
    const ann = annFiles.find((a) => a.startsWith(`${stem}_`) && /^_[0-9a-f]+\.ann$/.test(a.slice(stem.length)));
    if (!ann) continue;
    const text = readFileSync(path.join(textDir, file), 'utf8');
    articles.push({ name: stem, text, claims: parseBrat(readFileSync(path.join(annDir, ann), 'utf8')) });
  }
  return articles;
}

/** brat standoff: T lines are spans ("Content 10 20;25 40"), E lines link them into an attribution. */
export function parseBrat(ann: string): GoldClaim[] {
  const spans = new Map<string, Span>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const fragments = body.slice(body.indexOf(' ') + 1).split(';').map((f) => f.trim().split(' ').map(Number));
      const starts = fragments.map((f) => f[0]!);
      const ends = fragments.map((f) => f[1]!);
      if ([...starts, ...ends].every(Number.isFinite)) spans.set(id, { start: Math.min(...starts), end: Math.max(...ends) });
    } else if (id.startsWith('E')) {
      events.push(Object.fromEntries(body.trim().split(/\s+/).map((arg) => arg.split(':') as [string, string])));
    }
  }
  const claims: GoldClaim[] = [];
  for (const e of events) {
    const parts = [e.Content, e.Content2].map((t) => (t ? spans.get(t) : undefined)).filter((s): s is Span => !!s);
    if (parts.length === 0) continue;
    claims.push({
      content: { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) },
      source: (e.Source && spans.get(e.Source)) || null,
      cue: (e.Cue && spans.get(e.Cue)) || null,
    });
  }
  return claims;
}
