// What `annotate`'s naming options mean for the notebook. An actor, question,
// position or tag given by id or by name is the existing one when it matches
// (the rules of notes/claims/resolve.ts, shared with the app's claim form),
// else a new one. The result is the operations that create what is new plus
// the claim and tag ids for the annotation, so everything is saved as one step.
import { cleanName as clean, CUE_MAX, findTag, NAME_MAX, resolveClaim, sameName } from '../claims/resolve.ts';
import { defaultReliability } from '../claims/source-grade.ts';
import { newId, nextColor } from '../model/factory.ts';
import type { Operation } from '../model/ops.ts';
import { CREDIBILITY, RELIABILITY, type Claim, type Credibility, type Notebook, type Question, type Reliability } from '../model/schema.ts';
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

function label(value: string, what: string, flag: string, max = NAME_MAX): string {
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
  if (cue.length > CUE_MAX) throw new UsageError(`--cue is too long — cues are at most ${CUE_MAX} characters`, 'annotate');
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
 * starts from the source's grade (source-grade.ts); credibility defaults to 6
 * (cannot be judged).
 */
export function planEntities(nb: Notebook, sourceId: string, options: CheckedOptions): EntityPlan {
  const ops: Operation[] = [];
  const created: string[] = [];
  const claim = options.claim && planClaim(nb, sourceId, options.claim, ops, created);

  const tagIds: string[] = [];
  const colors = nb.tags.map((t) => t.color);
  const fresh: { label: string; id: string }[] = [];
  for (const text of options.tags) {
    const found = findTag(nb, text, { byId: true }) ?? fresh.find((t) => sameName(t.label, text));
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
  const resolved = resolveClaim(nb, { actor: o.actor, question: o.question ?? onlyQuestion(nb).id, position: o.position }, { byId: true });
  ops.push(...resolved.ops);
  created.push(...resolved.created.map((c) => `${c.kind} “${c.name}”`));
  return {
    actorId: resolved.actorId,
    questionId: resolved.questionId,
    position: resolved.position,
    cue: o.cue,
    reliability: o.reliability ?? defaultReliability(nb, sourceId),
    credibility: o.credibility ?? '6',
  };
}

/** --question may be left out when the notebook has exactly one. */
function onlyQuestion(nb: Notebook): Question {
  if (nb.questions.length !== 1) {
    throw new UsageError(
      nb.questions.length === 0
        ? 'a claim needs --question TEXT (the question it answers); this notebook has no questions yet'
        : `a claim needs --question ID|TEXT — this notebook has ${nb.questions.length} questions (${nb.questions.map((q) => q.id).join(', ')})`,
      'annotate',
    );
  }
  return nb.questions[0]!;
}
