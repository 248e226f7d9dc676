// Briefing view: write the briefing note (title, BLUF, key judgments), check the
// generated conflict tables, pick excerpts, see it as it will be exported, export.
import { useNotebook } from '../state/NotebookProvider.tsx';
import { BriefingPreview } from './BriefingPreview.tsx';
import { ConflictTables } from './ConflictTables.tsx';
import { Excerpts } from './Excerpts.tsx';
import { ExportBar } from './ExportBar.tsx';
import { KeyJudgments } from './KeyJudgments.tsx';
import { MarkdownField } from '../fields/MarkdownField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useBriefingEdit } from '../state/useBriefing.ts';
import { DEFAULT_CLASSIFICATION } from '../../../notes/export/briefing-doc.ts';
import './briefing.css';

export function BriefingView() {
  const { notebook, readOnly } = useNotebook();
  const edit = useBriefingEdit();
  const briefing = notebook.briefing;
  return (
    <div className="briefing-view">
      <ExportBar />
      <div className="briefing-panes">
        <div className="briefing-editor">
          <section className="briefing-section" aria-label="Title and bottom line">
            <TextField
              label="Title"
              value={briefing.title}
              placeholder={notebook.title}
              readOnly={readOnly}
              maxLength={300}
              onCommit={(title, coalesce) => edit(() => ({ title }), coalesce)}
            />
            <p className="field-hint">{briefing.title.trim() ? 'Set apart from the notebook’s name; clear it to use that name again.' : 'Empty: the briefing takes the notebook’s name.'}</p>
            <div className="briefing-sending">
              <TextField
                label="Classification / handling"
                value={briefing.classification ?? ''}
                placeholder={DEFAULT_CLASSIFICATION}
                readOnly={readOnly}
                maxLength={200}
                onCommit={(classification, coalesce) => edit(() => ({ classification }), coalesce)}
              />
              <TextField label="Date (YYYY-MM-DD)" value={briefing.date ?? ''} placeholder={notebook.updatedAt.slice(0, 10)} readOnly={readOnly} maxLength={10} onCommit={(date, coalesce) => edit(() => (/^\d{4}-\d{2}-\d{2}$/.test(date) || date === '' ? { date: date || undefined } : null), coalesce)} />
              <TextField label="Author" value={briefing.author ?? ''} readOnly={readOnly} maxLength={200} onCommit={(author, coalesce) => edit(() => ({ author }), coalesce)} />
              <TextField label="Distribution" value={briefing.distribution ?? ''} readOnly={readOnly} maxLength={500} onCommit={(distribution, coalesce) => edit(() => ({ distribution }), coalesce)} />
            </div>
            <MarkdownField
              label="Bottom line up front (BLUF)"
              hint="Markdown. The answer first: what the reader must know if they read nothing else."
              value={briefing.bluf}
              rows={5}
              readOnly={readOnly}
              onCommit={(bluf, coalesce) => edit(() => ({ bluf }), coalesce)}
            />
          </section>
          <KeyJudgments judgments={briefing.keyJudgments} readOnly={readOnly} />
          <ConflictTables notebook={notebook} />
          <Excerpts notebook={notebook} readOnly={readOnly} />
        </div>
        <aside className="briefing-preview" aria-label="Preview">
          <h2>Preview</h2>
          <BriefingPreview notebook={notebook} />
        </aside>
      </div>
    </div>
  );
}
