// Element ids the queue and the reader share.
import { keyOf } from './acceptPlan.ts';
import type { Suggestion } from '../../../notes/claims/find.ts';

export const optionId = (s: Pick<Suggestion, 'content'>): string => `suggestion-${keyOf(s)}`;
export const editId = 'suggestion-edit';
