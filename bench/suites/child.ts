// Runs one suite in a process of its own (a fresh heap, so one suite's
// garbage does not slow the next) and writes its result as JSON.
//   node --import tsx bench/suites/child.ts <suite> <result file>
import { writeFile } from 'node:fs/promises';
import type { Row } from '../lib/result.ts';
import { runAnchoring } from './anchoring.ts';
import { runApp } from './app.ts';
import { runClaims } from './claims.ts';
import { runExport } from './export.ts';
import { runImport } from './import.ts';
import { runMerge } from './merge.ts';
import { runStore } from './store.ts';

export interface SuiteResult {
  rows: Row[];
  details: unknown[];
}

export const SUITES: Record<string, (log: (line: string) => void) => Promise<SuiteResult>> = {
  anchoring: runAnchoring,
  store: runStore,
  export: runExport,
  import: runImport,
  app: runApp,
  merge: runMerge,
  claims: runClaims,
};

const [name, out] = process.argv.slice(2);
const suite = name ? SUITES[name] : undefined;
if (!suite || !out) {
  console.error(`usage: child.ts <${Object.keys(SUITES).join('|')}> <result file>`);
  process.exit(2);
}
const result = await suite((line) => console.log(line));
await writeFile(out, JSON.stringify(result));
