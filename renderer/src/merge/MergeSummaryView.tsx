// What a merge would bring in, as the preview shows it: the figures, then by
// source and by actor. Every name here comes from the colleague's file and is
// shown as text.
import type { MergePreview } from '../../../electron/contract.ts';
import type { Tally } from '../../../notes/merge/summary.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function TallyTable({ caption, rows }: { caption: string; rows: { key: string; name: string; tally: Tally }[] }) {
  if (!rows.length) return null;
  return (
    <table className="merge-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption.startsWith('By actor') ? 'Actor' : 'Source'}</th>
          <th scope="col">New</th>
          <th scope="col">Changed</th>
          <th scope="col">Removed</th>
          <th scope="col">Conflicts</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.name}</th>
            <td>{r.tally.added || '–'}</td>
            <td>{r.tally.changed || '–'}</td>
            <td>{r.tally.removed || '–'}</td>
            <td className={r.tally.conflicts ? 'merge-has-conflicts' : undefined}>{r.tally.conflicts || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MergeSummaryView({ preview }: { preview: MergePreview }) {
  const s = preview.summary;
  const from = preview.author ?? preview.title;
  const others = s.otherRecords.added + s.otherRecords.changed + s.otherRecords.removed;
  if (!preview.operation) {
    return (
      <p className="merge-nothing" role="status">
        Nothing new: this notebook already holds everything in {preview.fileName}
        {s.hadBase ? ' since your last merge of it' : ''}.
      </p>
    );
  }
  return (
    <>
      <p className="merge-from">
        From <strong>{preview.fileName}</strong> — {s.hadBase ? `changes since your last merge of ${from}’s notebook.` : `the first merge of ${from}’s notebook: where a field differs on the two sides, yours is kept and theirs waits as a conflict.`}
      </p>
      {s.otherArticle && (
        <p className="merge-note">
          It shares no source with this notebook — another article entirely. Its {plural(s.newSources.length, 'source')} will come in as extra sources.
        </p>
      )}
      <dl className="merge-figures" aria-label="What comes in">
        <div>
          <dt>New annotations</dt>
          <dd>{s.annotations.added}</dd>
        </div>
        <div>
          <dt>Changed</dt>
          <dd>{s.annotations.changed}</dd>
        </div>
        <div>
          <dt>Removed</dt>
          <dd>{s.annotations.removed}</dd>
        </div>
        <div className={s.conflicts ? 'merge-has-conflicts' : undefined}>
          <dt>Conflicts to resolve</dt>
          <dd>{s.conflicts}</dd>
        </div>
      </dl>
      <ul className="merge-extras">
        {s.newSources.length > 0 && <li>New sources: {s.newSources.map((x) => `“${x.title}”`).join(', ')}</li>}
        {s.newActors.length > 0 && <li>New actors: {s.newActors.map((x) => x.name).join(', ')}</li>}
        {others > 0 && <li>{plural(others, 'other record')} (sources, actors, questions, tags, relations, the briefing) added, changed or removed</li>}
      </ul>
      <TallyTable caption="By source" rows={s.bySource.map((x) => ({ key: x.sourceId, name: x.title, tally: x }))} />
      <TallyTable caption="By actor (claims)" rows={s.byActor.map((x) => ({ key: x.actorId, name: x.name, tally: x }))} />
    </>
  );
}
