import { describe } from '../../anchoring/index.ts';
import { newId, nowIso } from '../../model/factory.ts';
import { lengthProblem } from '../../model/limits.ts';
import type { Operation } from '../../model/ops.ts';
import { NOTE_MAX_CHARS } from '../../model/vocabulary.ts';
import type { Annotation, Notebook, Source } from '../../model/schema.ts';
import { paragraphLocator } from '../../text/paragraphs.ts';
import { checkOptions, planEntities } from '../claim-plan.ts';
import type { Command } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import { findQuote, type QuoteMatch } from '../find-quote.ts';
import { grades, listSources, plural, quoted } from '../format.ts';
import { printLines } from '../io.ts';
import { editNotebook, notebookFile } from '../notebook-file.ts';

interface Occurrence extends QuoteMatch {
  source: Source;
  paragraph: number;
}

function parseOccurrence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) throw new UsageError(`--occurrence must be a whole number from 1 (got "${value}")`, 'annotate');
  return Number(value);
}

/** Where the quote is, in reading order: sources in notebook order, then by place. */
function occurrencesOf(nb: Notebook, fileName: string, fileArg: string, quote: string, sourceId: string | undefined): { found: Occurrence[]; where: string } {
  if (nb.sources.length === 0) throw new CliError(`${fileName} has no sources yet — add one with: notebook import ${fileArg} ARTICLE.txt`);
  let sources = nb.sources;
  if (sourceId !== undefined) {
    const source = nb.sources.find((s) => s.id === sourceId);
    if (!source) throw new CliError(`there is no source "${sourceId}" in ${fileName} — its sources are ${listSources(nb)}`);
    sources = [source];
  }
  const found = sources.flatMap((source) => {
    const locate = paragraphLocator(source.text);
    return findQuote(source.text, quote).matches.map((m) => ({ ...m, source, paragraph: locate(m.start) }));
  });
  const where = sources.length === 1 ? quoted(sources[0]!.title, 50) : plural(sources.length, 'source');
  return { found, where };
}

function chooseOccurrence(found: Occurrence[], where: string, quote: string, occurrence: number | undefined): Occurrence {
  const q = quoted(quote, 50);
  if (found.length === 0) {
    throw new CliError(`${q} was not found in ${where} — quote the words exactly as they appear in the source (straight and curly quotes count as the same)`);
  }
  if (occurrence !== undefined) {
    if (occurrence > found.length) throw new CliError(`${q} occurs only ${found.length === 1 ? 'once' : `${found.length} times`} in ${where} — --occurrence ${occurrence} is too high`);
    return found[occurrence - 1]!;
  }
  if (found.length === 1) return found[0]!;
  const sources = new Set(found.map((f) => f.source.id));
  const places = found.map((f) => (sources.size > 1 ? `${f.source.id} ¶${f.paragraph}` : `¶${f.paragraph}`)).join(', ');
  throw new CliError(`${q} occurs ${found.length} times in ${where} (${places}) — choose one with --occurrence 1–${found.length}, or quote more words`);
}

