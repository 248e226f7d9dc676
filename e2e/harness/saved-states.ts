// Which states a killed main may have left on disk, read from the host log
// (host-backend.ts) — never from the store itself.
//
// Main applies the window's edits call by call; a save writes the state after
// some call, and reports 'saved' (to the window's save indicator) only once
// the state as of that moment is on disk. So after a kill the file must hold
// the state after call k, for some k at or past the last call answered before
// the last 'saved' report, and no further than the last call sent. Here a
// state is what the crash tests follow of the notebook: the sources, and each
// annotation's quote and note.
import type { NotebookEvent, Result } from '../../electron/contract.ts';
import type { Operation } from '../../notes/model/ops.ts';
import type { Notebook } from '../../notes/model/schema.ts';
import type { HostRecord } from './host-backend.ts';

export interface Followed {
  sources: number;
  /** annotation id → quote and note */
  annotations: Map<string, { quote: string; note: string }>;
}

export function followed(notebook: Notebook): Followed {
  return {
    sources: notebook.sources.length,
    annotations: new Map(notebook.annotations.map((a) => [a.id, { quote: a.target.quote.exact, note: a.note }])),
  };
}

const copy = (state: Followed): Followed => ({ sources: state.sources, annotations: new Map(state.annotations) });

function applyOp(state: Followed, op: Operation): void {
  switch (op.kind) {
    case 'annotation.add':
      state.annotations.set(op.annotation.id, { quote: op.annotation.target.quote.exact, note: op.annotation.note });
      break;
    case 'annotation.update': {
      const old = state.annotations.get(op.id);
      if (old && op.patch.note !== undefined) state.annotations.set(op.id, { ...old, note: op.patch.note });
      break;
    }
    case 'annotation.delete':
      state.annotations.delete(op.id);
      break;
    case 'source.add':
      state.sources += 1;
      break;
    case 'source.delete':
    case 'source.replace':
      throw new Error(`${op.kind} is not followed by the crash tests`);
    case 'batch':
      for (const inner of op.ops) applyOp(state, inner);
      break;
    default:
      // Titles, actors, questions, tags, relations, the briefing: not followed here.
      break;
  }
}

/** One call that changed (or may have changed) the notebook. */
export interface Step {
  id: number;
  name: 'apply' | 'importSource';
  /** Whether main answered before the kill. */
  answered: boolean;
  apply(state: Followed): Followed;
}

export interface HostSession {
  /** In the order main applied them: answered calls first (in answer order), then the unanswered ones as sent. */
  steps: Step[];
  /** Steps 0..confirmed-1 were on disk by main's last 'saved' report (before the kill). */
  confirmed: number;
  /** A save had started ('saving') and not been reported done (when main was killed). */
  saving: boolean;
  /** Calls that changed the notebook while a save was running. */
  editsDuringSaves: number;
  /** How long each save ran, from 'saving' to 'saved' or 'error' as the harness saw them (ms). */
  saveTimes: number[];
}

const CHANGING = new Set(['apply', 'importSource']);

export const isSaveState = (r: HostRecord, state: 'saving' | 'saved'): boolean => r.type === 'event' && r.event.type === 'save-status' && r.event.status.state === state;

/** Reads the log of the last session that ended in a kill (from its 'start' to its 'kill'). */
export function killedSession(log: readonly HostRecord[]): HostSession {
  const end = log.findLastIndex((r) => r.type === 'kill');
  if (end < 0) throw new Error('main was not killed');
  return readSession(log.slice(log.slice(0, end).findLastIndex((r) => r.type === 'start') + 1, end));
}

/** Whether main answered an edit sent after `mark` while a save was running (that run of saves writes it too). */
export function appliedWhileSaving(log: readonly HostRecord[], mark: number): boolean {
  const applies = new Set(log.slice(mark).flatMap((r) => (r.type === 'call' && r.name === 'apply' ? [r.id] : [])));
  const at = log.findIndex((r, i) => i >= mark && r.type === 'reply' && applies.has(r.id));
  for (let i = at; i >= 0; i--) {
    const r = log[i]!;
    if (r.type === 'start') return false;
    if (r.type === 'event' && r.event.type === 'save-status') return r.event.status.state === 'saving';
  }
  return false;
}

