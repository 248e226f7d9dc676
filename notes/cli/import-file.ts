// Reading a file to import as a source: its size first (a huge file is refused
// before it is read), then importDocument's checks and refusals, each one line.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImportRefusal, importDocument, importSizeProblem, type ImportReport } from '../sources/import/index.ts';
import type { Source } from '../model/schema.ts';
import { CliError, oneLine } from './errors.ts';
import { resolvePath, type CliIo } from './io.ts';

export async function importFile(io: CliIo, arg: string): Promise<{ source: Source; report: ImportReport }> {
  const file = resolvePath(io, arg);
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`“${name}” is a folder — give a .txt, .md, .html, .pdf or .docx file`);
    const tooLarge = importSizeProblem(name, info.size);
    if (tooLarge) throw new CliError(tooLarge);
    bytes = new Uint8Array(await readFile(file));
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as { code?: unknown }).code;
    if (code === 'ENOENT') throw new CliError(`“${name}” was not found (${file}) — check the path`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`“${name}” could not be read: permission denied — check the file's permissions`);
    throw new CliError(`“${name}” could not be read (${oneLine(err instanceof Error ? err.message : String(err))}) — check the file and try again`);
  }
  try {
    return await importDocument(bytes, name);
  } catch (err) {
    if (err instanceof ImportRefusal) throw new CliError(err.message);
    throw err;
  }
}
