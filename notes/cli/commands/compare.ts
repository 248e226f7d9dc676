import { compareQuestion, conflictingQuestions, describeConflict, type ComparedClaim, type Comparison } from '../../compare/index.ts';
import type { Notebook, Question } from '../../model/schema.ts';
import { findQuestion } from '../../claims/resolve.ts';
import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { grades, quoted } from '../format.ts';
import { printLines, type CliIo } from '../io.ts';
import { notebookFile, readNotebook, type NotebookFile } from '../notebook-file.ts';
import { fitColumns, renderTable } from '../text-table.ts';

/** By id, by text (any case), or by a piece of its text that only one question has. */
function chooseQuestion(nb: Notebook, file: NotebookFile, wanted: string | undefined): Question {
  const known = () => nb.questions.map((q) => `${q.id} ${quoted(q.text, 40)}`).join(', ');
  if (wanted === undefined) {
    const conflicted = conflictingQuestions(nb)[0]?.question;
    const claimed = nb.questions.find((q) => nb.annotations.some((a) => a.claim?.questionId === q.id));
    const chosen = conflicted ?? claimed;
    if (!chosen) throw new CliError(`${file.name} has no claims yet — add one with: notebook annotate ${file.arg} --quote "…" --actor NAME --question TEXT --position LABEL`);
    return chosen;
  }
  const exact = findQuestion(nb, wanted, { byId: true });
  if (exact) return exact;
  const needle = wanted.trim().toLocaleLowerCase();
  const partial = nb.questions.filter((q) => q.text.toLocaleLowerCase().includes(needle));
  if (partial.length === 1) return partial[0]!;
  if (partial.length > 1) throw new CliError(`"${wanted}" matches ${partial.length} questions — give one of their ids: ${partial.map((q) => `${q.id} ${quoted(q.text, 40)}`).join(', ')}`);
  throw new CliError(nb.questions.length ? `there is no question "${wanted}" in ${file.name} — its questions are ${known()}` : `${file.name} has no questions yet`);
}

function claimJson(c: ComparedClaim) {
  return {
    annotationId: c.annotation.id,
    actorId: c.actorId,
    sourceId: c.source.id,
    quote: c.quote,
    position: c.position,
    cue: c.cue,
    reliability: c.reliability,
    credibility: c.credibility,
    paragraph: c.paragraph,
    note: c.note,
    inConflict: c.inConflict,
  };
}

/** The stable --json shape (documented in the help). */
export function comparisonJson(cmp: Comparison, otherConflicts: Question[]) {
  return {
    question: { id: cmp.question.id, text: cmp.question.text },
    actors: cmp.columns.map((col) => ({ id: col.actor.id, name: col.actor.name })),
    positions: cmp.rows.map((row) => ({ label: row.label, cells: row.cells.map((cell) => cell.map(claimJson)) })),
    conflicts: cmp.conflicts.map((c) =>
      c.kind === 'positions'
        ? { kind: c.kind, groups: c.groups.map((g) => ({ position: g.position, actorIds: g.actorIds, annotationIds: g.annotationIds })) }
        : { kind: c.kind, from: c.from.annotation.id, to: c.to.annotation.id, note: c.relation.note },
    ),
    relations: cmp.relations.map((r) => ({ kind: r.relation.kind, from: r.from.annotation.id, to: r.to.annotation.id, note: r.relation.note })),
    hiddenActorIds: cmp.hiddenActorIds,
    otherConflictingQuestions: otherConflicts.map((q) => q.id),
  };
}

function cellText(claims: ComparedClaim[], manySources: boolean): string {
  if (!claims.length) return '—';
  return claims
    .map((c) => `${quoted(c.quote, 160)} — ${[c.cue, grades(c.reliability, c.credibility), `${manySources ? `${c.source.id} ` : ''}¶${c.paragraph}`].filter(Boolean).join(', ')}`)
    .join('\n\n');
}

function conflictLines(nb: Notebook, cmp: Comparison): string[] {
  const name = (id: string) => nb.actors.find((a) => a.id === id)?.name ?? id;
  return cmp.conflicts.map((c) => {
    const words = describeConflict(c, name, (claim) => ` ${quoted(claim.quote, 50)}`).join('');
    if (c.kind === 'positions') return `  - Positions differ: ${words}.`;
    const note = c.relation.note.trim();
    return `  - ${words}${note ? ` — ${note}` : ''}`;
  });
}