/** Reads the log of the running main, so far. */
export function currentSession(log: readonly HostRecord[]): HostSession {
  return readSession(log.slice(log.findLastIndex((r) => r.type === 'start') + 1));
}

function readSession(records: readonly HostRecord[]): HostSession {
  const sent = new Map<number, { name: 'apply' | 'importSource'; args: unknown; at: number }>();
  const answered: { id: number; result: Result<unknown>; at: number }[] = [];
  let lastSaved = -1;
  let saving = false;
  let editsDuringSaves = 0;
  let savingSince: number | undefined;
  const saveTimes: number[] = [];
  records.forEach((r, at) => {
    if (r.type === 'call' && CHANGING.has(r.name)) sent.set(r.id, { name: r.name as 'apply' | 'importSource', args: r.args, at });
    else if (r.type === 'reply' && sent.has(r.id)) {
      answered.push({ id: r.id, result: r.result, at });
      if (saving && r.result.ok) editsDuringSaves++;
    } else if (r.type === 'event' && isSaveStatus(r.event)) {
      if (r.event.status.state === 'saved') lastSaved = at;
      saving = r.event.status.state === 'saving';
      if (saving) savingSince = r.at;
      else if (savingSince !== undefined && r.at !== undefined) saveTimes.push(r.at - savingSince);
    }
  });

  const stepOf = (id: number, isAnswered: boolean): Step => {
    const call = sent.get(id)!;
    return {
      id,
      name: call.name,
      answered: isAnswered,
      apply(state) {
        const next = copy(state);
        if (call.name === 'importSource') next.sources += 1;
        else for (const op of (call.args as [Operation[], number])[0]) applyOp(next, op);
        return next;
      },
    };
  };
  const done = answered.filter((a) => a.result.ok);
  const answeredIds = new Set(answered.map((a) => a.id));
  const steps = [...done.map((a) => stepOf(a.id, true)), ...[...sent.keys()].filter((id) => !answeredIds.has(id)).map((id) => stepOf(id, false))];
  const confirmed = done.filter((a) => a.at < lastSaved).length;
  return { steps, confirmed, saving, editsDuringSaves, saveTimes };
}

/** Polls until `ready()` (the host log grows as main's messages arrive). */
export async function until(what: string, ready: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

function isSaveStatus(event: NotebookEvent): event is Extract<NotebookEvent, { type: 'save-status' }> {
  return event.type === 'save-status';
}

/** The states the file may hold after the kill: after step k, for k = confirmed … steps.length. */
export function allowedStates(before: Followed, session: HostSession): { k: number; state: Followed }[] {
  const states: { k: number; state: Followed }[] = [];
  let state = before;
  for (let k = 0; k <= session.steps.length; k++) {
    if (k >= session.confirmed) states.push({ k, state });
    const step = session.steps[k];
    if (step) state = step.apply(state);
  }
  return states;
}

export function sameState(a: Followed, b: Followed): boolean {
  if (a.sources !== b.sources || a.annotations.size !== b.annotations.size) return false;
  for (const [id, x] of a.annotations) {
    const y = b.annotations.get(id);
    if (!y || y.quote !== x.quote || y.note !== x.note) return false;
  }
  return true;
}

/** For failure messages. */
export function describeState(state: Followed): string {
  const notes = [...state.annotations.values()].map((a) => `“${a.quote}”${a.note ? ` (note: ${a.note.length > 40 ? `${a.note.slice(0, 40)}…` : a.note})` : ''}`);
  return `${state.sources} source(s); ${state.annotations.size} annotation(s): ${notes.join(', ')}`;
}
