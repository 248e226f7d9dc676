// `notebook merge OURS THEIRS`: a colleague's notebook merged into ours, as
// `git merge` does — OURS (or -o OUT) is written, THEIRS never is. The
// summary says what came in; conflicts are written into the notebook, listed,
// and make the exit code 1 until the analyst resolves them in the app.
import { realpath } from 'node:fs/promises';
import { nowIso } from '../../model/factory.ts';
import type { MergeConflict, Notebook } from '../../model/schema.ts';
import { DELETED_FIELD, planMerge, type MergePlan, type Tally } from '../../merge/index.ts';
import { createNotebookFile, StoreError } from '../../store/index.ts';
import type { Command } from '../command.ts';
import { CliError, EXIT_FAILED, storeErrorLine } from '../errors.ts';
import { plural, quoted, shortText } from '../format.ts';
import { printLines, type CliIo } from '../io.ts';
import { editNotebook, notebookFile, readNotebook, type NotebookFile } from '../notebook-file.ts';

const realOr = (file: string) => realpath(file).catch(() => file);

const tally = (t: Tally): string =>
  [t.added && `${t.added} new`, t.changed && `${t.changed} changed`, t.removed && `${t.removed} removed`, t.conflicts && plural(t.conflicts, 'conflict')]
    .filter(Boolean)
    .join(', ');

function valueText(value: unknown): string {
  if (value === undefined) return '(deleted)';
  if (typeof value === 'string') return quoted(value, 50);
  return shortText(JSON.stringify(value), 50);
}

function recordLabel(nb: Notebook, c: MergeConflict): string {
  if (c.kind === 'annotation') {
    const a = nb.annotations.find((x) => x.id === c.recordId);
    return a ? `annotation ${c.recordId} on ${quoted(a.target.quote.exact, 40)}` : `annotation ${c.recordId}`;
  }
  return c.kind === 'briefing' ? 'the briefing' : `${c.kind === 'keyJudgment' ? 'key judgment' : c.kind} ${c.recordId}`;
}

function conflictLine(nb: Notebook, c: MergeConflict): string {
  if (c.field === DELETED_FIELD) {
    return `  ${recordLabel(nb, c)}: deleted in ${c.ours === undefined ? 'ours' : 'theirs'}, edited in the other — kept (from ${quoted(c.from, 30)})`;
  }
  return `  ${recordLabel(nb, c)}, ${c.field}: ours ${valueText(c.ours)} — theirs ${valueText(c.theirs)} (from ${quoted(c.from, 30)})`;
}

function summaryLines(plan: MergePlan, theirs: NotebookFile, target: NotebookFile, base: string, written: boolean): string[] {
  const s = plan.summary;
  const a = s.annotations;
  const lines = [
    `Merged ${theirs.name} (${s.from}) into ${target.name}: ${plural(a.added, 'new annotation')}, ${a.changed} changed, ${a.removed} removed; ` +
      `${plural(s.otherRecords.added + s.otherRecords.changed + s.otherRecords.removed, 'other record')} added, changed or removed; ${plural(s.conflicts, 'new conflict')}.`,
    `Base: ${base}.`,
  ];
  if (s.otherArticle) lines.push(`Note: ${theirs.name} shares no source with ${target.name} — another article; its ${plural(s.newSources.length, 'source')} came in as extra sources.`);
  else if (s.newSources.length) lines.push(`New sources: ${s.newSources.map((x) => quoted(x.title, 50)).join(', ')}.`);
  for (const x of s.bySource) lines.push(`  source ${quoted(x.title, 50)}: ${tally(x)}`);
  for (const x of s.byActor) lines.push(`  actor ${quoted(x.name, 40)}: ${tally(x)}`);
  const conflicts = plan.notebook.conflicts ?? [];
  if (conflicts.length) {
    lines.push(`${plural(conflicts.length, 'conflict')} to resolve (ours kept, theirs recorded in ${target.name}):`);
    for (const c of conflicts) lines.push(conflictLine(plan.notebook, c));
  } else {
    lines.push(`No conflicts. ${written ? `Saved ${target.name}.` : `${target.name} already held everything; nothing was written.`}`);
  }
  return lines;
}

async function readInput(io: CliIo, arg: string): Promise<{ file: NotebookFile; notebook: Notebook }> {
  const file = notebookFile(io, arg);
  return { file, notebook: await readNotebook(file) };
}

