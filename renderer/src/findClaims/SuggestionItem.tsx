// One suggestion in the review queue: who, the cue, the quote, and — on the
// focused one — what can be done with it. Keys do the same from the list.
import { memo } from 'react';
import { quotedWords } from '../../../notes/claims/accept.ts';
import type { Suggestion } from '../../../notes/claims/find.ts';
import type { Actor } from '../../../notes/model/schema.ts';
import { markedQuote } from '../../../notes/text/nested.ts';
import { speakerOf } from './acceptPlan.ts';

const QUOTE_SHOWN = 320;

interface Props {
  id: string;
  suggestion: Suggestion;
  text: string;
  focused: boolean;
  actor: Pick<Actor, 'name' | 'color'> | undefined;
  sameSpeaker: number;
  onFocus(): void;
  onAccept(): void;
  onReject(): void;
  onEdit(): void;
  onAcceptSpeaker(): void;
}

export const SuggestionItem = memo(function SuggestionItem({ id, suggestion: s, text, focused, actor, sameSpeaker, ...act }: Props) {
  const cue = s.cue ? text.slice(s.cue.start, s.cue.end) : '';
  // The words an accepted claim will quote: a direct quote's inside its marks.
  const words = quotedWords(text, s.content);
  const said = words === s.content ? s.text : text.slice(words.start, words.end);
  const quote = said.length > QUOTE_SHOWN ? `${said.slice(0, QUOTE_SHOWN)}…` : said;
  const speaker = speakerOf(s);
  return (
    <li id={id} role="option" aria-selected={focused} className={`suggestion${focused ? ' focused' : ''}`} data-kind={s.kind} onClick={act.onFocus}>
      <div className="suggestion-who">
        <span className="swatch" style={actor ? { backgroundColor: actor.color } : undefined} aria-hidden="true" />
        <span className="suggestion-actor" dir="auto">
          {speaker}
        </span>
        {!s.actor ? (
          <span className="badge no-speaker" title="The text names no one for these words: Edit (E) to name the speaker">
            speaker not named
          </span>
        ) : (
          <>
            {!actor && <span className="badge new-actor">new actor</span>}
            {s.guessed && (
              <span className="badge no-speaker" title="No reporting verb ties these words to this speaker: the nearest one was taken. Check before accepting, or Edit (E).">
                speaker guessed
              </span>
            )}
          </>
        )}
        {cue && (
          <span className="suggestion-cue" dir="auto">
            {cue}
          </span>
        )}
        <span className="suggestion-kind">{s.kind}</span>
      </div>
      <p className="suggestion-quote" dir="auto">
        {markedQuote(quote)}
      </p>
      {focused && (
        <div className="suggestion-actions">
          <button type="button" tabIndex={-1} className="primary small" onClick={act.onAccept} title="Accept as a claim (Enter)">
            Accept
          </button>
          <button type="button" tabIndex={-1} className="small" onClick={act.onEdit} title="Edit, then accept (E)">
            Edit…
          </button>
          <button type="button" tabIndex={-1} className="small" onClick={act.onReject} title="Not a claim; not offered again (Delete)">
            Reject
          </button>
          {sameSpeaker > 1 && (
            <button type="button" tabIndex={-1} className="small" onClick={act.onAcceptSpeaker} title="Accept every suggestion by this speaker (Shift+Enter)">
              Accept all {sameSpeaker} from {speaker}
            </button>
          )}
        </div>
      )}
    </li>
  );
});
