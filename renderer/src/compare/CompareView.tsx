// Compare view: pick a question, see each actor's claims on it side by side,
// where they conflict, and how the analyst has related them.
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { ComparedRelation, Comparison } from '../../../notes/compare/index.ts';
import { newId } from '../../../notes/model/factory.ts';
import type { Actor, Notebook, RelationKind } from '../../../notes/model/schema.ts';
import { useNotebook } from '../state/NotebookProvider.tsx';
import { MarkdownField } from '../fields/MarkdownField.tsx';
import { useBriefingEdit } from '../state/useBriefing.ts';
import { cachedComparison } from './comparisons.ts';
import { ClaimCard } from './ClaimCard.tsx';
import { ColumnChooser } from './ColumnChooser.tsx';
import { moveColumn, toggleColumn } from './columns.ts';
import { RelateMenu } from './RelateMenu.tsx';
import { RelationList } from './RelationList.tsx';
import { RelationOverlay, type DrawnRelation } from './RelationOverlay.tsx';
import { selectQuestion, useSelectedQuestion } from './selection.ts';
import { contradictionsSummary, positionsSummary } from './summary.ts';
import './compare.css';

const FIRST_CARDS = 40;

/** The question to show first: one with a conflict, else one with claims, else the first. */
function defaultQuestion(nb: Notebook): string | undefined {
  const withClaims = new Set(nb.annotations.flatMap((a) => (a.claim ? [a.claim.questionId] : [])));
  const first = nb.questions.find((q) => withClaims.has(q.id));
  return first?.id ?? nb.questions[0]?.id;
}

export function CompareView() {
  const { notebook } = useNotebook();
  const selected = useSelectedQuestion();
  const questionId = selected && notebook.questions.some((q) => q.id === selected) ? selected : defaultQuestion(notebook);

  if (!questionId) {
    return (
      <div className="compare-view compare-empty">
        <h2>Compare claims</h2>
        <p>
          No questions yet. In the reader, select what someone says, then tag it as a claim: who says it (actor), on what question, and their position. Claims on the same
          question appear here side by side.
        </p>
      </div>
    );
  }
  return <QuestionComparison questionId={questionId} />;
}

