// Runs a test-support script in a child Node process and reads the JSON
// lines it prints: with tsx (as the CLI runs), or from a one-file bundle made
// once per test file — a tsx start costs ~0.75 CPU-seconds, a bundle's ~0.2,
// which decides whether hundreds of kill rounds fit in a minute on two cores.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Bundles a test-support script into `folder`; returns the .mjs to run with plain node. */
export async function bundleScript(script: string, folder: string): Promise<string> {
  const outfile = path.join(folder, script.replace(/\.ts$/, '.mjs'));
  await build({ entryPoints: [path.join(here, script)], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
  return outfile;
}

export interface Child {
  proc: ChildProcessWithoutNullStreams;
  /** Every JSON line printed so far. */
  lines: Record<string, unknown>[];
  /** Resolves with the first line (from now on, or already seen after `from`) that matches. */
  next(match: (line: Record<string, unknown>) => boolean, from?: number): Promise<Record<string, unknown>>;
  send(line: string): void;
  /** Resolves once the process has exited and its output is read. */
  exited: Promise<void>;
}

/** Runs `script` with tsx, or `bundle` (from bundleScript) with plain node. */
export function runChild(script: string, args: string[], bundle?: string): Child {
  const entry = bundle ? [bundle] : ['--import', 'tsx', path.join(here, script)];
  const proc = spawn(process.execPath, [...entry, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: Record<string, unknown>[] = [];
  const listeners = new Set<() => void>();
  let buffer = '';
  let stderr = '';
  proc.stdout.setEncoding('utf8');
  proc.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const text = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        lines.push(JSON.parse(text) as Record<string, unknown>);
      } catch {
        lines.push({ event: 'garbage', text });
      }
    }
    for (const l of listeners) l();
  });
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  proc.stdin.on('error', () => undefined);
  let done = false;
  const exited = new Promise<void>((resolve) =>
    proc.on('close', () => {
      done = true;
      for (const l of listeners) l();
      resolve();
    }),
  );
  return {
    proc,
    lines,
    exited,
    send: (line) => {
      proc.stdin.write(line + '\n');
    },
    next(match, from = lines.length) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = lines.slice(from).find(match);
          if (found) {
            listeners.delete(check);
            resolve(found);
          } else if (done) {
            listeners.delete(check);
            reject(new Error(`child ${script} ended without the expected line; stderr: ${stderr.slice(-2000)}`));
          }
        };
        listeners.add(check);
        check();
      });
    },
  };
}
