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