function QuestionComparison({ questionId }: { questionId: string }) {
  const { notebook, apply, readOnly, focusAnnotation } = useNotebook();
  const comparison = cachedComparison(notebook, questionId);
  const actors = useMemo(() => new Map(notebook.actors.map((a) => [a.id, a])), [notebook.actors]);
  const actorName = useCallback((id: string) => actors.get(id)?.name ?? id, [actors]);
  // State, not a ref: the overlay must re-measure once the board exists.
  const [board, setBoard] = useState<HTMLDivElement | null>(null);
  // The claim whose Relate… panel is open, and the claim chosen in it when a handle was dragged onto that one.
  const [relatingTo, setRelatingTo] = useState<{ from: string; to?: string } | null>(null);
  const relating = relatingTo?.from ?? null;
  // A question with hundreds of claims shows its first cards at once and the
  // rest in a transition, which React renders without blocking input.
  const [completeFor, setCompleteFor] = useState<string | null>(null);
  const complete = completeFor === questionId;
  useEffect(() => {
    if (!complete) startTransition(() => setCompleteFor(questionId));
  }, [complete, questionId]);

  const columnIds = comparison.columns.map((c) => c.actor.id);
  const shown = new Set(columnIds);
  const chooserActors = [...columnIds, ...comparison.hiddenActorIds].flatMap((id) => actors.get(id) ?? []);
  const counts = useMemo(() => claimCounts(notebook, questionId), [notebook, questionId]);
  const showSource = notebook.sources.length > 1;

  const edit = useBriefingEdit();
  const saveColumns = (next: string[]) => edit((b) => ({ columns: { ...b.columns, [questionId]: next } }));

  const relations = useMemo(() => relationsOf(comparison), [comparison]);
  const drawn = useMemo<DrawnRelation[]>(() => relations.map(({ relation: r }) => ({ id: r.id, from: r.from, to: r.to, kind: r.kind })), [relations]);
  const allClaims = useMemo(() => comparison.columns.flatMap((c) => c.claims), [comparison]);

  const onShowInReader = useCallback((id: string) => focusAnnotation(id), [focusAnnotation]);
  const onRelate = useCallback((id: string, to?: string) => setRelatingTo({ from: id, ...(to ? { to } : {}) }), [setRelatingTo]);
  const closeRelate = useCallback(() => {
    const id = relating;
    setRelatingTo(null);
    // Back to the button that opened the menu, so keyboard users keep their place.
    requestAnimationFrame(() => board?.querySelector<HTMLElement>(`[data-relate-for="${id}"]`)?.focus());
  }, [relating, board, setRelatingTo]);

  const existing = useCallback(
    (kind: RelationKind, to: string) => {
      const from = relating;
      const same = notebook.relations.find((r) => (r.from === from && r.to === to) || (r.from === to && r.to === from));
      if (!same) return undefined;
      return same.kind === kind
        ? `These claims are already linked as “${kind}”.`
        : `These claims are already linked (${same.kind}); remove that link below to change it.`;
    },
    [notebook.relations, relating],
  );
  const addRelation = (kind: RelationKind, to: string, note: string) => {
    if (!relating) return;
    if (apply({ kind: 'relation.add', relation: { id: newId('rel'), from: relating, to, kind, note } })) closeRelate();
  };

  return (
    <div className="compare-view">
      <h2 className="visually-hidden">Compare claims</h2>
      <div className="compare-toolbar">
        <QuestionPicker notebook={notebook} questionId={questionId} />
        <ColumnChooser
          actors={chooserActors}
          shown={shown}
          counts={counts}
          readOnly={readOnly}
          onToggle={(id, show) => saveColumns(toggleColumn(columnIds, id, show, chooserActors.map((a) => a.id)))}
        />
      </div>

      <ConflictBanner comparison={comparison} actors={actors} />

      {comparison.columns.length === 0 ? (
        <p className="muted compare-no-columns">No actor is shown. Choose columns above.</p>
      ) : (
        <div className="compare-board" ref={setBoard}>
          <div className="compare-columns" style={{ gridTemplateColumns: columnTracks(comparison.columns.length) }}>
            {comparison.columns.map((column, index) => (
              <section key={column.actor.id} className="compare-column" aria-labelledby={`col-${column.actor.id}`} data-actor-id={column.actor.id}>
                <ColumnHeader
                  actor={column.actor}
                  count={column.claims.length}
                  first={index === 0}
                  last={index === comparison.columns.length - 1}
                  readOnly={readOnly}
                  onMove={(delta) => saveColumns(moveColumn(columnIds, column.actor.id, delta))}
                />
                {column.claims.length === 0 && <p className="muted">No claims on this question.</p>}
                {(complete ? column.claims : column.claims.slice(0, FIRST_CARDS)).map((claim) => (
                  <ClaimCard key={claim.annotation.id} claim={claim} showSource={showSource} readOnly={readOnly} onShowInReader={onShowInReader} onRelate={onRelate}>
                    {relating === claim.annotation.id ? (
                      <RelateMenu
                        key={relatingTo?.to ?? ''}
                        from={claim}
                        initialTo={relatingTo?.to}
                        targets={allClaims.filter((c) => c.annotation.id !== claim.annotation.id)}
                        actorName={actorName}
                        problem={existing}
                        onAdd={addRelation}
                        onClose={closeRelate}
                      />
                    ) : undefined}
                  </ClaimCard>
                ))}
                {!complete && column.claims.length > FIRST_CARDS && <p className="muted">Showing the first {FIRST_CARDS} of {column.claims.length}…</p>}
              </section>
            ))}
          </div>
          <RelationOverlay board={board} relations={drawn} layoutKey={columnIds.join(' ')} />
        </div>
      )}

      <div className="compare-footer">
        <RelationList relations={relations} actorName={actorName} shown={shown} readOnly={readOnly} onRemove={(id) => apply({ kind: 'relation.delete', id })} />
        <section className="question-note" aria-label="Analyst's note on this question">
          <MarkdownField
            key={questionId}
            label="Your note on this question"
            hint="Markdown. Appears with this question's table in the briefing."
            value={notebook.briefing.questionNotes[questionId] ?? ''}
            readOnly={readOnly}
            rows={5}
            onCommit={(text, coalesce) => edit((b) => ({ questionNotes: { ...b.questionNotes, [questionId]: text } }), coalesce)}
          />
        </section>
      </div>
    </div>
  );
}

