// The claim finder on PolNeAR's dev split (scored as in issue #17, see
// bench/lib/claims-score.ts), its speed per 1,000 words, and one
// `notebook suggest` process on the seed article, start-up included.
// PolNeAR is read from POLNEAR_DIR; without it the accuracy rows are skipped
// with a note saying how to get it. The test split is never read.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findClaims } from '../../notes/claims/find.ts';
const SAMPLE_ARTICLE_PATH = path.resolve('notes/samples/coalition-talks.txt');
import { figures, score, emptyTally } from '../lib/claims-score.ts';
import { POLNEAR_HOWTO, polnearDir, readSplit, type Split } from '../lib/polnear.ts';
import { ge, le, row, type Row } from '../lib/result.ts';
import { repeat, summarize } from '../lib/stats.ts';

const once = (value: number) => summarize([value]);

export async function runClaims(log: (line: string) => void): Promise<{ rows: Row[]; details: Record<string, unknown>[] }> {
  const rows: Row[] = [];
  const details: Record<string, unknown>[] = [];
  const cli = await repeat(() => {
    const t = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('notes/cli/main.ts'), 'suggest', SAMPLE_ARTICLE_PATH, '--json'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`notebook suggest failed: ${run.stderr}`);
    return performance.now() - t;
  }, { runs: 3 });
  rows.push(row('claims', '`notebook suggest` process, 750-word article (tsx)', 'ms', cli, le(1000), 'start-up and TypeScript loading included'));

  // The seed article repeated on one line to 1 MB: no paragraph breaks to stop a scan back.
  const line = `${readFileSync(SAMPLE_ARTICLE_PATH, 'utf8').replace(/\s*\n\s*/g, ' ')} `;
  const oneLine = line.repeat(Math.ceil(1_000_000 / line.length));
  const oneLineWords = oneLine.split(/\s+/).filter(Boolean).length;
  const long = await repeat(() => {
    const t = performance.now();
    findClaims(oneLine);
    return performance.now() - t;
  }, { runs: 3 });
  rows.push(row('claims', 'Finder on 1 MB of one-line text', 'ms', long, le((oneLineWords / 1000) * 50), `${oneLineWords} words; the per-1,000-words budget`));

  const dir = polnearDir();
  if (!dir) {
    for (const line of POLNEAR_HOWTO) log(line);
    details.push({ polnear: 'absent' });
    return { rows, details };
  }
  const split = (process.env.POLNEAR_SPLIT ?? 'dev') as Split;
  if (split !== 'dev' && split !== 'train') throw new Error('POLNEAR_SPLIT is train or dev (the test split is held out)');
  const articles = readSplit(dir, split);
  const tally = emptyTally();
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
  for (const a of articles) score(a.text, a.claims, findClaims(a.text), tally);
  // The finder's time, per 1,000 words, over the whole split: several passes after a warm-up one.
  const perThousand = await repeat(() => {
    const t = performance.now();
    for (const a of articles) findClaims(a.text);
    return ((performance.now() - t) / words) * 1000;
  });
  const f = figures(tally);
  const note = `PolNeAR ${split}, ${articles.length} articles, ${tally.gold} attributions`;
  log(`claims: ${note}: soft F1 ${f.f1.toFixed(3)}, direct recall ${f.directRecall.toFixed(3)}, indirect ${f.indirectRecall.toFixed(3)}`);
  rows.push(
    row('claims', 'Soft F1 (content spans)', '%', once(f.f1), ge(0.6), note),
    row('claims', 'Soft precision', '%', once(f.precision)),
    row('claims', 'Soft recall', '%', once(f.recall)),
    row('claims', 'Strict F1 (edges within 2 characters)', '%', once(f.strictF1)),
    row('claims', 'Recall, direct quotes', '%', once(f.directRecall), ge(0.95)),
    row('claims', 'Recall, mixed (partly quoted)', '%', once(f.mixedRecall)),
    row('claims', 'Recall, indirect', '%', once(f.indirectRecall), ge(0.45)),
    row('claims', 'Source right, of matched claims', '%', once(f.sourceRight), ge(0.85)),
    row('claims', 'Finder time per 1,000 words', 'ms', perThousand, le(50), `${words} words, whole split per run`),
  );
  details.push({ split, articles: articles.length, tally, figures: f });
  return { rows, details };
}
