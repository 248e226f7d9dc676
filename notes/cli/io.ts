// Where a command's output goes. Commands never touch `process` directly, so
// tests run them in-process with string buffers and a temp folder as cwd.
import path from 'node:path';

export interface CliOutput {
  write(chunk: string | Uint8Array): unknown;
  /** A terminal: binary formats are refused there, tables fit `columns`. */
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: { write(chunk: string): unknown };
  /** Relative FILE arguments are resolved against this folder. */
  cwd: string;
}

export function resolvePath(io: CliIo, file: string): string {
  return path.resolve(io.cwd, file);
}

/** Writes lines to stdout, each ending in a newline. */
export function printLines(io: CliIo, lines: readonly string[]): void {
  if (lines.length) io.stdout.write(lines.join('\n') + '\n');
}
