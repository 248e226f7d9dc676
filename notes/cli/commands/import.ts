import { RELIABILITY, Source, type Reliability } from '../../model/schema.ts';
import type { ImportReport } from '../../sources/import/index.ts';
import type { Command } from '../command.ts';
import { UsageError } from '../errors.ts';
import { plural, quoted } from '../format.ts';
import { printLines } from '../io.ts';
import { editNotebook, notebookFile } from '../notebook-file.ts';
import { importFile } from '../import-file.ts';

function checkDetails(title: string | undefined, publisher: string | undefined, url: string | undefined, published: string | undefined): void {
  if (title !== undefined && !Source.shape.title.safeParse(title).success) throw new UsageError('--title must be 1 to 200 characters', 'import');
  if (publisher !== undefined && publisher.length > 200) throw new UsageError('--publisher must be at most 200 characters', 'import');
  if (url !== undefined && !Source.shape.url.safeParse(url).success) {
    throw new UsageError(`--url must be a web address starting with http:// or https:// (got "${url}")`, 'import');
  }
  if (published !== undefined && (published.trim() === '' || published.length > 40)) {
    throw new UsageError('--published must be 1 to 40 characters, such as 2024-07-23', 'import');
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Add an article (.txt, .md, .html, .pdf or .docx) to a notebook as a source',
  usage: 'import FILE SOURCE.txt|.md|.html|.pdf|.docx [--title TITLE] [--publisher NAME] [--url URL] [--published DATE] [--author NAME] [--reliability A-F]',
  positionals: [{ name: 'FILE' }, { name: 'SOURCE' }],
  options: {
    title: { type: 'string', value: 'TITLE', help: 'The source title (default: its first heading or line).' },
    publisher: { type: 'string', value: 'NAME', help: 'Who published it, e.g. Rudaw.' },
    url: { type: 'string', value: 'URL', help: 'Where it was published (http or https).' },
    published: { type: 'string', value: 'DATE', help: 'When it was published, as you want it cited, e.g. 2024-07-23.' },
    author: { type: 'string', value: 'NAME', help: 'Who wrote it.' },
    reliability: { type: 'string', value: 'A-F', help: 'How reliable the source is (Admiralty: A reliable … F cannot be judged); its new claims start from it.' },
  },
  description: [
    'Reads SOURCE and adds it to FILE: text files (UTF-8 or UTF-16; line ends are normalised), a saved web page (its',
    'article, as Reader View finds it, with title, author, publisher, date and address), a PDF with a text layer (page',
    'numbers kept for citations) or a Word .docx. Prints what it found and the new source id, which annotate --source',
    'and revise take. The options replace what was found.',
  ],
  examples: [
    'notebook import talks.json coalition-talks.txt --publisher Rudaw --published 2024-07-23',
    'notebook import talks.json statement.pdf --publisher "Government of Iraq"',
    'notebook import talks.json saved-page.html',
    'notebook import talks.json notes.md --title "Field notes"',
  ],
  async run(args, io) {
    const file = notebookFile(io, args.positionals[0]!);
    const title = args.string('title')?.trim();
    const publisher = args.string('publisher')?.trim();
    const url = args.string('url')?.trim();
    const published = args.string('published')?.trim();
    checkDetails(title, publisher, url, published);
    const author = args.string('author')?.trim();
    if (author !== undefined && (author === '' || author.length > 200)) throw new UsageError('--author must be 1 to 200 characters', 'import');
    const reliability = args.string('reliability')?.trim().toUpperCase();
    if (reliability !== undefined && !(RELIABILITY as readonly string[]).includes(reliability)) {
      throw new UsageError(`--reliability must be one of A, B, C, D, E, F (A reliable … F cannot be judged; got "${reliability}")`, 'import');
    }
    const { source: found, report } = await importFile(io, args.positionals[1]!);
    const source = {
      ...found,
      ...(title ? { title } : {}),
      ...(publisher !== undefined ? { publisher } : {}),
      ...(url ? { url } : {}),
      ...(published ? { published } : {}),
      ...(author ? { author } : {}),
      ...(reliability ? { reliability: reliability as Reliability } : {}),
    };
    const same = await editNotebook(file, (nb) => ({
      op: { kind: 'source.add', source },
      result: nb.sources.find((s) => s.sha256 === source.sha256),
    }));
    printLines(io, [
      `Added source ${source.id} ${quoted(source.title, 70)} to ${file.name} (${plural(source.text.length, 'character')}, ${extent(report)}).`,
      ...details(source),
      ...(same ? [`Note: source ${same.id} ${quoted(same.title, 50)} has the same text.`] : []),
    ]);
  },
};

function extent(report: ImportReport): string {
  const paragraphs = plural(report.paragraphs, 'paragraph');
  return report.pages === undefined ? paragraphs : `${plural(report.pages, 'page')}, ${paragraphs}`;
}

/** What was found about the source, one line each, so the analyst can check it before citing it. */
function details(source: Source): string[] {
  const lines: [string, string | undefined][] = [
    ['Publisher', source.publisher || undefined],
    ['Author', source.author],
    ['Published', source.published],
    ['URL', source.url],
    ['Reliability', source.reliability],
  ];
  return lines.filter((l): l is [string, string] => !!l[1]).map(([label, value]) => `  ${label}: ${value}`);
}