export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'Annotate a quote in a source, optionally as a claim by an actor',
  usage: 'annotate FILE --quote "exact words" [--source ID] [--occurrence N] [--note MARKDOWN] [--tag LABEL]... [--actor NAME --position LABEL ...]',
  positionals: [{ name: 'FILE' }],
  options: {
    quote: { type: 'string', value: 'TEXT', help: 'The words to annotate, as in the source (straight quotes match curly ones).' },
    source: { type: 'string', value: 'ID', help: 'Look only in this source (default: every source).' },
    occurrence: { type: 'string', value: 'N', help: 'Which occurrence, when the quote appears more than once (1 = first).' },
    note: { type: 'string', value: 'MARKDOWN', help: 'Your note on the quote.' },
    tag: { type: 'strings', value: 'LABEL', help: 'A tag, by label (any case); created when no tag has it.' },
    actor: { type: 'string', value: 'NAME', help: 'Who makes the claim: an actor name or alias (any case), or a new actor.' },
    question: { type: 'string', value: 'ID|TEXT', help: "The question the claim answers (default: the notebook's only question)." },
    position: { type: 'string', value: 'LABEL', help: "The claim's position on the question; added to the question if new." },
    cue: { type: 'string', value: 'WORD', help: 'The attribution cue in the text: said, maintained, described…' },
    reliability: { type: 'string', value: 'A-F', help: "Admiralty source reliability (default: the source's last claim's, else F)." },
    credibility: { type: 'string', value: '1-6', help: 'Admiralty information credibility (default: 6, cannot be judged).' },
  },
  description: [
    'Finds the quote in the source and saves an annotation on it. A quote that occurs more than once needs --occurrence',
    'or more words; the error names the paragraphs where it occurs.',
    'With --actor and --position (and --question, unless the notebook has one question) the annotation is a claim.',
    'Actors, questions, positions and tags are matched by name, ignoring case; what does not exist yet is created.',
  ],
  examples: [
    'notebook annotate talks.json --quote "the commission aims to conclude the presence of the coalition forces in the country" \\',
    '    --actor Baghdad --question "What happens to the coalition\'s mission?" --position "End of the mission" --cue maintained',
    'notebook annotate talks.json --quote transition --occurrence 1 --actor Washington --position Transition --cue described',
    'notebook annotate talks.json --quote "no timelines" --note "Pentagon, February" --tag timeline',
  ],
  async run(args, io) {
    const file = notebookFile(io, args.positionals[0]!);
    const quote = args.string('quote');
    if (quote === undefined) throw new UsageError('annotate needs --quote "exact words"', 'annotate');
    if (quote.trim() === '') throw new UsageError('--quote is empty — give the words to annotate', 'annotate');
    const noteTooLong = lengthProblem('--note', args.string('note') ?? '', NOTE_MAX_CHARS);
    if (noteTooLong) throw new UsageError(`${noteTooLong} — shorten it, or split it across several annotations`, 'annotate');
    const occurrence = parseOccurrence(args.string('occurrence'));
    const checked = checkOptions(
      {
        actor: args.string('actor'),
        question: args.string('question'),
        position: args.string('position'),
        cue: args.string('cue'),
        reliability: args.string('reliability'),
        credibility: args.string('credibility'),
      },
      args.strings('tag'),
    );

    const done = await editNotebook(file, (nb) => {
      const { found, where } = occurrencesOf(nb, file.name, file.arg, quote, args.string('source'));
      const chosen = chooseOccurrence(found, where, quote, occurrence);
      const plan = planEntities(nb, chosen.source.id, checked);
      const now = nowIso();
      const annotation: Annotation = {
        id: newId('an-'),
        sourceId: chosen.source.id,
        target: describe(chosen.source.text, chosen.start, chosen.end),
        note: args.string('note') ?? '',
        tags: plan.tagIds,
        ...(plan.claim ? { claim: plan.claim } : {}),
        createdAt: now,
        updatedAt: now,
      };
      const ops: Operation[] = [...plan.ops, { kind: 'annotation.add', annotation }];
      const actor = plan.claim && (nb.actors.find((a) => a.id === plan.claim!.actorId)?.name ?? checked.claim!.actor);
      return { op: { kind: 'batch', ops }, result: { annotation, chosen, created: plan.created, actor } };
    });

    const { annotation, chosen, created, actor } = done;
    const claim = annotation.claim;
    printLines(io, [
      `Added annotation ${annotation.id} on ${quoted(annotation.target.quote.exact)} (${chosen.source.id} ¶${chosen.paragraph}).`,
      ...(claim ? [`Claim: ${actor} — ${claim.position}${claim.cue ? ` (${claim.cue})` : ''}, graded ${grades(claim.reliability, claim.credibility)}.`] : []),
      ...(created.length ? [`Created ${created.join(', ')}.`] : []),
    ]);
  },
};
