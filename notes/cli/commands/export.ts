import path from 'node:path';
import type { Notebook } from '../../model/schema.ts';
import { annotationsToCsv, briefingToDocx, briefingToHtml, briefingToMarkdown, toW3CCollection } from '../../export/index.ts';
import { backupPathOf, lockPathOf, StoreError, writeFileAtomic } from '../../store/index.ts';
import { formatSize } from '../../sources/index.ts';
import type { Command } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import { printLines, resolvePath } from '../io.ts';
import { notebookFile, readNotebook } from '../notebook-file.ts';

interface Format {
  name: string;
  extensions: string[];
  binary: boolean;
  render(nb: Notebook): string | Promise<Uint8Array>;
}

const FORMATS: Record<string, Format> = {
  md: { name: 'Markdown briefing', extensions: ['.md', '.markdown'], binary: false, render: briefingToMarkdown },
  html: { name: 'HTML briefing', extensions: ['.html', '.htm'], binary: false, render: briefingToHtml },
  docx: { name: 'Word briefing', extensions: ['.docx'], binary: true, render: briefingToDocx },
  w3c: { name: 'W3C Web Annotation collection', extensions: ['.json', '.jsonld'], binary: false, render: (nb) => JSON.stringify(toW3CCollection(nb), null, 2) + '\n' },
  csv: { name: 'CSV of annotations', extensions: ['.csv'], binary: false, render: annotationsToCsv },
};
const ALIASES: Record<string, string> = { markdown: 'md', htm: 'html', word: 'docx', json: 'w3c' };
const NAMES = Object.keys(FORMATS).join('|');

export const PDF_MESSAGE = 'PDF export needs the app (it prints the HTML with Chromium); export html and print it';

function chooseFormat(given: string | undefined, out: string | undefined): string {
  if (given !== undefined) {
    const key = given.trim().toLowerCase();
    if (key === 'pdf') throw new CliError(PDF_MESSAGE);
    const name = ALIASES[key] ?? key;
    if (!FORMATS[name]) throw new UsageError(`--format must be one of ${NAMES} (got "${given}")`, 'export');
    return name;
  }
  const ext = out === undefined ? '' : path.extname(out).toLowerCase();
  if (ext === '.pdf') throw new CliError(PDF_MESSAGE);
  const byExtension = Object.entries(FORMATS).find(([, f]) => f.extensions.includes(ext))?.[0];
  if (!byExtension) throw new UsageError(`export needs --format ${NAMES}`, 'export');
  return byExtension;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the briefing (md, html, docx) or the annotations (w3c, csv)',
  usage: `export FILE --format ${NAMES} [-o OUT]`,
  positionals: [{ name: 'FILE' }],
  options: {
    format: { type: 'string', value: 'FORMAT', help: `${NAMES}; may be left out when OUT's extension says it (.md, .html, .docx, .json, .csv).` },
    output: { type: 'string', short: 'o', value: 'OUT', help: 'Write to this file (replaced whole, or left as it was on error). Default: standard output.' },
  },
  description: [
    'md, html, docx: the briefing note (BLUF, key judgments, conflicting-claims tables, excerpts with citations, sources).',
    'w3c: every annotation as a W3C Web Annotation collection (JSON-LD). csv: one row per annotation.',
    'Word output is binary: it goes to standard output only when that is a file or a pipe, not a terminal.',
    `PDF is made by the app, which prints the HTML with Chromium: export html and print it.`,
    'Opens FILE read-only: works while the app has it open.',
  ],
  examples: [
    'notebook export talks.json --format md',
    'notebook export talks.json --format docx -o briefing.docx',
    'notebook export talks.json -o annotations.csv',
    'notebook export talks.json --format w3c > annotations.jsonld',
  ],
  async run(args, io) {
    const file = notebookFile(io, args.positionals[0]!);
    const outArg = args.string('output');
    const format = FORMATS[chooseFormat(args.string('format'), outArg)]!;
    const out = outArg === undefined ? undefined : resolvePath(io, outArg);
    if (out !== undefined && [file.path, backupPathOf(file.path), lockPathOf(file.path)].includes(out)) {
      throw new UsageError(`-o ${outArg} would overwrite the notebook itself — choose another file`, 'export');
    }
    if (out === undefined && format.binary && io.stdout.isTTY) {
      throw new CliError(`${format.name} is a binary file — give -o briefing.docx, or redirect the output to a file`);
    }
    const nb = await readNotebook(file);
    const content = await format.render(nb);
    if (out === undefined) {
      io.stdout.write(content);
      return;
    }
    try {
      await writeFileAtomic(out, content);
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      const [what] = err.message.split(' — ');
      throw new CliError(`${what} — nothing was written; choose another place with -o`);
    }
    const size = typeof content === 'string' ? new TextEncoder().encode(content).length : content.length;
    printLines(io, [`Wrote ${path.basename(out)} (${format.name}, ${formatSize(size)}).`]);
  },
};
