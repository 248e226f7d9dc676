import { acceptSuggestions, openSuggestions } from '../../claims/accept.ts';
import { findClaims, type Suggestion } from '../../claims/find.ts';
import { cleanName, findQuestion, NAME_MAX } from '../../claims/resolve.ts';
import { applyOperation } from '../../model/apply.ts';
import { newId, nowIso } from '../../model/factory.ts';
import type { Operation } from '../../model/ops.ts';
import type { Notebook } from '../../model/schema.ts';
import type { Command } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import { listSources, plural, quoted } from '../format.ts';
import { printLines } from '../io.ts';
import { editNotebook, notebookFile, readNotebook } from '../notebook-file.ts';
import { importFile } from '../import-file.ts';

const isTextFile = (arg: string) => /\.(?:txt|md|markdown)$/i.test(arg);

/** One suggestion exactly as --json prints it. */
function asJson(s: Suggestion) {
  return { content: s.content, source: s.source, cue: s.cue, actor: s.actor, text: s.text };
}

function sourceOf(nb: Notebook, fileName: string, id: string | undefined) {
  if (id === undefined) throw new UsageError('with a notebook, suggest needs --source ID (the source to read)', 'suggest');
  const source = nb.sources.find((s) => s.id === id);
  if (!source) throw new CliError(`there is no source "${id}" in ${fileName} — its sources are ${listSources(nb)}`);
  return source;
}

function table(text: string, found: readonly Suggestion[]): string[] {
  if (found.length === 0) return ['No attributed statements found.'];
  return [
    `${plural(found.length, 'suggestion')}:`,
    ...found.map((s, i) => `${String(i + 1).padStart(3)}. ${s.actor ?? '(speaker not named)'}${s.guessed ? ' (guessed)' : ''}${s.cue ? ` — ${text.slice(s.cue.start, s.cue.end)}` : ''} [${s.kind}] ${quoted(s.text, 90)} (${s.content.start}–${s.content.end})`),
  ];
}

export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'Find who said what in a source: claim suggestions to review',
  usage: 'suggest FILE.txt|FILE.md [--json]  |  suggest NOTEBOOK --source ID [--json] [--accept [--question ID|TEXT]]',
  positionals: [{ name: 'FILE' }],
  options: {
    source: { type: 'string', value: 'ID', help: "The notebook's source to read." },
    json: { type: 'boolean', help: 'Print a JSON array (see below) instead of a table.' },
    accept: { type: 'boolean', help: 'Add every open suggestion to the notebook as a claim, position "(to review)".' },
    question: { type: 'string', value: 'ID|TEXT', help: "With --accept: the question the claims answer, created if new (default: the notebook's only question)." },
  },
  description: [
    'Finds attributed statements (direct and indirect speech, "according to", split quotes) and who makes them.',
    "On a notebook's source, suggestions the analyst dismissed or already annotated are left out, and speakers",
    "are matched to the notebook's actors by name and alias.",
    '--accept adds each as an annotation with a claim: the actor matched or created, position "(to review)",',
    "reliability the source's latest claim's (else F, cannot be judged), credibility 6 (cannot be judged) — grades",
    'the analyst sets on review.',
  ],
  json: [
    '[{"content":{"start":N,"end":N}, "source":{"start":N,"end":N}|null, "cue":{"start":N,"end":N}|null, "actor":"name"|null, "text":"…"}]',
    "Offsets are UTF-16, end exclusive, into the text as decoded (a UTF-8 file with LF line endings: the file's characters).",
  ],
  examples: ['notebook suggest article.txt --json', 'notebook suggest talks.json --source src-1a2b3c', 'notebook suggest talks.json --source src-1a2b3c --accept'],
  async run(args, io) {
    const arg = args.positionals[0]!;
    const json = args.flag('json');
    if (isTextFile(arg)) {
      if (args.flag('accept')) throw new UsageError('--accept needs a notebook: notebook suggest NOTEBOOK --source ID --accept', 'suggest');
      const { text } = (await importFile(io, arg)).source;
      const found = findClaims(text);
      if (json) io.stdout.write(`${JSON.stringify(found.map(asJson))}\n`);
      else printLines(io, table(text, found));
      return;
    }
    const file = notebookFile(io, arg);
    if (!args.flag('accept')) {
      const nb = await readNotebook(file);
      const source = sourceOf(nb, file.name, args.string('source'));
      const found = openSuggestions(nb, source.id, source.text, findClaims(source.text, { actors: nb.actors }));
      if (json) io.stdout.write(`${JSON.stringify(found.map(asJson))}\n`);
      else printLines(io, table(source.text, found));
      return;
    }
    const { added, createdQuestion } = await editNotebook(file, (read) => {
      const source = sourceOf(read, file.name, args.string('source'));
      const wanted = args.string('question');
      if (wanted === undefined && read.questions.length !== 1) {
        throw new UsageError(`--accept needs --question ID|TEXT — ${file.name} has ${plural(read.questions.length, 'question')}`, 'suggest');
      }
      const now = nowIso();
      let nb = read;
      const made: Operation[] = [];
      let question = wanted === undefined ? nb.questions[0] : findQuestion(nb, wanted, { byId: true });
      if (!question) {
        // A question typed that the notebook does not have yet is created, as `annotate` creates one.
        const text = cleanName(wanted!);
        if (!text || text.length > NAME_MAX) throw new UsageError(`--question is empty or longer than ${NAME_MAX} characters — give the question in 1–${NAME_MAX}`, 'suggest');
        question = { id: newId('q-'), text, positions: [] };
        made.push({ kind: 'question.add', question });
        nb = applyOperation(nb, made[0]!, now).notebook;
      }
      const found = openSuggestions(nb, source.id, source.text, findClaims(source.text, { actors: nb.actors }));
      const { ops, annotations } = acceptSuggestions(nb, source.id, found, { questionId: question.id, now, makeId: newId });
      const all = [...made, ...ops];
      return { op: all.length ? { kind: 'batch', ops: all } : undefined, result: { added: annotations.length, createdQuestion: made.length ? question.text : undefined } };
    });
    printLines(io, [
      ...(createdQuestion ? [`Created question “${createdQuestion}”.`] : []),
      added ? `Added ${plural(added, 'claim')} to review (position “(to review)”).` : 'No new suggestions to add.',
    ]);
  },
};
