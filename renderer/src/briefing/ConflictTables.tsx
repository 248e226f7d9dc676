// The conflicting-claims tables the briefing will carry, generated from the
// tagged claims: here to check them, and to jump to the comparison to edit.
import type { Notebook } from '../../../notes/model/schema.ts';
import { useNotebook } from '../state/NotebookProvider.tsx';
import { admiraltyCode, admiraltyMeaning } from '../compare/admiralty.ts';
import { cachedConflictTables } from '../compare/comparisons.ts';
import { selectQuestion } from '../compare/selection.ts';
import { shortQuote } from '../compare/summary.ts';

export function ConflictTables({ notebook }: { notebook: Notebook }) {
  const { setView } = useNotebook();
  const tables = cachedConflictTables(notebook);
  const open = (questionId: string) => {
    selectQuestion(questionId);
    setView('compare');
  };
  return (
    <section className="briefing-section" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Conflicting claims</h2>
      <p className="md-field-hint">Generated from your tagged claims, with the columns chosen in Compare.</p>
      {tables.length === 0 && <p className="muted">No conflicts: no question has actors taking different positions, and no claims are marked as contradicting.</p>}
      {tables.map((comparison) => (
        <div key={comparison.question.id} className="conflict-table">
          <div className="conflict-table-head">
            <h3>{comparison.question.text}</h3>
            <button type="button" className="link-button" onClick={() => open(comparison.question.id)}>
              Open in Compare
            </button>
          </div>
          <table>
            <thead>
              <tr>
                <th scope="col">Actor</th>
                <th scope="col">Position</th>
                <th scope="col">Claim</th>
                <th scope="col">Grade</th>
              </tr>
            </thead>
            <tbody>
              {comparison.columns.flatMap((column) =>
                column.claims.map((c) => (
                  <tr key={c.annotation.id}>
                    <td>{column.actor.name}</td>
                    <td>{c.position}</td>
                    <td>
                      “{shortQuote(c.quote, 120)}” <span className="muted">({c.cue || 'no cue'}, ¶{c.paragraph})</span>
                    </td>
                    <td>
                      <abbr title={admiraltyMeaning(c.reliability, c.credibility)}>{admiraltyCode(c.reliability, c.credibility)}</abbr>
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
