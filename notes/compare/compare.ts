// The comparison matrix for one question: actors as columns, positions as rows,
// the claims in each cell, and where the actors disagree. Everything is indexed
// once per notebook (notebooks are immutable values, so a WeakMap cache is safe),
// which keeps a comparison linear in the question's claims even when the
// notebook holds 100k annotations.
import type { Actor, Annotation, Claim, Credibility, Notebook, Question, Relation, Reliability, Source } from '../model/schema.ts';
import { paragraphLocator } from '../text/paragraphs.ts';

export interface ComparedClaim {
  annotation: Annotation;
  claim: Claim;
  actorId: string;
  source: Source;
  sourceTitle: string;
  /** The quoted words, exactly as in the source. */
  quote: string;
  /** The position as the claim names it; `positionKey` is what comparisons use. */
  position: string;
  positionKey: string;
  /** The colour of the question's matching position, when the question lists it. */
  positionColor?: string;
  cue: string;
  reliability: Reliability;
  credibility: Credibility;
  note: string;
  /** 1-based paragraph of the source where the quote starts (0 for an empty source). */
  paragraph: number;
  /** Another actor holds a different position, or a `contradicts` relation touches this claim. */
  inConflict: boolean;
}

export interface ComparisonColumn {
  actor: Actor;
  /** In reading order: by source (notebook order), then by place in the source. */
  claims: ComparedClaim[];
}

/** One row of the matrix: a position, and per column the claims that take it. */
export interface PositionRow {
  label: string;
  key: string;
  color?: string;
  cells: ComparedClaim[][];
}

export interface PositionGroup {
  position: string;
  key: string;
  actorIds: string[];
  annotationIds: string[];
}

export type Conflict =
  /** At least two actors hold different positions; `groups` lists every position taken. */
  | { kind: 'positions'; groups: PositionGroup[] }
  /** The analyst linked two of the question's claims as contradicting each other. */
  | { kind: 'contradicts'; relation: Relation; from: ComparedClaim; to: ComparedClaim };

export interface ComparedRelation {
  relation: Relation;
  from: ComparedClaim;
  to: ComparedClaim;
}

export interface Comparison {
  question: Question;
  columns: ComparisonColumn[];
  rows: PositionRow[];
  /** Over all claims on the question, shown as columns or not. */
  conflicts: Conflict[];
  /** `supports` and `qualifies` relations between two claims on the question. */
  relations: ComparedRelation[];
  /** Actors with claims on the question that are not among the columns. */
  hiddenActorIds: string[];
}

export interface CompareOptions {
  /** Columns in this order; otherwise the briefing's saved columns; otherwise every actor with a claim, by first appearance. */
  actorIds?: readonly string[];
}

/** Position labels are free text: "Transition " and "transition" are the same position. */
export function positionKey(label: string): string {
  return label.trim().toLocaleLowerCase('en');
}

interface NotebookIndex {
  claimsByQuestion: Map<string, Annotation[]>;
  /** Relations whose two ends are claims on the same question, by that question. */
  relationsByQuestion: Map<string, Relation[]>;
  sources: Map<string, { source: Source; order: number }>;
  actors: Map<string, Actor>;
  questions: Map<string, Question>;
  locators: Map<string, (offset: number) => number>;
}

const indexes = new WeakMap<Notebook, NotebookIndex>();

function indexOf(nb: Notebook): NotebookIndex {
  let index = indexes.get(nb);
  if (index) return index;
  const claimsByQuestion = new Map<string, Annotation[]>();
  const questionOfClaim = new Map<string, string>();
  for (const a of nb.annotations) {
    if (!a.claim) continue;
    const list = claimsByQuestion.get(a.claim.questionId);
    if (list) list.push(a);
    else claimsByQuestion.set(a.claim.questionId, [a]);
    questionOfClaim.set(a.id, a.claim.questionId);
  }
  const relationsByQuestion = new Map<string, Relation[]>();
  for (const r of nb.relations) {
    const q = questionOfClaim.get(r.from);
    if (q === undefined || questionOfClaim.get(r.to) !== q) continue;
    const list = relationsByQuestion.get(q);
    if (list) list.push(r);
    else relationsByQuestion.set(q, [r]);
  }
  index = {
    claimsByQuestion,
    relationsByQuestion,
    sources: new Map(nb.sources.map((source, order) => [source.id, { source, order }])),
    actors: new Map(nb.actors.map((a) => [a.id, a])),
    questions: new Map(nb.questions.map((q) => [q.id, q])),
    locators: new Map(),
  };
  indexes.set(nb, index);
  return index;
}

function paragraphIn(index: NotebookIndex, source: Source, offset: number): number {
  let locate = index.locators.get(source.id);
  if (!locate) {
    locate = paragraphLocator(source.text);
    index.locators.set(source.id, locate);
  }
  return locate(offset);
}

