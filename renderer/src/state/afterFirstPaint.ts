// The first screen of an open notebook is the reader: its text and its
// highlights. The annotations pane's cards (ordering 10,000 annotations,
// building their rows, laying out cards in fonts not yet opened) would
// lengthen that first frame, so they come in the task after it is painted. Only
// the window's first screen waits: once it is up, a pane mounted again (back
// from Compare or Briefing) shows its cards in the same frame.
import { useEffect, useState } from 'react';

let firstScreenPainted = false;

/** False until the frame after the caller first mounted is painted; true from then on, in every caller. */
export function useAfterFirstPaint(): boolean {
  const [after, setAfter] = useState(firstScreenPainted);
  useEffect(() => {
    if (after) return;
    let live = true;
    const frame = requestAnimationFrame(() => {
      // A task posted from the frame's callbacks runs once that frame is painted; as an ordinary task,
      // after the reader's painted mark (posted 'user-blocking', renderer/src/reader/painted.ts).
      setTimeout(() => {
        firstScreenPainted = true;
        if (live) setAfter(true);
      }, 0);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [after]);
  return after;
}
