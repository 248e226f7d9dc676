// Reading a .txt/.md file to import: size first (so a huge file is refused
// before it is read), then decodeSourceFile's checks and refusals.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeSourceFile, formatSize, MAX_SOURCE_BYTES, type DecodedSource } from '../sources/index.ts';
import { CliError, oneLine } from './errors.ts';
import { resolvePath, type CliIo } from './io.ts';

export async function readSourceFile(io: CliIo, arg: string): Promise<Extract<DecodedSource, { ok: true }>> {
  const file = resolvePath(io, arg);
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`“${name}” is a folder — give a .txt or .md file`);
    if (info.size > MAX_SOURCE_BYTES) {
      throw new CliError(`“${name}” is ${formatSize(info.size)}; sources can be at most ${formatSize(MAX_SOURCE_BYTES)} — split it into smaller files and import those.`);
    }
    bytes = new Uint8Array(await readFile(file));
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as { code?: unknown }).code;
    if (code === 'ENOENT') throw new CliError(`“${name}” was not found (${file}) — check the path`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`“${name}” could not be read: permission denied — check the file's permissions`);
    throw new CliError(`“${name}” could not be read (${oneLine(err instanceof Error ? err.message : String(err))}) — check the file and try again`);
  }
  const decoded = decodeSourceFile(name, bytes);
  if (!decoded.ok) throw new CliError(decoded.problem);
  return decoded;
}
