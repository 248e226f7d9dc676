// Runs a test-support script in a child Node process (with tsx, as the app's
// CLI runs) and reads the JSON lines it prints.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

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

export function runChild(script: string, args: string[]): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(here, script), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
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