export const mergeCommand: Command = {
  name: 'merge',
  summary: "Merge a colleague's notebook into yours; conflicts are kept for you to resolve",
  usage: 'merge OURS THEIRS [--base BASE] [-o OUT] [--json]',
  positionals: [{ name: 'OURS' }, { name: 'THEIRS' }],
  options: {
    base: { type: 'string', value: 'BASE', help: 'A notebook both started from (default: what OURS remembers from the last merge of THEIRS).' },
    out: { type: 'string', short: 'o', value: 'OUT', help: 'Write the result to OUT, a new file, and leave OURS as it is.' },
    json: { type: 'boolean', help: 'Print JSON (see below) instead of text.' },
  },
  description: [
    'Brings THEIRS into OURS record by record: a change made on one side is taken; changes to different fields of one',
    'record are both kept; the same field changed on both sides keeps ours and records theirs as a conflict; a record',
    'deleted on one side and edited on the other is kept and flagged. The same article imported twice is one source;',
    'actors, questions and tags of the same name become one. OURS remembers what THEIRS held, so merging a later',
    'version of it repeats nothing. OURS is written (or OUT); THEIRS and BASE never are.',
    'Exit 0 when no conflict remains; exit 1 with the conflicts listed (the file is written, with them marked).',
  ],
  json: [
    '{ "ok": boolean (no conflicts left), "file": written path, "written": boolean, "from", "base": "file"|"memory"|"none",',
    '  "otherArticle", "annotations": { "added", "changed", "removed", "conflicts" }, "otherRecords": {…},',
    '  "newSources": [{ "id", "title" }], "bySource": [{ "sourceId", "title", …counts }], "byActor": [{ "actorId", "name", …counts }],',
    '  "conflicts": [{ "id", "kind", "recordId", "field", "ours"?, "theirs"?, "from", "at" }] }',
  ],
  examples: ['notebook merge talks.json talks-sam.json', 'notebook merge talks.json talks-sam.json -o talks-merged.json --json'],
  async run(args, io) {
    const oursFile = notebookFile(io, args.positionals[0]!);
    const theirs = await readInput(io, args.positionals[1]!);
    const outArg = args.string('out');
    const [oursReal, theirsReal] = await Promise.all([realOr(oursFile.path), realOr(theirs.file.path)]);
    if (oursReal === theirsReal) {
      throw new CliError(`${oursFile.arg} and ${theirs.file.arg} are the same file — give your colleague's notebook as THEIRS; nothing was changed`);
    }
    const baseInput = args.string('base') === undefined ? undefined : await readInput(io, args.string('base')!);
    const now = nowIso();
    const plan = (ours: Notebook) => planMerge(ours, theirs.notebook, { base: baseInput?.notebook, now });

    let target = oursFile;
    let result: MergePlan;
    let written = true;
    if (outArg === undefined) {
      // OURS opened for writing (the lock held), merged, checked, saved; nothing is saved if any step fails.
      ({ result, written } = await editNotebook(oursFile, (ours) => {
        const merged = plan(ours);
        const changed = merged.notebook !== ours;
        return { op: undefined, ...(changed ? { notebook: merged.notebook } : {}), result: { result: merged, written: changed } };
      }));
    } else {
      target = notebookFile(io, outArg);
      const outReal = await realOr(target.path);
      if (outReal === theirsReal || (baseInput && outReal === (await realOr(baseInput.file.path)))) {
        throw new CliError(`-o ${outArg} would overwrite an input — THEIRS and BASE are never written; choose a new file; nothing was changed`);
      }
      result = plan(await readNotebook(oursFile));
      try {
        await createNotebookFile(target.path, result.notebook);
      } catch (err) {
        throw err instanceof StoreError ? new CliError(storeErrorLine(err, target.arg)) : err;
      }
    }
    const base = baseInput ? baseInput.file.name : result.summary.hadBase ? `what ${oursFile.name} remembers of ${theirs.file.name} from the last merge` : 'none — the first merge of these notebooks, a union of both';
    const conflicts = result.notebook.conflicts ?? [];
    if (args.flag('json')) {
      const s = result.summary;
      const out = {
        ok: conflicts.length === 0,
        file: target.path,
        written,
        from: s.from,
        base: baseInput ? 'file' : s.hadBase ? 'memory' : 'none',
        otherArticle: s.otherArticle,
        annotations: s.annotations,
        otherRecords: s.otherRecords,
        newSources: s.newSources,
        bySource: s.bySource,
        byActor: s.byActor,
        conflicts,
      };
      io.stdout.write(JSON.stringify(out, null, 2) + '\n');
    } else {
      printLines(io, summaryLines(result, theirs.file, target, base, written));
    }
    if (!conflicts.length) return;
    io.stderr.write(`notebook: ${plural(conflicts.length, 'conflict')} left to resolve in ${target.name} — open it in Research Notebook to choose ours, theirs or both\n`);
    return EXIT_FAILED;
  },
};
