import { anchorAll, shownAnchoring, type AnchorResult } from '../../anchoring/index.ts';
import type { Annotation, Notebook } from '../../model/schema.ts';
import { paragraphLocator } from '../../text/paragraphs.ts';
import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { grades, listSources, plural, quoted, shortText, stateLabel } from '../format.ts';
import { printLines } from '../io.ts';
import { notebookFile, readNotebook } from '../notebook-file.ts';

/** One annotation as `list --json` prints it. */
export interface ListedAnnotation {
  id: string;
  sourceId: string;
  state: AnchorResult['state'];
  /** Edit distance, for fuzzy anchors only. */
  errors?: number;
  /** The analyst confirmed or re-placed it after a revision. */
  confirmed?: true;
  /** Where the quote is now (UTF-16 offsets, end exclusive); absent when orphaned. */
  start?: number;
  end?: number;
  paragraph?: number;
  quote: string;
  note: string;
  tags: string[];
  claim: { actorId: string; actor: string; questionId: string; question: string; position: string; cue: string; reliability: string; credibility: string } | null;
}

export function listAnnotations(nb: Notebook, sourceId?: string): ListedAnnotation[] {
  const actors = new Map(nb.actors.map((a) => [a.id, a.name]));
  const questions = new Map(nb.questions.map((q) => [q.id, q.text]));
  const tags = new Map(nb.tags.map((t) => [t.id, t.label]));
  const bySource = new Map<string, Annotation[]>();
  for (const a of nb.annotations) {
    if (sourceId !== undefined && a.sourceId !== sourceId) continue;
    bySource.set(a.sourceId, [...(bySource.get(a.sourceId) ?? []), a]);
  }
  const listed: ListedAnnotation[] = [];
  for (const source of nb.sources) {
    const annotations = bySource.get(source.id);
    if (!annotations) continue;
    const results = anchorAll(source.text, annotations);
    const locate = paragraphLocator(source.text);
    const ordered = [...annotations].sort((x, y) => x.target.position.start - y.target.position.start);
    for (const a of ordered) {
      const r = results.get(a.id)!;
      // After a revision the target holds the words found: how they were found is recorded with the annotation.
      const shown = shownAnchoring(a, r);
      const c = a.claim;
      listed.push({
        id: a.id,
        sourceId: a.sourceId,
        state: shown.state,
        ...(shown.state === 'fuzzy' && shown.changes !== undefined ? { errors: shown.changes } : {}),
        ...(shown.confirmed ? { confirmed: true as const } : {}),
        ...(r.state === 'orphaned' || shown.state === 'orphaned' ? {} : { start: r.start, end: r.end, paragraph: locate(r.start) }),
        quote: r.state === 'orphaned' || shown.state === 'orphaned' ? a.target.quote.exact : source.text.slice(r.start, r.end),
        note: a.note,
        tags: a.tags.map((id) => tags.get(id) ?? id),
        claim: c
          ? {
              actorId: c.actorId,
              actor: actors.get(c.actorId) ?? c.actorId,
              questionId: c.questionId,
              question: questions.get(c.questionId) ?? c.questionId,
              position: c.position,
              cue: c.cue,
              reliability: c.reliability,
              credibility: c.credibility,
            }
          : null,
      });
    }
  }
  return listed;
}

function textLines(nb: Notebook, fileName: string, listed: ListedAnnotation[]): string[] {
  const sourceCount = new Set(listed.map((a) => a.sourceId)).size;
  const lines = [`${fileName}: ${plural(listed.length, 'annotation')}${listed.length ? ` in ${plural(sourceCount, 'source')}` : ''}`];
  let currentSource: string | undefined;
  for (const a of listed) {
    if (a.sourceId !== currentSource) {
      currentSource = a.sourceId;
      const source = nb.sources.find((s) => s.id === a.sourceId)!;
      lines.push('', `${source.id} ${quoted(source.title, 70)}`);
    }
    const where = a.paragraph === undefined ? '' : `  ¶${a.paragraph}`;
    lines.push(`  ${a.id}  ${stateLabel(a.state, a.errors)}${a.confirmed ? ', confirmed' : ''}${where}`, `    ${quoted(a.quote, 100)}`);
    if (a.claim) {
      const c = a.claim;
      lines.push(`    ${c.actor} — ${c.position}${c.cue ? ` (${c.cue})` : ''}, ${grades(c.reliability, c.credibility)} · on ${quoted(c.question, 60)}`);
    }
    if (a.tags.length) lines.push(`    tags: ${a.tags.join(', ')}`);
    if (a.note.trim()) lines.push(`    note: ${shortText(a.note, 100)}`);
  }
  return lines;
}

export const listCommand: Command = {
  name: 'list',
  summary: 'List annotations with their anchoring state, quote, claim and tags',
  usage: 'list FILE [--source ID] [--json]',
  positionals: [{ name: 'FILE' }],
  options: {
    source: { type: 'string', value: 'ID', help: 'Only the annotations on this source.' },
    json: { type: 'boolean', help: 'Print JSON (see below) instead of text.' },
  },
  description: [
    'Anchors every annotation in its source (as the app does when it shows them) and lists them by source, in reading',
    'order. States: exact, moved, fuzzy (N errors), orphaned — after `notebook revise`, how the revision found each one',
    '(kept in the notebook), and "confirmed" once the analyst accepted or re-placed it. Opens FILE read-only: works while',
    'the app has it open.',
  ],
  json: [
    '{ "file": string, "annotations": [ { "id", "sourceId", "state": "exact"|"moved"|"fuzzy"|"orphaned",',
    '  "errors"?: number (fuzzy), "confirmed"?: true, "start"?, "end"?, "paragraph"? (absent when orphaned), "quote", "note",',
    '  "tags": [label], "claim": null | { "actorId", "actor", "questionId", "question", "position", "cue",',
    '  "reliability", "credibility" } } ] }',
  ],
  examples: ['notebook list talks.json', 'notebook list talks.json --source src-1a2b3c --json'],
  async run(args, io) {
    const file = notebookFile(io, args.positionals[0]!);
    const nb = await readNotebook(file);
    const sourceId = args.string('source');
    if (sourceId !== undefined && !nb.sources.some((s) => s.id === sourceId)) {
      throw new CliError(`there is no source "${sourceId}" in ${file.name}${nb.sources.length ? ` — its sources are ${listSources(nb)}` : ''}`);
    }
    const listed = listAnnotations(nb, sourceId);
    if (args.flag('json')) io.stdout.write(JSON.stringify({ file: file.path, annotations: listed }, null, 2) + '\n');
    else printLines(io, textLines(nb, file.name, listed));
  },
};
