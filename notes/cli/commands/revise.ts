import { reanchorSource } from '../../anchoring/index.ts';
import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { listSources, plural, quoted, sourceLabel, stateLabel } from '../format.ts';
import { printLines } from '../io.ts';
import { editNotebook, notebookFile } from '../notebook-file.ts';
import { importFile } from '../import-file.ts';

const STATES = ['exact', 'moved', 'fuzzy', 'orphaned'] as const;

export const reviseCommand: Command = {
  name: 'revise',
  summary: "Replace a source's text with a new version and re-anchor its annotations",
  usage: 'revise FILE SOURCE_ID NEW.txt|.md|.html|.pdf|.docx',
  positionals: [{ name: 'FILE' }, { name: 'SOURCE_ID' }, { name: 'NEW' }],
  options: {},
  description: [
    "Keeps the source's title, publisher, URL and date; only the text changes. Every annotation on the source is looked",
    'for in the new text and reported as:',
    '  exact              the quote is where it was',
    '  moved              the same words, elsewhere in the text',
    '  fuzzy (N errors)   close words (the quote itself was edited); N is the edit distance',
    '  orphaned           not found — the annotation is kept, with its old quote, and nothing is lost',
    'Each annotation keeps how it was found (notebook list shows it) until the analyst confirms or re-places it in the app.',
  ],
  examples: ['notebook revise talks.json src-1a2b3c coalition-talks-updated.txt'],
  async run(args, io) {
    const file = notebookFile(io, args.positionals[0]!);
    const sourceId = args.positionals[1]!;
    const { source: fresh } = await importFile(io, args.positionals[2]!);
    const report = await editNotebook(file, (nb) => {
      const old = nb.sources.find((s) => s.id === sourceId);
      if (!old) {
        throw new CliError(
          nb.sources.length
            ? `there is no source "${sourceId}" in ${file.name} — its sources are ${listSources(nb)}`
            : `${file.name} has no sources yet — add one with: notebook import ${file.arg} ARTICLE.txt`,
        );
      }
      const annotations = nb.annotations.filter((a) => a.sourceId === sourceId);
      if (old.sha256 === fresh.sha256) return { op: undefined, result: { old, unchanged: true, lines: [] as string[], counts: new Map<string, number>() } };
      // The new version's pages, or none: the old page starts would point into the wrong text.
      const { pages: _oldPages, ...kept } = old;
      const source = { ...kept, text: fresh.text, format: fresh.format, sha256: fresh.sha256, importedAt: fresh.importedAt, ...(fresh.pages ? { pages: fresh.pages } : {}) };
      const moved = reanchorSource(source.text, annotations);
      const byId = new Map(moved.annotations.map((a) => [a.id, a]));
      const counts = new Map<string, number>();
      const lines = moved.results.map((r) => {
        counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
        const before = annotations.find((a) => a.id === r.annotationId)!.target.quote.exact;
        const now = byId.get(r.annotationId)!.target.quote.exact;
        const quote = r.state === 'fuzzy' && now !== before ? `${quoted(now, 120)} (was ${quoted(before, 120)})` : quoted(before, 120);
        return `  ${stateLabel(r.state, r.errors).padEnd(18)} ${r.annotationId}  ${quote}`;
      });
      return { op: { kind: 'source.replace', source, annotations: moved.annotations }, result: { old, unchanged: false, lines, counts } };
    });
    if (report.unchanged) {
      printLines(io, [`The new text of ${sourceLabel(report.old)} is the same as the old one — nothing was changed.`]);
      return;
    }
    const summary = STATES.map((s) => `${report.counts.get(s) ?? 0} ${s}`).join(', ');
    const orphans = report.counts.get('orphaned') ?? 0;
    printLines(io, [
      `Revised ${sourceLabel(report.old)} in ${file.name} — ${plural(report.lines.length, 'annotation')}:`,
      ...report.lines,
      `${summary}.${orphans ? ` ${orphans === 1 ? 'The orphan is' : 'Orphans are'} kept with ${orphans === 1 ? 'its' : 'their'} old quote; edit or delete ${orphans === 1 ? 'it' : 'them'} in the app.` : ''}`,
    ]);
  },
};
