// Tags on one annotation: chips to remove, a field to add an existing tag or
// create one (with the next free colour) by typing its label.
import { useId, useState, type FormEvent } from 'react';
import { newId, nextColor } from '../../../notes/model/factory.ts';
import type { Operation } from '../../../notes/model/ops.ts';
import type { Annotation } from '../../../notes/model/schema.ts';
import { cleanName, findTag, NAME_MAX } from '../../../notes/claims/resolve.ts';
import { useNotebook } from '../state/NotebookProvider.tsx';

export function TagEditor({ annotation, onDone }: { annotation: Annotation; onDone(): void }) {
  const { notebook, apply } = useNotebook();
  const uid = useId();
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState('');

  function add(event: FormEvent) {
    event.preventDefault();
    const text = cleanName(label);
    if (!text) return onDone();
    if (text.length > NAME_MAX) return setProblem(`Tags are at most ${NAME_MAX} characters.`);
    const ops: Operation[] = [];
    let tag = findTag(notebook, text);
    if (!tag) {
      tag = { id: newId('tag-'), label: text, color: nextColor(notebook.tags.map((t) => t.color)) };
      ops.push({ kind: 'tag.add', tag });
    }
    if (!annotation.tags.includes(tag.id)) {
      ops.push({ kind: 'annotation.update', id: annotation.id, patch: { tags: [...annotation.tags, tag.id] }, at: new Date().toISOString() });
    }
    if (ops.length && apply(ops)) setLabel('');
    setProblem('');
  }

  const unused = notebook.tags.filter((t) => !annotation.tags.includes(t.id));
  return (
    <form className="tag-editor" onSubmit={add} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), e.stopPropagation(), onDone())}>
      <label htmlFor={`${uid}-tag`} className="visually-hidden">
        Add a tag
      </label>
      <input id={`${uid}-tag`} list={`${uid}-tags`} value={label} autoFocus autoComplete="off" placeholder="Add a tag…" onChange={(e) => setLabel(e.target.value)} />
      <datalist id={`${uid}-tags`}>
        {unused.map((t) => (
          <option key={t.id} value={t.label} />
        ))}
      </datalist>
      <button type="submit" className="small">
        Add
      </button>
      <button type="button" className="small" onClick={onDone}>
        Done
      </button>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
