// The ways a notebook file goes bad, as one table that the store, the CLI and
// the app's e2e tests all walk. Each case starts from a valid notebook file —
// any one: the synthetic notebook, the app's sample — and leaves it as an
// analyst might find it after a sync conflict, a full disk, a hand edit or a
// newer app. No vitest here: Playwright imports this file too.
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { SCHEMA_VERSION } from '../../model/schema.ts';
import { SOURCE_MAX_CHARS } from '../../model/vocabulary.ts';
import type { StoreErrorCode } from '../errors.ts';
import { nodeFs, type StoreFile, type StoreFs } from '../fs-seam.ts';

/** What opening the file does: it opens, or it is refused with this code and words. */
export type Outcome = 'opens' | { code: StoreErrorCode; says: RegExp };

export interface DamageCase {
  name: string;
  /** Opening for editing (the app, `notebook annotate`). */
  edit: Outcome;
  /** Opening to read (`notebook check`, `list`, `compare`, `export`). */
  read: Outcome;
  /** The file opens, and every save of it fails half-way with this errno until released. */
  failSave?: 'ENOSPC' | 'EACCES';
  /** What the refusal of a save says. */
  saveSays?: RegExp;
  /** The notebook can be brought back from `<file>.bak` when one exists. */
  restorable: boolean;
  /** 200 MB on disk: seconds per open, so tests run it in one variant only. */
  huge?: boolean;
  /** Takes the valid notebook at `file` and damages it in place. */
  damage(file: string): Promise<void>;
}

/** A 200 MB notebook: forty sources of 5 MB each (the longest text a source may hold), in valid JSON. */
export const HUGE_BYTES = 200_000_000;
const PADDING_SOURCES = HUGE_BYTES / SOURCE_MAX_CHARS;
const SENTENCE = 'Washington has described the step only as a transition in the role of the coalition. ';

type Json = Record<string, unknown>;
const readJson = async (file: string): Promise<Json> => JSON.parse(await fsp.readFile(file, 'utf8')) as Json;
const writeJson = (file: string, value: unknown) => fsp.writeFile(file, JSON.stringify(value));

/**
 * Adds forty 5 MB sources to the notebook, streamed so the test never holds the
 * 200 MB as one string. `cutOff`: the file ends in the middle of the last one,
 * as after a copy that ran out of room.
 */