function QuestionPicker({ notebook, questionId }: { notebook: Notebook; questionId: string }) {
  return (
    <label className="question-picker">
      <span>Question</span>
      <select value={questionId} onChange={(e) => selectQuestion(e.target.value)}>
        {notebook.questions.map((q) => (
          <option key={q.id} value={q.id}>
            {q.text}
          </option>
        ))}
      </select>
    </label>
  );
}

function ConflictBanner({ comparison, actors }: { comparison: Comparison; actors: ReadonlyMap<string, Actor> }) {
  const positions = positionsSummary(comparison.conflicts, actors);
  const contradictions = contradictionsSummary(comparison, actors);
  if (!positions && contradictions.length === 0) {
    const claims = comparison.columns.reduce((n, c) => n + c.claims.length, 0);
    const speakers = comparison.columns.filter((c) => c.claims.length > 0).length + comparison.hiddenActorIds.length;
    return <p className="agree-banner">{agreement(claims, speakers)}</p>;
  }
  return (
    <div className="conflict-banner" role="note" aria-label="Conflict">
      {positions && (
        <p>
          <strong>Conflict:</strong> {positions}
        </p>
      )}
      {contradictions.map((line) => (
        <p key={line}>
          <strong>{positions ? 'Marked contradiction:' : 'Conflict:'}</strong> {line}
        </p>
      ))}
    </div>
  );
}

function ColumnHeader({ actor, count, first, last, readOnly, onMove }: { actor: Actor; count: number; first: boolean; last: boolean; readOnly: boolean; onMove(delta: -1 | 1): void }) {
  // aria-disabled rather than disabled: a button that disables itself under the
  // keyboard focus would drop the focus to the page.
  const move = (delta: -1 | 1, blocked: boolean) => () => {
    if (!blocked && !readOnly) onMove(delta);
  };
  return (
    <header className="compare-column-head" style={{ borderTopColor: actor.color }}>
      <h3 id={`col-${actor.id}`}>
        {actor.name} <span className="muted">({count})</span>
      </h3>
      <div className="column-move">
        <button type="button" className="icon-button" aria-disabled={first || readOnly} onClick={move(-1, first)} aria-label={`Move ${actor.name} left`} title="Move left">
          <span aria-hidden="true">←</span>
        </button>
        <button type="button" className="icon-button" aria-disabled={last || readOnly} onClick={move(1, last)} aria-label={`Move ${actor.name} right`} title="Move right">
          <span aria-hidden="true">→</span>
        </button>
      </div>
    </header>
  );
}

/** What is true when nothing conflicts, and what to do next. */
function agreement(claims: number, speakers: number): string {
  if (claims === 0) return 'No claims on this question yet. In the reader, select what someone says and tag it as a claim on this question.';
  if (speakers === 1) return 'Only one actor has a claim on this question, so there is nothing to compare yet. Tag what another actor says on it in the reader.';
  return 'No conflict: the actors shown take the same position.';
}

/** One column stays a readable width and leaves room beside it for its relations' brackets. */
function columnTracks(count: number): string {
  return count === 1 ? 'minmax(16rem, 46rem)' : `repeat(${count}, minmax(16rem, 1fr))`;
}

/** Every relation between two claims on the question, contradictions first. */
function relationsOf(comparison: Comparison): ComparedRelation[] {
  const contradicts = comparison.conflicts.flatMap((c): ComparedRelation[] => (c.kind === 'contradicts' ? [{ relation: c.relation, from: c.from, to: c.to }] : []));
  return [...contradicts, ...comparison.relations];
}

function claimCounts(nb: Notebook, questionId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of nb.annotations) if (a.claim?.questionId === questionId) counts.set(a.claim.actorId, (counts.get(a.claim.actorId) ?? 0) + 1);
  return counts;
}
