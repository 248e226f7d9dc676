// Makers for new entities. They read the clock and draw random ids, so they
// live apart from the pure operations.
import type { Notebook } from './schema.ts';
import { SCHEMA_VERSION } from './vocabulary.ts';

export function newId(prefix = ''): string {
  return prefix + globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 20);
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Distinct, print-safe colours that keep AA contrast for text drawn on a 25% tint. */
export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'] as const;

export function nextColor(used: readonly string[]): string {
  return PALETTE.find((c) => !used.includes(c)) ?? PALETTE[used.length % PALETTE.length]!;
}

export function emptyNotebook(title: string, now = nowIso()): Notebook {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId('nb'),
    title,
    createdAt: now,
    updatedAt: now,
    sources: [],
    annotations: [],
    actors: [],
    questions: [],
    tags: [],
    relations: [],
    briefing: { title: '', bluf: '', keyJudgments: [], questionNotes: {}, columns: {}, excerptIds: [] },
  };
}
