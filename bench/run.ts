// npm run bench [-- suite…]: generates the data set (bench/.data, reused
// while unchanged), runs each suite in its own process, prints the table and
// writes bench/results.json (a run of some suites only writes
// bench/.data/results-partial.json instead). BENCH_PROFILE=1 adds
// --cpu-prof to every suite (profiles in bench/.data/profiles).
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BENCH_DIR, DATA_DIR, ensureData } from './generate/data.ts';
import { machine } from './lib/machine.ts';
import { formatTarget, formatValue, verdict, type Row } from './lib/result.ts';
import { markdownTable, textTable } from './lib/table.ts';

const ALL = ['anchoring', 'store', 'export', 'import', 'merge', 'claims', 'app'] as const;

const log = (line: string) => console.log(line);

function runSuite(name: string, out: string): Promise<void> {
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', path.join(DATA_DIR, 'profiles')] : [];
  const child = spawn(process.execPath, [...profile, '--expose-gc', '--import', 'tsx', path.join(BENCH_DIR, 'suites', 'child.ts'), name, out], {
    cwd: path.resolve(BENCH_DIR, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const relay = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) log(`  [${name}] ${line}`);
    });
    stream.on('end', () => rest && log(`  [${name}] ${rest}`));
  };
  relay(child.stdout);
  relay(child.stderr);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`the ${name} suite failed (${signal ?? `exit ${code}`}) — see its output above`))));
  });
}

const asked = process.argv.slice(2);
const unknown = asked.filter((s) => !(ALL as readonly string[]).includes(s));
if (unknown.length) {
  console.error(`Unknown suite ${unknown.join(', ')} — choose from ${ALL.join(', ')}.`);
  process.exit(2);
}
const suites = asked.length ? asked : [...ALL];
const started = performance.now();
const host = machine();
log(`bench on ${host.nproc} × ${host.cpu}, ${host.memoryGB} GB, Node ${host.node}, ${host.chromium}, load ${host.loadAverage}`);
const data = await ensureData(DATA_DIR, log);

const rows: Row[] = [];
const details: Record<string, unknown> = {};
const failures: string[] = [];
for (const name of suites) {
  const out = path.join(DATA_DIR, `result-${name}.json`);
  await rm(out, { force: true });
  const t = performance.now();
  log(`${name}: running`);
  try {
    await runSuite(name, out);
    const result = JSON.parse(await readFile(out, 'utf8')) as { rows: Row[]; details: unknown };
    rows.push(...result.rows);
    details[name] = result.details;
  } catch (err) {
    failures.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
  }
  log(`${name}: ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

const totalSeconds = Math.round((performance.now() - started) / 1000);
log('');
log(textTable(rows));
for (const f of failures) log(`FAILED ${f}`);
log(`\n${rows.filter((r) => verdict(r) === 'pass').length} pass, ${rows.filter((r) => verdict(r) === 'miss').length} miss, ${totalSeconds} s in all`);

const report = {
  date: new Date().toISOString(),
  machine: host,
  seconds: totalSeconds,
  data: { sourceLength: data.sourceLength, paragraphs: data.paragraphs, notebookBytes: data.bytes, editedParagraphs: data.editedParagraphs },
  results: rows.map((r) => ({
    ...r,
    target: r.target ? formatTarget(r.target, r.unit) : null,
    targetValue: r.target ?? null,
    verdict: verdict(r) || null,
    display: { median: formatValue(r.median, r.unit), min: formatValue(r.min, r.unit), max: formatValue(r.max, r.unit) },
  })),
  failures,
  details,
};
const full = suites.length === ALL.length;
await mkdir(DATA_DIR, { recursive: true });
await writeFile(full ? path.join(BENCH_DIR, 'results.json') : path.join(DATA_DIR, 'results-partial.json'), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(path.join(DATA_DIR, 'results.md'), markdownTable(rows));
if (failures.length) process.exitCode = 1;
