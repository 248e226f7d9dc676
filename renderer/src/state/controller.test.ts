// The controller against a fake main process that behaves like the real
// handlers: applies operations with the same pure function, checks the
// revision each call names, bumps it by one per operation.
import { describe, expect, it } from 'vitest';
import type { ApiError, NotebookApi, NotebookEvent, Result, SaveStatus, Session } from '../../../electron/contract.ts';
import { applyOperation } from '../../../notes/model/apply.ts';
import { type Operation } from '../../../notes/model/ops.ts';
import type { Notebook } from '../../../notes/model/schema.ts';
import { sampleNotebook, SAMPLE_IDS } from '../../../notes/samples/sample.ts';
import { NotebookController } from './controller.ts';

const NOW = '2024-07-30T12:00:00.000Z';

class FakeMain {
  notebook: Notebook = sampleNotebook(NOW);
  revision = 0;
  readOnly = false;
  calls: { ops: Operation[]; base: number }[] = [];
  flushes = 0;
  refuseNext: ApiError | null = null;
  listeners = new Set<(e: NotebookEvent) => void>();

  session(): Session {
    return { file: '/n/sample.notebook.json', notebook: this.notebook, revision: this.revision, readOnly: this.readOnly, recent: [], save: { state: 'saved' } };
  }

  api(): NotebookApi {
    const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });
    const fail = (error: ApiError) => Promise.resolve({ ok: false as const, error });
    const unused = () => fail({ code: 'internal', message: 'not in this test' });
    return {
      session: () => ok(this.session()),
      apply: (ops, base) => {
        this.calls.push({ ops: ops as Operation[], base });
        if (this.refuseNext) {
          const error = this.refuseNext;
          this.refuseNext = null;
          return fail(error);
        }
        if (base !== this.revision) return fail({ code: 'operation', message: 'stale' });
        for (const op of ops as Operation[]) this.notebook = applyOperation(this.notebook, op, NOW).notebook;
        this.revision += ops.length;
        return ok({ revision: this.revision });
      },
      flush: () => {
        this.flushes++;
        return ok<SaveStatus>({ state: 'saved', savedAt: NOW });
      },
      newNotebook: unused,
      openNotebook: unused,
      importSource: unused,
      reviseSource: unused,
      restoreBackup: unused,
      saveCopy: unused,
      exportNotebook: unused,
      openExternal: unused,
      about: unused,
      previewMerge: unused,
      onEvent: (listener) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
    };
  }
}

async function started(main = new FakeMain()) {
  const controller = new NotebookController(main.api(), () => NOW);
  await controller.start();
  return { main, controller, nb: () => controller.getState().notebook! };
}

const rename = (title: string): Operation => ({ kind: 'notebook.rename', title });
const noteOp = (note: string): Operation => ({ kind: 'annotation.update', id: SAMPLE_IDS.baghdadClaim, patch: { note }, at: NOW });
const noteOf = (nb: Notebook) => nb.annotations.find((a) => a.id === SAMPLE_IDS.baghdadClaim)!.note;

