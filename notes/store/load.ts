// Reading a notebook file: bytes → text → JSON → migrated → validated. Any
// failure is a StoreError naming the file and the problem in one line; this
// module never writes, so a damaged file stays exactly as it was.
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { isTooLongProblem } from '../model/limits.ts';
import { migrate, schemaVersionOf } from '../model/migrate.ts';
import { SCHEMA_VERSION, type Notebook } from '../model/schema.ts';
import { validateNotebook } from '../model/validate.ts';
import { StoreError, errnoOf, ioError } from './errors.ts';
import { nodeFs, type StoreFile, type StoreFs } from './fs-seam.ts';

/**
 * Larger files are refused before reading. 512 MB (decimal) stays below V8's
 * longest string (~536.8 million characters), so a file under the limit can
 * always be decoded; parsing one takes a few seconds and a few GB of memory.
 */
export const MAX_NOTEBOOK_BYTES = 512_000_000;

export interface LoadedNotebook {
  notebook: Notebook;
  /** The file's bytes as read: the backup is made from exactly these. */
  bytes: Buffer;
  /** The schema version the file was written in, when older than this app's. */
  migratedFrom?: number;
}

export const backupPathOf = (file: string): string => `${file}.bak`;

/** A backup the analyst can restore: present and not empty. */
export async function hasBackup(file: string, fs: StoreFs = nodeFs): Promise<boolean> {
  try {
    // Through a link, the backup is beside the file it points to (where openNotebook made it).
    const real = await fs.realpath(file).catch(() => file);
    const stat = await fs.stat(backupPathOf(real));
    return stat.isFile() && stat.size > 0;
  } catch {
    return false;
  }
}

/** Rounded up, so a file just over the limit does not read as equal to it. */
const megabytes = (bytes: number) => `${Math.ceil(bytes / 1_000_000)} MB`;

/**
 * The whole file: one read of the size it had when opened (readFile would
 * read it 512 KB at a time), then whatever it grew by meanwhile.
 */
async function readAll(handle: StoreFile, size: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(size);
  let length = 0;
  while (length < size) {
    const { bytesRead } = await handle.read(buffer, length, size - length, length);
    if (bytesRead === 0) return buffer.subarray(0, length);
    length += bytesRead;
  }
  const more: Buffer[] = [];
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
    if (bytesRead === 0) break;
    more.push(chunk.subarray(0, bytesRead));
    length += bytesRead;
  }
  return more.length ? Buffer.concat([buffer, ...more]) : buffer;
}

async function readBytes(file: string, fs: StoreFs): Promise<Buffer> {
  let handle: StoreFile | undefined;
  try {
    handle = await fs.open(file, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.size > MAX_NOTEBOOK_BYTES) {
      throw new StoreError(
        'io',
        file,
        `${path.basename(file)} is ${megabytes(stat.size)}, more than the ${megabytes(MAX_NOTEBOOK_BYTES)} a notebook may hold — it was left unchanged; split its sources into smaller notebooks`,
      );
    }
    return await readAll(handle, stat.size);
  } catch (err) {
    // A missing file, or a folder in its place, can be replaced by its backup.
    const replaceable = errnoOf(err) === 'ENOENT' || errnoOf(err) === 'EISDIR';
    throw ioError(err, file, 'open', { backupAvailable: replaceable && (await hasBackup(file, fs)) });
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** What is wrong with the bytes, or the parsed value. */
function parse(bytes: Buffer): { ok: true; value: unknown } | { ok: false; problem: string } {
  // isUtf8 checks at memory speed; a non-fatal decode would silently turn bad bytes into U+FFFD.
  if (!isUtf8(bytes)) return { ok: false, problem: 'it is not UTF-8 text (is it a notebook file?)' };
  let text = bytes.toString('utf8');
  // Editors on Windows may add a byte-order mark; it is not part of the JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, problem: bytes.length === 0 ? 'the file is empty' : 'the file holds only blank space' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, problem: jsonProblem(err instanceof Error ? err.message : String(err), text) };
  }
}

/**
 * What is wrong with text that is not JSON, without quoting it: the path may
 * lead to a file that is no notebook at all (a link to /etc/passwd), and the
 * parser's own message shows its first characters. Where it went wrong is
 * said as a line and column, which is all an analyst with an editor needs.
 */
function jsonProblem(detail: string, text: string): string {
  // Cut off after a number or a closing bracket, V8 says "Expected ','… at position <the end>".
  const at = /at position (\d+)/.exec(detail);
  const position = at ? Number(at[1]) : undefined;
  if (/end of JSON|Unterminated/i.test(detail) || (position !== undefined && position >= text.trimEnd().length)) {
    return 'it is cut off — its JSON ends early';
  }
  if (!text.trimStart().startsWith('{')) return 'it is not a notebook file — it does not hold JSON (a notebook starts with “{”)';
  if (position === undefined) return 'it is not valid JSON';
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `it is not valid JSON (the first error is on line ${line}, column ${column})`;
}

/** Describes a notebook that cannot be used; says whether the backup can be restored. */
function damaged(file: string, problem: string, backupAvailable: boolean): StoreError {
  const name = path.basename(file);
  // A file from before the limits: not damaged, and its backup is likely just as long.
  if (isTooLongProblem(problem)) return new StoreError('damaged', file, `${name} can't be opened: ${problem} — shorten it in a text editor and open it again; the file was left unchanged`);
  const next = backupAvailable
    ? `restore the backup (${name}.bak) — the damaged file will be kept aside`
    : 'no backup is available (the file was left unchanged) — open another notebook, or put back a copy from your own backups';
  return new StoreError('damaged', file, `${name} can't be opened: ${problem} — ${next}`, { backupAvailable });
}

/** Reads, migrates and validates a notebook file. Never writes. */
export async function loadNotebookFile(file: string, fs: StoreFs = nodeFs): Promise<LoadedNotebook> {
  const bytes = await readBytes(file, fs);
  const parsed = parse(bytes);
  if (!parsed.ok) throw damaged(file, parsed.problem, await hasBackup(file, fs));
  const version = schemaVersionOf(parsed.value);
  if (version !== undefined && version > SCHEMA_VERSION) {
    throw new StoreError(
      'newer-version',
      file,
      `${path.basename(file)} was saved by a newer Research Notebook (schema version ${version}; this one reads up to ${SCHEMA_VERSION}) — update the app to open it; the file was left unchanged`,
      // The file is not damaged, so its backup is not offered: the newer app wrote that backup too (it
      // may be just as new), and going back to an older one would leave the newer work aside.
      { backupAvailable: false },
    );
  }
  const result = validateNotebook(migrate(parsed.value));
  if (!result.ok) throw damaged(file, result.problem, await hasBackup(file, fs));
  return version !== undefined && version < SCHEMA_VERSION
    ? { notebook: result.notebook, bytes, migratedFrom: version }
    : { notebook: result.notebook, bytes };
}
