// Messages between the window and the claim finder's worker.
import type { ActorNames, Suggestion } from '../../../notes/claims/find.ts';
import type { Span } from '../../../notes/claims/span.ts';

export interface FindRequest {
  text: string;
  /** Only these stretches of the text (a revised source's changed paragraphs); the whole text when absent. */
  within?: Span[];
  actors: ActorNames[];
}

export type FinderMessage =
  | { type: 'progress'; done: number; total: number; found: number }
  | { type: 'done'; suggestions: Suggestion[] }
  | { type: 'failed'; message: string };
