// What `annotate`'s naming options mean for the notebook. An actor, question,
// position or tag given by name is the existing one when the name matches
// (ignoring case and spacing; actor aliases count), else a new one. The
// result is the operations that create what is new plus the claim and tag ids
// for the annotation, so everything is saved as one step.
import { newId, nextColor } from '../model/factory.ts';
import type { Operation } from '../model/ops.ts';
import { CREDIBILITY, RELIABILITY, type Actor, type Claim, type Credibility, type Notebook, type Question, type Reliability } from '../model/schema.ts';
import { UsageError } from './errors.ts';

export interface ClaimOptions {
  actor?: string;
  question?: string;
  position?: string;
  cue?: string;
  reliability?: string;
  credibility?: string;
}

export interface EntityPlan {
  ops: Operation[];
  claim: Claim | undefined;
  tagIds: string[];
  /** "actor “Baghdad”", for the report of what was created. */
  created: string[];
}

const clean = (s: string) => s.trim().replace(/\s+/g, ' ');
const norm = (s: string) => clean(s).toLocaleLowerCase();
export const sameName = (a: string, b: string): boolean => norm(a) === norm(b);

export function findActor(nb: Notebook, name: string): Actor | undefined {
  return nb.actors.find((a) => a.id === name) ?? nb.actors.find((a) => sameName(a.name, name) || a.aliases.some((x) => sameName(x, name)));
}

export function findQuestion(nb: Notebook, text: string): Question | undefined {
  return nb.questions.find((q) => q.id === text) ?? nb.questions.find((q) => sameName(q.text, text));
}

function label(value: string, what: string, flag: string, max = 200): string {
  const cleaned = clean(value);
  if (!cleaned) throw new UsageError(`${flag} is empty — give the ${what}`, 'annotate');
  if (cleaned.length > max) throw new UsageError(`${flag} is too long — ${what}s are at most ${max} characters`, 'annotate');
  return cleaned;
}

function grade<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, meaning: string): T | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toUpperCase();
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${flag} must be ${allowed[0]}–${allowed.at(-1)} (${meaning}), not "${value}"`, 'annotate');
  return v as T;
}

const CLAIM_FLAGS = ['actor', 'question', 'position', 'cue', 'reliability', 'credibility'] as const;

/** The naming options, checked and tidied: everything that can be refused without reading the notebook. */
export interface CheckedOptions {
  claim: { actor: string; question?: string; position: string; cue: string; reliability?: Reliability; credibility?: Credibility } | undefined;
  tags: string[];
}

export function checkOptions(o: ClaimOptions, tags: readonly string[]): CheckedOptions {
  const checkedTags = tags.map((t) => label(t, 'tag', '--tag'));
  if (CLAIM_FLAGS.every((k) => o[k] === undefined)) return { claim: undefined, tags: checkedTags };
  if (o.actor === undefined) throw new UsageError('a claim needs --actor NAME (who makes it)', 'annotate');
  if (o.position === undefined) throw new UsageError('a claim needs --position LABEL (what it says about the question)', 'annotate');
  const cue = o.cue === undefined ? '' : clean(o.cue);
  if (cue.length > 60) throw new UsageError('--cue is too long — cues are at most 60 characters', 'annotate');
  const reliability = grade<Reliability>(o.reliability, RELIABILITY, '--reliability', 'A reliable … F cannot be judged');
  const credibility = grade<Credibility>(o.credibility, CREDIBILITY, '--credibility', '1 confirmed … 6 cannot be judged');
  return {
    claim: {
      actor: label(o.actor, 'actor name', '--actor'),
      ...(o.question === undefined ? {} : { question: label(o.question, 'question', '--question') }),
      position: label(o.position, 'position', '--position'),
      cue,
      ...(reliability ? { reliability } : {}),
      ...(credibility ? { credibility } : {}),
    },
    tags: checkedTags,
  };
}

/**
 * Plans the claim and tags of a new annotation on `sourceId`. Reliability
 * defaults to that of the source's latest claim (it grades the source), else
 * F (cannot be judged); credibility defaults to 6 (cannot be judged).
 */
export function planEntities(nb: Notebook, sourceId: string, options: CheckedOptions): EntityPlan {
  const ops: Operation[] = [];
  const created: string[] = [];
  const claim = options.claim && planClaim(nb, sourceId, options.claim, ops, created);

  const tagIds: string[] = [];
  const colors = nb.tags.map((t) => t.color);
  const fresh: { label: string; id: string }[] = [];
  for (const text of options.tags) {
    const found = nb.tags.find((t) => t.id === text || sameName(t.label, text)) ?? fresh.find((t) => sameName(t.label, text));
    let id = found?.id;
    if (!id) {
      id = newId('tag-');
      const color = nextColor(colors);
      colors.push(color);
      fresh.push({ label: text, id });
      ops.push({ kind: 'tag.add', tag: { id, label: text, color } });
      created.push(`tag “${text}”`);
    }
    if (!tagIds.includes(id)) tagIds.push(id);
  }
  return { ops, claim, tagIds, created };
}

function planClaim(nb: Notebook, sourceId: string, o: NonNullable<CheckedOptions['claim']>, ops: Operation[], created: string[]): Claim {
  let actor = findActor(nb, o.actor);
  if (!actor) {
    actor = { id: newId('actor-'), name: o.actor, aliases: [], color: nextColor(nb.actors.map((a) => a.color)) };
    ops.push({ kind: 'actor.add', actor });
    created.push(`actor “${o.actor}”`);
  }

  let question: Question | undefined;
  if (o.question === undefined) {
    if (nb.questions.length !== 1) {
      throw new UsageError(
        nb.questions.length === 0
          ? 'a claim needs --question TEXT (the question it answers); this notebook has no questions yet'
          : `a claim needs --question ID|TEXT — this notebook has ${nb.questions.length} questions (${nb.questions.map((q) => q.id).join(', ')})`,
        'annotate',
      );
    }
    question = nb.questions[0]!;
  } else {
    question = findQuestion(nb, o.question);
    if (!question) {
      question = { id: newId('q-'), text: o.question, positions: [] };
      ops.push({ kind: 'question.add', question });
      created.push(`question “${o.question}”`);
    }
  }

  let position = question.positions.find((p) => sameName(p.label, o.position))?.label;
  if (!position) {
    position = o.position;
    const positions = [...question.positions, { label: o.position, color: nextColor(question.positions.map((p) => p.color)) }];
    const added = ops.find((op) => op.kind === 'question.add' && op.question.id === question.id);
    if (added?.kind === 'question.add') added.question = { ...added.question, positions };
    else ops.push({ kind: 'question.update', id: question.id, patch: { positions } });
    created.push(`position “${o.position}”`);
  }

  const lastOnSource = nb.annotations.findLast((a) => a.sourceId === sourceId && a.claim)?.claim;
  return {
    actorId: actor.id,
    questionId: question.id,
    position,
    cue: o.cue,
    reliability: o.reliability ?? lastOnSource?.reliability ?? 'F',
    credibility: o.credibility ?? '6',
  };
}