function textLines(io: CliIo, nb: Notebook, file: NotebookFile, cmp: Comparison, otherConflicts: Question[]): string[] {
  const manySources = nb.sources.length > 1;
  const header = ['Position', ...cmp.columns.map((c) => c.actor.name)];
  const rows = cmp.rows.map((row) => [row.label, ...row.cells.map((cell) => cellText(cell, manySources))]);
  const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 100;
  const widths = fitColumns(header.map((h, i) => [h, ...rows.map((r) => r[i]!)]), width);
  const lines = [`${cmp.question.id}: ${quoted(cmp.question.text, 200)}`, ''];
  if (!cmp.columns.length) lines.push('(no claims on this question)');
  else if (widths) lines.push(...renderTable(header, rows, widths));
  else {
    // Too many actors for the terminal: one block per position.
    for (const row of cmp.rows) {
      lines.push(row.label);
      row.cells.forEach((cell, i) => {
        if (cell.length) lines.push(`  ${cmp.columns[i]!.actor.name}: ${cellText(cell, manySources).replace(/\n\n/g, '\n    ')}`);
      });
    }
  }
  lines.push('');
  const conflicts = conflictLines(nb, cmp);
  lines.push(conflicts.length ? 'Conflicts:' : 'No conflicts: the actors agree on this question.', ...conflicts);
  const name = (id: string) => nb.actors.find((a) => a.id === id)?.name ?? id;
  if (cmp.relations.length) {
    lines.push('Related:', ...cmp.relations.map((r) => `  - ${name(r.from.actorId)} ${quoted(r.from.quote, 50)} ${r.relation.kind} ${name(r.to.actorId)} ${quoted(r.to.quote, 50)}`));
  }
  if (cmp.hiddenActorIds.length) lines.push(`Not shown (not among the briefing's columns): ${cmp.hiddenActorIds.map(name).join(', ')}.`);
  if (otherConflicts.length) {
    lines.push(`Other questions in conflict: ${otherConflicts.map((q) => `${q.id} ${quoted(q.text, 40)}`).join(', ')} — see them with: notebook compare ${file.arg} --question ID`);
  }
  return lines;
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'Show the actor × position matrix for a question, and its conflicts',
  usage: 'compare FILE [--question ID|TEXT] [--json]',
  positionals: [{ name: 'FILE' }],
  options: {
    question: { type: 'string', value: 'ID|TEXT', help: 'The question: its id, its text, or a piece of text only it has (default: the first question in conflict).' },
    json: { type: 'boolean', help: 'Print JSON (see below) instead of a table.' },
  },
  description: [
    'Actors are columns (in the briefing’s chosen order, else by first claim), positions are rows, each cell holds the',
    'claims with their cue, Admiralty grades and paragraph. Conflicts are listed under the table: actors who take',
    'different positions, and claims linked as contradicting. Opens FILE read-only: works while the app has it open.',
  ],
  json: [
    '{ "question": { "id", "text" }, "actors": [ { "id", "name" } ],',
    '  "positions": [ { "label", "cells": [ [claim] per actor, in "actors" order ] } ],',
    '  claim: { "annotationId", "actorId", "sourceId", "quote", "position", "cue", "reliability", "credibility",',
    '           "paragraph", "note", "inConflict" }',
    '  "conflicts": [ { "kind": "positions", "groups": [ { "position", "actorIds", "annotationIds" } ] }',
    '               | { "kind": "contradicts", "from": annotationId, "to": annotationId, "note" } ],',
    '  "relations": [ { "kind": "supports"|"qualifies", "from", "to", "note" } ],',
    '  "hiddenActorIds": [id], "otherConflictingQuestions": [questionId] }',
  ],
  examples: ['notebook compare talks.json', 'notebook compare talks.json --question "coalition\'s mission" --json'],
  async run(args, io) {
    const file = notebookFile(io, args.positionals[0]!);
    const nb = await readNotebook(file);
    const question = chooseQuestion(nb, file, args.string('question'));
    const cmp = compareQuestion(nb, question.id);
    const others = conflictingQuestions(nb).map((c) => c.question).filter((q) => q.id !== question.id);
    if (args.flag('json')) io.stdout.write(JSON.stringify(comparisonJson(cmp, others), null, 2) + '\n');
    else printLines(io, textLines(io, nb, file, cmp, others));
  },
};