async function padTo200MB(file: string, cutOff: boolean): Promise<void> {
  const nb = await readJson(file);
  const marker = (i: number) => `@@padding-${i}@@`;
  const sources = (nb.sources as Json[]) ?? [];
  const at = typeof sources[0]?.importedAt === 'string' ? sources[0].importedAt : '2024-05-01T09:00:00.000Z';
  const padding = Array.from({ length: PADDING_SOURCES }, (_, i) => ({
    id: `appendix-${i + 1}`,
    title: `Appendix ${i + 1}`,
    publisher: 'Wire',
    format: 'text',
    text: marker(i),
    sha256: '0'.repeat(64),
    importedAt: at,
  }));
  const parts = JSON.stringify({ ...nb, sources: [...sources, ...padding] }).split(/@@padding-\d+@@/);
  const chunk = Buffer.from(SENTENCE.repeat(Math.ceil(1_000_000 / SENTENCE.length)).slice(0, 1_000_000));
  const perSource = HUGE_BYTES / PADDING_SOURCES / chunk.length;
  const handle = await fsp.open(file, 'w');
  try {
    await handle.write(parts[0]!);
    for (let i = 0; i < PADDING_SOURCES; i++) {
      const last = i === PADDING_SOURCES - 1;
      for (let j = 0; j < perSource - (last && cutOff ? 1 : 0); j++) await handle.write(chunk);
      if (last && cutOff) return;
      await handle.write(parts[i + 1]!);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Cuts the file past its middle, just after a number: JSON.parse then says
 * "Expected ',' or '}'", not "end of input", yet the file is cut off all the same.
 */
async function truncate(file: string): Promise<void> {
  const text = await fsp.readFile(file, 'utf8');
  const afterNumber = /\d(?=[,}\]])/g;
  afterNumber.lastIndex = Math.floor(text.length / 2);
  const found = afterNumber.exec(text);
  await fsp.writeFile(file, text.slice(0, found ? found.index + 1 : Math.floor(text.length / 2)));
}

const refused = (code: StoreErrorCode, says: RegExp): Outcome => ({ code, says });

export const DAMAGE_CASES: readonly DamageCase[] = [
  {
    name: 'truncated',
    edit: refused('damaged', /is cut off/),
    read: refused('damaged', /is cut off/),
    restorable: true,
    damage: truncate,
  },
  {
    name: 'empty',
    edit: refused('damaged', /the file is empty/),
    read: refused('damaged', /the file is empty/),
    restorable: true,
    damage: (file) => fsp.writeFile(file, ''),
  },
  {
    name: 'null',
    edit: refused('damaged', /expected a notebook object, found null/),
    read: refused('damaged', /expected a notebook object, found null/),
    restorable: true,
    damage: (file) => fsp.writeFile(file, 'null\n'),
  },
  {
    name: 'not JSON',
    edit: refused('damaged', /is not a notebook file/),
    read: refused('damaged', /is not a notebook file/),
    restorable: true,
    // Another program's file saved under the notebook's name.
    damage: (file) => fsp.writeFile(file, '<?xml version="1.0"?>\n<notebook title="Coalition talks"/>\n'),
  },
  {
    name: 'wrong shape',
    edit: refused('damaged', /sources: .*expected array/),
    read: refused('damaged', /sources: .*expected array/),
    restorable: true,
    // Valid JSON, but the sources keyed by id (as a hand edit or another tool might write them).
    damage: async (file) => {
      const nb = await readJson(file);
      const sources = nb.sources as Json[];
      await writeJson(file, { ...nb, sources: Object.fromEntries(sources.map((s) => [s.id, s])) });
    },
  },
  {
    name: 'newer schema version',
    edit: refused('newer-version', new RegExp(`saved by a newer Research Notebook \\(schema version ${SCHEMA_VERSION + 1};.*update the app`)),
    read: refused('newer-version', new RegExp(`saved by a newer Research Notebook \\(schema version ${SCHEMA_VERSION + 1};.*update the app`)),
    // Not damaged: the way out is a newer app, not the backup (the newer app may have written it too).
    restorable: false,
    damage: async (file) => writeJson(file, { ...(await readJson(file)), schemaVersion: SCHEMA_VERSION + 1, aFieldFromTheFuture: {} }),
  },
  {
    name: 'duplicate ids',
    edit: refused('damaged', /annotations: the id ".+" is used twice/),
    read: refused('damaged', /annotations: the id ".+" is used twice/),
    restorable: true,
    // A sync tool merged two copies: one annotation appears twice.
    damage: async (file) => {
      const nb = await readJson(file);
      const annotations = nb.annotations as Json[];
      await writeJson(file, { ...nb, annotations: [...annotations, { ...annotations[0]!, note: 'the other copy' }] });
    },
  },
  {
    name: '200 MB, valid',
    edit: 'opens',
    read: 'opens',
    restorable: false,
    huge: true,
    damage: (file) => padTo200MB(file, false),
  },
  {
    name: '200 MB, cut off',
    edit: refused('damaged', /is cut off/),
    read: refused('damaged', /is cut off/),
    restorable: true,
    huge: true,
    damage: (file) => padTo200MB(file, true),
  },
  {
    name: 'read-only file',
    // Its owner marked it read-only: reading works, editing is refused (the store checks the bits, as root ignores them).
    edit: refused('io', /is a read-only file/),
    read: 'opens',
    restorable: false,
    damage: (file) => fsp.chmod(file, 0o444),
  },
  {
    name: 'symlink to a notebook',
    edit: 'opens',
    read: 'opens',
    restorable: false,
    // The notebook lives in another folder; this name is a link to it.
    damage: async (file) => {
      const real = realFileOf(file);
      await fsp.mkdir(path.dirname(real), { recursive: true });
      await fsp.rename(file, real);
      await fsp.symlink(real, file);
    },
  },
  {
    name: 'symlink to a damaged notebook',
    edit: refused('damaged', /is cut off/),
    read: refused('damaged', /is cut off/),
    restorable: true,
    // Opened through the link before, so its backup is beside the real file; then the real file was cut off.
    damage: async (file) => {
      const real = realFileOf(file);
      await fsp.mkdir(path.dirname(real), { recursive: true });
      await fsp.rename(file, real);
      await fsp.rename(`${file}.bak`, `${real}.bak`).catch(() => undefined);
      await fsp.symlink(real, file);
      await truncate(real);
    },
  },
  {
    name: 'symlink to a missing file',
    edit: refused('not-found', /is a link to .*, which was not found/),
    read: refused('not-found', /is a link to .*, which was not found/),
    restorable: true,
    damage: async (file) => {
      await fsp.rm(file);
      await fsp.symlink(realFileOf(file), file);
    },
  },
  {
    name: 'folder where the file should be',
    edit: refused('io', /is a folder, not a notebook file/),
    read: refused('io', /is a folder, not a notebook file/),
    restorable: true,
    // An unzip or a sync tool made a folder of that name; it holds a file of its own.
    damage: async (file) => {
      await fsp.rm(file);
      await fsp.mkdir(file);
      await fsp.writeFile(path.join(file, 'readme.txt'), 'not a notebook\n');
    },
  },
  {
    name: 'disk full mid-save',
    edit: 'opens',
    read: 'opens',
    failSave: 'ENOSPC',
    saveSays: /could not be saved: the disk is full/,
    restorable: false,
    damage: async () => undefined,
  },
  {
    name: 'permission denied mid-save',
    edit: 'opens',
    read: 'opens',
    failSave: 'EACCES',
    saveSays: /could not be saved: permission denied/,
    restorable: false,
    damage: async () => undefined,
  },
];

export const damageCase = (name: string): DamageCase => {
  const found = DAMAGE_CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no damage case "${name}"`);
  return found;
};

/** Where the symlink cases keep (or would keep) the real notebook. */
export const realFileOf = (file: string): string => path.join(path.dirname(file), 'elsewhere', path.basename(file));

/**
 * What the analyst has at `file`, for before/after comparison: a link (its
 * target, and what is there), a folder (its listing), or a file (its mode and
 * a hash of its bytes). Equal fingerprints: nothing was changed or replaced.
 */
export async function fingerprint(file: string): Promise<string> {
  let stat;
  try {
    stat = await fsp.lstat(file);
  } catch {
    return 'missing';
  }
  if (stat.isSymbolicLink()) {
    const target = await fsp.readlink(file);
    return `link to ${target}: ${await fingerprint(path.resolve(path.dirname(file), target))}`;
  }
  if (stat.isDirectory()) return `folder of ${(await fsp.readdir(file)).sort().join(', ')}`;
  const hash = createHash('sha256');
  const handle = await fsp.open(file, 'r');
  try {
    for await (const chunk of handle.createReadStream()) hash.update(chunk as Buffer);
  } finally {
    await handle.close().catch(() => undefined);
  }
  return `file, mode ${(stat.mode & 0o777).toString(8)}, ${stat.size} bytes, sha256 ${hash.digest('hex')}`;
}

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated by the test`), { code });