describe('NotebookController', () => {
  it('shows an edit at once and main ends up with the same notebook', async () => {
    const { main, controller, nb } = await started();
    controller.apply(rename('Talks'));
    expect(nb().title).toBe('Talks');
    controller.apply(noteOp('first'));
    controller.apply(noteOp('second'));
    await controller.settled();
    expect(main.notebook.title).toBe('Talks');
    expect(noteOf(main.notebook)).toBe('second');
    expect(main.revision).toBe(3);
  });

  it('names the right revision on calls sent before earlier ones are answered', async () => {
    const { main, controller } = await started();
    controller.apply(rename('A'));
    await Promise.resolve();
    controller.apply(rename('B'));
    await controller.settled();
    expect(main.calls.map((c) => c.base)).toEqual([0, 1]);
    expect(main.notebook.title).toBe('B');
  });

  it('undoes and redoes, and main follows', async () => {
    const { main, controller, nb } = await started();
    const before = nb().title;
    controller.apply(rename('Renamed'));
    controller.undo();
    expect(nb().title).toBe(before);
    expect(controller.getState().canRedo).toBe(true);
    controller.redo();
    expect(nb().title).toBe('Renamed');
    controller.undo();
    await controller.settled();
    expect(main.notebook.title).toBe(before);
  });

  it('undoes several operations applied together as one step', async () => {
    const { controller, nb } = await started();
    const before = nb();
    controller.apply([rename('One action'), noteOp('with a note')]);
    controller.undo();
    expect(nb().title).toBe(before.title);
    expect(noteOf(nb())).toBe(noteOf(before));
    expect(controller.getState().canUndo).toBe(false);
  });

  it('undoes one stretch of typing in a note as one step, and a new stretch separately', async () => {
    const { controller, nb } = await started();
    const original = noteOf(nb());
    controller.apply(noteOp('a'), { coalesce: 'typing-1' });
    controller.apply(noteOp('ab'), { coalesce: 'typing-1' });
    controller.apply(noteOp('abc'), { coalesce: 'typing-1' });
    controller.apply(noteOp('abc, later'), { coalesce: 'typing-2' });
    controller.undo();
    expect(noteOf(nb())).toBe('abc');
    controller.undo();
    expect(noteOf(nb())).toBe(original);
    controller.redo();
    expect(noteOf(nb())).toBe('abc');
  });

  it('a new edit clears what could be redone', async () => {
    const { controller } = await started();
    controller.apply(rename('A'));
    controller.undo();
    controller.apply(rename('B'));
    expect(controller.getState().canRedo).toBe(false);
  });

  it('refuses an edit that does not fit, says why, and changes nothing', async () => {
    const { main, controller, nb } = await started();
    const before = nb();
    expect(controller.apply({ kind: 'actor.delete', id: SAMPLE_IDS.baghdad })).toBe(false);
    expect(nb()).toBe(before);
    const claims = before.annotations.filter((a) => a.claim?.actorId === SAMPLE_IDS.baghdad).length;
    expect(controller.getState().notice?.message).toBe(`This actor is used by ${claims} annotations; remove it from them first.`);
    await controller.settled();
    expect(main.calls).toEqual([]);
  });

  it('when main refuses an edit, says so and shows main’s notebook again', async () => {
    const { main, controller, nb } = await started();
    main.refuseNext = { code: 'io', message: 'The disk is full — free some space and edit again.' };
    controller.apply(rename('Lost'));
    expect(nb().title).toBe('Lost');
    await controller.settled();
    await new Promise((r) => setTimeout(r, 0));
    expect(nb().title).toBe(main.notebook.title);
    expect(controller.getState().notice?.message).toMatch(/^The disk is full — free some space and edit again\./);
    expect(controller.getState().canUndo).toBe(false);
    // Edits go on from main's revision.
    controller.apply(rename('Kept'));
    await controller.settled();
    expect(main.notebook.title).toBe('Kept');
  });

  it('a read-only notebook refuses edits with a message saying what to do', async () => {
    const main = new FakeMain();
    main.readOnly = true;
    const { controller, nb } = await started(main);
    expect(controller.apply(rename('No'))).toBe(false);
    expect(nb().title).not.toBe('No');
    expect(controller.getState().notice?.message).toMatch(/read-only/);
  });

  it('flush applies unsent note typing, sends it, then asks main to write', async () => {
    const { main, controller } = await started();
    let draft = 'typed just before closing';
    controller.addFlusher(() => {
      if (draft) controller.apply(noteOp(draft));
      draft = '';
    });
    await controller.flush();
    expect(main.flushes).toBe(1);
    expect(noteOf(main.notebook)).toBe('typed just before closing');
  });

  it('follows save-status events and adopts a notebook main opens', async () => {
    const { main, controller, nb } = await started();
    for (const l of main.listeners) l({ type: 'save-status', status: { state: 'saving' } });
    expect(controller.getState().saveStatus.state).toBe('saving');
    controller.apply(rename('Before the switch'));
    const other = { ...sampleNotebook(NOW), title: 'Another notebook' };
    for (const l of main.listeners) l({ type: 'session', session: { ...main.session(), notebook: other, revision: 7 } });
    expect(nb().title).toBe('Another notebook');
    expect(controller.getState().canUndo).toBe(false);
  });
});
