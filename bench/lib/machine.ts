// The machine the figures were measured on.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { chromiumPath } from '../../e2e/harness/chromium.ts';

export interface Machine {
  nproc: number;
  cpu: string;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the bench started: other work on the machine skews timings. */
  loadAverage: number;
}

export function machine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux: os.cpus() it is
  }
  let chromium = 'not found';
  try {
    const out = spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8', timeout: 10_000 });
    chromium = (out.stdout || out.stderr).split('\n').find((l) => /chrom/i.test(l))?.trim() ?? chromium;
  } catch {
    // reported as not found
  }
  return {
    nproc: os.availableParallelism(),
    cpu,
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
    loadAverage: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}
