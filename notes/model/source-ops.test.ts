import { describe, expect, it } from 'vitest';
import { sampleNotebook } from '../samples/sample.ts';
import { applyOperation } from './apply.ts';
import { Operation } from './ops.ts';
import type { Notebook, Source } from './schema.ts';
import { NotebookShape } from './schema.ts';
import { validateNotebook } from './validate.ts';

const NOW = '2026-01-15T09:30:00.000Z';
const LATER = '2026-01-16T10:00:00.000Z';
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

function extraSource(id: string, title: string): Source {
  return { id, title, publisher: '', format: 'text', text: `${title}.`, sha256: 'a'.repeat(64), importedAt: NOW, updatedAt: NOW };
}

/** The sample with two more sources after its own: three in all. */
function threeSources(): Notebook {
  let nb = sampleNotebook(NOW);
  for (const [id, title] of [['src-b', 'Second'], ['src-c', 'Third']] as const) nb = applyOperation(nb, { kind: 'source.add', source: extraSource(id, title) }, NOW).notebook;
  return nb;
}

describe('source.update', () => {
  it('clears an optional field with null, and undo gives it back', () => {
    const nb = sampleNotebook(NOW);
    const id = nb.sources[0]!.id;
    const graded = applyOperation(nb, Operation.parse({ kind: 'source.update', id, patch: { reliability: 'B', url: 'https://example.org/a' } }), NOW).notebook;
    const cleared = applyOperation(graded, Operation.parse({ kind: 'source.update', id, patch: { reliability: null, url: null } }), LATER);
    expect(cleared.notebook.sources[0]).not.toHaveProperty('reliability');
    expect(cleared.notebook.sources[0]).not.toHaveProperty('url');
    expect(NotebookShape.safeParse(cleared.notebook).success).toBe(true);
    const back = applyOperation(cleared.notebook, Operation.parse(plain(cleared.inverse)), LATER).notebook;
    expect(back.sources[0]).toEqual(graded.sources[0]);
  });

  it('refuses a URL that is not http or https, an empty title and over-long fields', () => {
    const id = 'src-coalition-talks';
    for (const patch of [{ url: 'javascript:alert(1)' }, { url: 'file:///etc/passwd' }, { title: '  ' }, { publisher: 'x'.repeat(201) }, { author: 'x'.repeat(201) }, { published: 'x'.repeat(41) }]) {
      expect(Operation.safeParse({ kind: 'source.update', id, patch }).success, JSON.stringify(patch).slice(0, 40)).toBe(false);
    }
  });
});

describe('source.move', () => {
  it('puts a source at a place in the list, and undo puts it back', () => {
    const nb = threeSources();
    const moved = applyOperation(nb, Operation.parse({ kind: 'source.move', id: 'src-c', to: 0 }), LATER);
    expect(moved.notebook.sources.map((s) => s.id)).toEqual(['src-c', nb.sources[0]!.id, 'src-b']);
    expect(applyOperation(moved.notebook, moved.inverse, LATER).notebook.sources).toEqual(nb.sources);
  });

  it('refuses a place past the end and an unknown source, changing nothing', () => {
    const nb = threeSources();
    expect(() => applyOperation(nb, { kind: 'source.move', id: 'src-b', to: 3 }, NOW)).toThrow(/no place 4 in a list of 3/);
    expect(() => applyOperation(nb, { kind: 'source.move', id: 'nope', to: 0 }, NOW)).toThrow(/no source/);
    expect(Operation.safeParse({ kind: 'source.move', id: 'src-b', to: -1 }).success).toBe(false);
    expect(Operation.safeParse({ kind: 'source.move', id: 'src-b', to: 1.5 }).success).toBe(false);
  });
});

describe('source.delete', () => {
  it('takes the source’s annotations, their relations and excerpts with it, as one edit', () => {
    const nb = threeSources();
    const id = nb.sources[0]!.id;
    expect(nb.annotations.length).toBeGreaterThan(0);
    expect(nb.relations.length).toBeGreaterThan(0);
    const { notebook } = applyOperation(nb, { kind: 'source.delete', id }, LATER);
    expect(notebook.sources.map((s) => s.id)).toEqual(['src-b', 'src-c']);
    expect(notebook.annotations.filter((a) => a.sourceId === id)).toEqual([]);
    expect(notebook.relations).toEqual([]);
    expect(notebook.briefing.excerptIds).toEqual([]);
    expect(validateNotebook(plain(notebook)).ok).toBe(true);
  });

  it('undo brings back the source at its place with every annotation, relation and excerpt', () => {
    const nb = threeSources();
    const id = nb.sources[0]!.id;
    const deleted = applyOperation(nb, { kind: 'source.delete', id }, LATER);
    // The inverse crosses the IPC boundary as JSON and must pass main's check.
    const undone = applyOperation(deleted.notebook, Operation.parse(plain(deleted.inverse)), LATER).notebook;
    expect(undone.sources).toEqual(nb.sources);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(undone.annotations)).toEqual(byId(nb.annotations));
    expect(byId(undone.relations)).toEqual(byId(nb.relations));
    expect(undone.briefing).toEqual(nb.briefing);
  });

  it('forgets the suggestions rejected on that source, and undo remembers them', () => {
    let nb = threeSources();
    const id = nb.sources[0]!.id;
    nb = applyOperation(nb, { kind: 'suggestion.dismiss', sourceId: id, exact: 'a quote', dismissed: true }, NOW).notebook;
    const deleted = applyOperation(nb, { kind: 'source.delete', id }, LATER);
    expect(deleted.notebook).not.toHaveProperty('dismissedSuggestions');
    expect(applyOperation(deleted.notebook, deleted.inverse, LATER).notebook.dismissedSuggestions).toEqual(nb.dismissedSuggestions);
  });
});