/** Is `temp` a temp file of a save of `file` itself (not of its backup, lock or settings)? */
function isSaveOf(file: string, temp: string): boolean {
  const prefix = path.join(path.dirname(file), `.${path.basename(file)}.`);
  return temp.startsWith(prefix) && /^\d+-[0-9a-f]+\.tmp$/.test(temp.slice(prefix.length));
}

/**
 * Makes every save of `file` fail half-way with `code` (the first 4 KB reach
 * the temp file, then the disk says no), through the store's fs seam, until
 * the returned function is called. Patches `fs` (by default nodeFs, which the
 * store, the CLI and the app's handlers use when given no other) in place.
 */
export function failSaves(file: string, code: 'ENOSPC' | 'EACCES', fs: StoreFs = nodeFs): () => void {
  const open = fs.open;
  fs.open = async (target, flags, mode) => {
    const handle = await open(target, flags, mode);
    if (!flags.startsWith('w') || !isSaveOf(file, target)) return handle;
    let written = 0;
    const failing: StoreFile = {
      readFile: () => handle.readFile(),
      read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
      stat: () => handle.stat(),
      chmod: (m) => handle.chmod(m),
      sync: () => handle.sync(),
      close: () => handle.close(),
      async write(bytes, offset, length) {
        const room = Math.max(0, 4096 - written);
        if (length > room) {
          if (room > 0) written += (await handle.write(bytes, offset, room)).bytesWritten;
          throw errno(code);
        }
        const result = await handle.write(bytes, offset, length);
        written += result.bytesWritten;
        return result;
      },
    };
    return failing;
  };
  return () => {
    fs.open = open;
  };
}