export function compareQuestion(nb: Notebook, questionId: string, opts: CompareOptions = {}): Comparison {
  const index = indexOf(nb);
  const question = index.questions.get(questionId);
  if (!question) throw new RangeError(`There is no question "${questionId}" in this notebook.`);
  const knownPositions = new Map(question.positions.map((p) => [positionKey(p.label), p]));

  const compared: ComparedClaim[] = [];
  for (const annotation of index.claimsByQuestion.get(questionId) ?? []) {
    const claim = annotation.claim!;
    const entry = index.sources.get(annotation.sourceId);
    // A validated notebook has no dangling references; skip rather than crash if one slips through.
    if (!entry || !index.actors.has(claim.actorId)) continue;
    const key = positionKey(claim.position);
    compared.push({
      annotation,
      claim,
      actorId: claim.actorId,
      source: entry.source,
      sourceTitle: entry.source.title,
      quote: annotation.target.quote.exact,
      position: claim.position,
      positionKey: key,
      positionColor: knownPositions.get(key)?.color,
      cue: claim.cue,
      reliability: claim.reliability,
      credibility: claim.credibility,
      note: annotation.note,
      paragraph: paragraphIn(index, entry.source, annotation.target.position.start),
      inConflict: false,
    });
  }
  const order = (c: ComparedClaim) => index.sources.get(c.source.id)!.order;
  compared.sort((x, y) => order(x) - order(y) || x.annotation.target.position.start - y.annotation.target.position.start);

  // Who holds what: position key → its actors and claims.
  const groups = new Map<string, PositionGroup & { actors: Set<string> }>();
  for (const c of compared) {
    let g = groups.get(c.positionKey);
    if (!g) {
      const listed = knownPositions.get(c.positionKey);
      g = { position: listed?.label ?? c.position.trim(), key: c.positionKey, actorIds: [], annotationIds: [], actors: new Set() };
      groups.set(c.positionKey, g);
    }
    if (!g.actors.has(c.actorId)) {
      g.actors.add(c.actorId);
      g.actorIds.push(c.actorId);
    }
    g.annotationIds.push(c.annotation.id);
  }
  // The question's listed positions first, in its order (as the rows are), then the others as they come.
  const listedOrder = new Map(question.positions.map((p, i) => [positionKey(p.label), i]));
  const rank = (key: string) => listedOrder.get(key) ?? listedOrder.size;
  const groupList = [...groups.values()].sort((x, y) => rank(x.key) - rank(y.key));
  // A claim is in conflict when some other actor holds some other position.
  // Positions per question are few, so this loop is claims × positions at worst.
  let anyPositionConflict = false;
  for (const c of compared) {
    c.inConflict = groupList.some((g) => g.key !== c.positionKey && (g.actors.size > 1 || !g.actors.has(c.actorId)));
    anyPositionConflict ||= c.inConflict;
  }

  const byId = new Map(compared.map((c) => [c.annotation.id, c]));
  const conflicts: Conflict[] = [];
  if (anyPositionConflict) {
    conflicts.push({ kind: 'positions', groups: groupList.map(({ position, key, actorIds, annotationIds }) => ({ position, key, actorIds, annotationIds })) });
  }
  const relations: ComparedRelation[] = [];
  for (const relation of index.relationsByQuestion.get(questionId) ?? []) {
    const from = byId.get(relation.from);
    const to = byId.get(relation.to);
    if (!from || !to) continue;
    if (relation.kind === 'contradicts') {
      from.inConflict = true;
      to.inConflict = true;
      conflicts.push({ kind: 'contradicts', relation, from, to });
    } else {
      relations.push({ relation, from, to });
    }
  }

  const columnIds = chooseColumns(nb, questionId, compared, index, opts);
  const columnOf = new Map(columnIds.map((id, i) => [id, i]));
  const columns: ComparisonColumn[] = columnIds.map((id) => ({ actor: index.actors.get(id)!, claims: [] }));
  const hidden = new Set<string>();
  for (const c of compared) {
    const i = columnOf.get(c.actorId);
    if (i === undefined) hidden.add(c.actorId);
    else columns[i]!.claims.push(c);
  }

  // Rows: the question's listed positions first (in its order), then any other
  // label a claim uses, by first appearance. Listed positions nobody takes are
  // left out: the matrix shows claims, the question editor shows the options.
  const rowKeys = new Set<string>();
  for (const p of question.positions) if (groups.has(positionKey(p.label))) rowKeys.add(positionKey(p.label));
  for (const key of groups.keys()) rowKeys.add(key);
  const rows: PositionRow[] = [...rowKeys].map((key) => {
    const g = groups.get(key)!;
    return { label: g.position, key, color: knownPositions.get(key)?.color, cells: columns.map((col) => col.claims.filter((c) => c.positionKey === key)) };
  });

  return { question, columns, rows, conflicts, relations, hiddenActorIds: [...hidden] };
}

function chooseColumns(nb: Notebook, questionId: string, compared: readonly ComparedClaim[], index: NotebookIndex, opts: CompareOptions): string[] {
  const chosen = opts.actorIds ?? nb.briefing.columns[questionId];
  const ids = chosen ? [...chosen] : compared.map((c) => c.actorId);
  // Unknown ids (an actor since deleted) drop out; duplicates keep their first place.
  return [...new Set(ids)].filter((id) => index.actors.has(id));
}

export interface QuestionConflicts {
  question: Question;
  conflicts: Conflict[];
}

/** Questions on which actors disagree or claims are linked as contradicting, in notebook order. */
export function conflictingQuestions(nb: Notebook): QuestionConflicts[] {
  const index = indexOf(nb);
  const found: QuestionConflicts[] = [];
  for (const question of nb.questions) {
    if (!index.claimsByQuestion.has(question.id)) continue;
    const { conflicts } = compareQuestion(nb, question.id);
    if (conflicts.length > 0) found.push({ question, conflicts });
  }
  return found;
}
