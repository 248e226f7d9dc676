import { makeSource } from '../../sources/index.ts';
import { Source } from '../../model/schema.ts';
import { paragraphs } from '../../text/paragraphs.ts';
import type { Command } from '../command.ts';
import { UsageError } from '../errors.ts';
import { plural, quoted } from '../format.ts';
import { printLines } from '../io.ts';
import { editNotebook, notebookFile } from '../notebook-file.ts';
import { readSourceFile } from '../source-file.ts';

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
  summary: 'Add a .txt or .md article to a notebook as a source',
  usage: 'import FILE SOURCE.txt|.md [--title TITLE] [--publisher NAME] [--url URL] [--published DATE]',
  positionals: [{ name: 'FILE' }, { name: 'SOURCE' }],
  options: {
    title: { type: 'string', value: 'TITLE', help: 'The source title (default: its first heading or line).' },
    publisher: { type: 'string', value: 'NAME', help: 'Who published it, e.g. Rudaw.' },
    url: { type: 'string', value: 'URL', help: 'Where it was published (http or https).' },
    published: { type: 'string', value: 'DATE', help: 'When it was published, as you want it cited, e.g. 2024-07-23.' },
  },
  description: [
    'Reads SOURCE (UTF-8 or UTF-16 text; line ends are normalised) and adds it to FILE. Prints the new source id, which',
    'annotate --source and revise take.',
  ],
  examples: ['notebook import talks.json coalition-talks.txt --publisher Rudaw --published 2024-07-23', 'notebook import talks.json notes.md --title "Field notes"'],
  async run(args, io) {
    const file = notebookFile(io, args.positionals[0]!);
    const title = args.string('title')?.trim();
    const publisher = args.string('publisher')?.trim();
    const url = args.string('url')?.trim();
    const published = args.string('published')?.trim();
    checkDetails(title, publisher, url, published);
    const decoded = await readSourceFile(io, args.positionals[1]!);
    const made = await makeSource(decoded, publisher === undefined ? {} : { publisher });
    const source = { ...made, ...(title ? { title } : {}), ...(url ? { url } : {}), ...(published ? { published } : {}) };
    const same = await editNotebook(file, (nb) => ({
      op: { kind: 'source.add', source },
      result: nb.sources.find((s) => s.sha256 === source.sha256),
    }));
    printLines(io, [
      `Added source ${source.id} ${quoted(source.title, 70)} to ${file.name} (${plural(source.text.length, 'character')}, ${plural(paragraphs(source.text).length, 'paragraph')}).`,
      ...(same ? [`Note: source ${same.id} ${quoted(same.title, 50)} has the same text.`] : []),
    ]);
  },
};
