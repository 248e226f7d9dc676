import { anchorAll } from '../../anchoring/index.ts';
import { SCHEMA_VERSION, type Notebook } from '../../model/schema.ts';
import { backupPathOf, hasBackup, openNotebook, readLock, StoreError, type LockInfo } from '../../store/index.ts';
import type { Command } from '../command.ts';
import { CliError, EXIT_FAILED, storeErrorLine } from '../errors.ts';
import { plural, quoted } from '../format.ts';
import { printLines } from '../io.ts';
import { notebookFile, type NotebookFile } from '../notebook-file.ts';

function anchorCounts(nb: Notebook): Record<'exact' | 'moved' | 'fuzzy' | 'orphaned', number> {
  const counts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const source of nb.sources) {
    const annotations = nb.annotations.filter((a) => a.sourceId === source.id);
    if (annotations.length) for (const r of anchorAll(source.text, annotations).values()) counts[r.state]++;
  }
  return counts;
}

function problemLine(err: StoreError, file: NotebookFile): string {
  const line = storeErrorLine(err, file.arg);
  // The line names a backup that can be restored, and a damaged file's says when there is none. A newer
  // version's way out is a newer app, whatever backup there is.
  if (err.code === 'damaged' || err.code === 'newer-version' || err.backupAvailable) return line;
  return `${line}; there is no backup`;
}

function lockLine(lock: LockInfo | undefined): string[] {
  if (!lock) return [];
  const who = lock.holder === 'cli' ? 'the notebook command-line tool' : 'a Research Notebook window';
  return [`In use: open in ${who} (pid ${lock.pid}) — writing commands are refused until it is closed; check, list, compare and export still work.`];
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check that a notebook file is sound, with counts; or say what is wrong',
  usage: 'check FILE [--json]',
  positionals: [{ name: 'FILE' }],
  options: { json: { type: 'boolean', help: 'Print JSON (see below) instead of text.' } },
  description: [
    'Reads and validates FILE without changing it (read-only: works while the app has it open) and anchors every',
    'annotation. Exit 0 when sound; exit 1 with the problem — damaged, saved by a newer version, missing — and whether',
    'a backup (FILE.bak) exists to restore with: notebook restore FILE.',
  ],
  json: [
    'sound:   { "ok": true, "file", "title", "schemaVersion", "migratedFrom"?: number,',
    '           "counts": { "sources", "annotations", "claims", "actors", "questions", "tags", "relations" },',
    '           "anchors": { "exact", "moved", "fuzzy", "orphaned" }, "backup": boolean,',
    '           "lock": null | { "holder": "app"|"cli", "pid", "hostname", "since" } }',
    'problem: { "ok": false, "file", "code": "not-found"|"damaged"|"newer-version"|"io", "problem", "backup": boolean }',
  ],
  examples: ['notebook check talks.json', 'notebook check talks.json --json'],
  async run(args, io) {
    const file = notebookFile(io, args.positionals[0]!);
    const json = args.flag('json');
    let nb: Notebook;
    let migratedFrom: number | undefined;
    try {
      const store = await openNotebook(file.path, { readOnly: true });
      nb = store.notebook;
      migratedFrom = store.migratedFrom;
      await store.close();
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      const problem = problemLine(err, file);
      if (!json) throw new CliError(problem);
      const result = { ok: false, file: file.path, code: err.code, problem, backup: err.backupAvailable };
      io.stdout.write(JSON.stringify(result, null, 2) + '\n');
      return EXIT_FAILED;
    }
    const counts = {
      sources: nb.sources.length,
      annotations: nb.annotations.length,
      claims: nb.annotations.filter((a) => a.claim).length,
      actors: nb.actors.length,
      questions: nb.questions.length,
      tags: nb.tags.length,
      relations: nb.relations.length,
    };
    const anchors = anchorCounts(nb);
    const backup = await hasBackup(file.path);
    const lock = await readLock(file.path).catch(() => undefined);
    if (json) {
      const result = {
        ok: true,
        file: file.path,
        title: nb.title,
        schemaVersion: SCHEMA_VERSION,
        ...(migratedFrom === undefined ? {} : { migratedFrom }),
        counts,
        anchors,
        backup,
        lock: lock ? { holder: lock.holder, pid: lock.pid, hostname: lock.hostname, since: lock.since } : null,
      };
      io.stdout.write(JSON.stringify(result, null, 2) + '\n');
      return;
    }
    const anchorText = Object.entries(anchors)
      .filter(([, n]) => n > 0)
      .map(([state, n]) => `${n} ${state}`)
      .join(', ');
    printLines(io, [
      `OK: ${file.name} ${quoted(nb.title, 60)} — schema version ${SCHEMA_VERSION}${migratedFrom === undefined ? '' : ` (written in version ${migratedFrom}; updated on the next save)`}.`,
      `${plural(counts.sources, 'source')}, ${plural(counts.annotations, 'annotation')}${anchorText ? ` (${anchorText})` : ''}, ${plural(counts.claims, 'claim')}, ` +
        `${plural(counts.actors, 'actor')}, ${plural(counts.questions, 'question')}, ${plural(counts.tags, 'tag')}, ${plural(counts.relations, 'relation')}.`,
      backup ? `Backup: ${backupPathOf(file.name)}.` : 'Backup: none yet (one is made when the notebook is next opened for writing).',
      ...lockLine(lock),
    ]);
  },
};
