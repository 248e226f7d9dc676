// Which existing actor, question, position or tag a typed name means, and what
// to create when it means none: the one set of rules behind the claim form and
// `notebook annotate`. A name matches ignoring case and runs of spacing; an
// actor also by its aliases. The command line may also give an id.
import { newId, nextColor } from '../model/factory.ts';
import type { Operation } from '../model/ops.ts';
import type { Actor, Notebook, Question, Tag } from '../model/schema.ts';

/** Longest actor name, question, position or tag label (the schema's limit). */
export const NAME_MAX = 200;
/** Longest cue ("said", "maintained"…). */
export const CUE_MAX = 60;

/** Trimmed, with every run of spacing (line breaks, NBSP) one space. */
export const cleanName = (s: string): string => s.trim().replace(/\s+/g, ' ');
const key = (s: string) => cleanName(s).toLocaleLowerCase();

export function sameName(a: string, b: string): boolean {
  return key(a) === key(b);
}

/** `byId`: an exact id names its entity first (the command line's rule; a form only offers names). */
export interface Lookup {
  byId?: boolean;
}

export function findActor(nb: Pick<Notebook, 'actors'>, name: string, { byId = false }: Lookup = {}): Actor | undefined {
  return (byId ? nb.actors.find((a) => a.id === name) : undefined) ?? nb.actors.find((a) => sameName(a.name, name) || a.aliases.some((x) => sameName(x, name)));
}

export function findQuestion(nb: Pick<Notebook, 'questions'>, text: string, { byId = false }: Lookup = {}): Question | undefined {
  return (byId ? nb.questions.find((q) => q.id === text) : undefined) ?? nb.questions.find((q) => sameName(q.text, text));
}

export function findPosition(question: Question | undefined, label: string): Question['positions'][number] | undefined {
  return question?.positions.find((p) => sameName(p.label, label));
}

export function findTag(nb: Pick<Notebook, 'tags'>, label: string, { byId = false }: Lookup = {}): Tag | undefined {
  return (byId ? nb.tags.find((t) => t.id === label) : undefined) ?? nb.tags.find((t) => sameName(t.label, label));
}

/** What the claim names, cleaned and checked by the caller (each has its own way to say what is wrong). */
export interface ClaimNames {
  actor: string;
  question: string;
  position: string;
}

export interface ResolveOptions extends Lookup {
  /** Colours for a new actor / position; by default the next unused palette colour. */
  actorColor?: string;
  positionColor?: string;
  makeId?: (prefix: string) => string;
}

export interface ResolvedClaim {
  /** Creates what is new, in order: the actor, then the question with its position or the position on a known question. */
  ops: Operation[];
  actorId: string;
  questionId: string;
  /** The known position's own spelling when the label matched one. */
  position: string;
  created: { kind: 'actor' | 'question' | 'position'; name: string }[];
}

/** What resolving a claim reads: the actors and questions, and (to keep Compare's columns right) the briefing and claims. */
export type ClaimContext = Pick<Notebook, 'actors' | 'questions'> & Partial<Pick<Notebook, 'briefing' | 'annotations'>>;

export function resolveClaim(nb: ClaimContext, names: ClaimNames, options: ResolveOptions = {}): ResolvedClaim {
  const makeId = options.makeId ?? newId;
  const ops: Operation[] = [];
  const created: ResolvedClaim['created'] = [];

  let actor = findActor(nb, names.actor, options);
  if (!actor) {
    actor = { id: makeId('actor-'), name: names.actor, aliases: [], color: options.actorColor ?? nextColor(nb.actors.map((a) => a.color)) };
    ops.push({ kind: 'actor.add', actor });
    created.push({ kind: 'actor', name: names.actor });
  }

  const question = findQuestion(nb, names.question, options);
  const known = findPosition(question, names.position);
  const newPosition = () => ({ label: names.position, color: options.positionColor ?? nextColor(question?.positions.map((p) => p.color) ?? []) });
  let questionId: string;
  if (!question) {
    questionId = makeId('q-');
    ops.push({ kind: 'question.add', question: { id: questionId, text: names.question, positions: [newPosition()] } });
    created.push({ kind: 'question', name: names.question });
  } else {
    questionId = question.id;
    if (!known) ops.push({ kind: 'question.update', id: question.id, patch: { positions: [...question.positions, newPosition()] } });
  }
  if (!known) created.push({ kind: 'position', name: names.position });
  const column = joinColumns(nb, questionId, actor.id);
  if (column) ops.push(column);

  return { ops, actorId: actor.id, questionId, position: known?.label ?? names.position, created };
}

/**
 * A saved choice of Compare's columns lists the actors shown. A speaker new to
 * the question joins them, so the claim just made is not hidden; an actor the
 * analyst hid already has claims there and stays hidden.
 */
function joinColumns(nb: ClaimContext, questionId: string, actorId: string): Operation | undefined {
  const shown = nb.briefing?.columns[questionId];
  if (!shown || shown.includes(actorId)) return undefined;
  if (nb.annotations?.some((a) => a.claim?.questionId === questionId && a.claim.actorId === actorId)) return undefined;
  return { kind: 'briefing.update', patch: { columns: { ...nb.briefing!.columns, [questionId]: [...shown, actorId] } } };
}
