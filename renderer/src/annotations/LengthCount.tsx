// How much room a text has left, shown only near its limit (the editor's
// maxLength refuses more): an analyst never meets it, and one who pastes a
// whole report into a note sees why the end was not taken.
import { LIMIT_WARNING_SHARE } from '../../../notes/model/vocabulary.ts';
import { count } from '../../../notes/model/limits.ts';

export function LengthCount({ length, max }: { length: number; max: number }) {
  if (length < max * LIMIT_WARNING_SHARE) return null;
  const full = length >= max;
  return (
    <p className={full ? 'length-count full' : 'length-count'} role="status" aria-live="polite">
      {count(length)} / {count(max)} characters{full ? ' — the limit: shorten it to add more' : ''}
    </p>
  );
}
