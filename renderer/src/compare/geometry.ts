// Where a relation's line runs between two claim cards. Pure: it takes the
// cards' boxes (relative to the board) so that measuring — the expensive part —
// happens once per layout change, in one batch, elsewhere.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Link {
  /** SVG path data, from the first card's edge to the second's. */
  d: string;
  /** Where the kind's label sits. */
  labelX: number;
  labelY: number;
}

const BULGE = 36;
const LABEL_LIFT = 9;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A gentle curve between facing edges: right edge → left edge when the second
 * card lies to the right, left → right when it lies to the left, and a loop out
 * of the right edges when both sit in the same column.
 */
export function linkBetween(from: Box, to: Box): Link {
  const fromMid = from.top + from.height / 2;
  const toMid = to.top + to.height / 2;
  let x1: number;
  let x2: number;
  let c1: number;
  let c2: number;
  if (from.left + from.width <= to.left) {
    x1 = from.left + from.width;
    x2 = to.left;
    const pull = Math.max(BULGE, (x2 - x1) / 2);
    c1 = x1 + pull;
    c2 = x2 - pull;
  } else if (to.left + to.width <= from.left) {
    x1 = from.left;
    x2 = to.left + to.width;
    const pull = Math.max(BULGE, (x1 - x2) / 2);
    c1 = x1 - pull;
    c2 = x2 + pull;
  } else {
    x1 = from.left + from.width;
    x2 = to.left + to.width;
    const out = Math.max(x1, x2) + BULGE;
    c1 = out;
    c2 = out;
  }
  const d = `M${round(x1)},${round(fromMid)} C${round(c1)},${round(fromMid)} ${round(c2)},${round(toMid)} ${round(x2)},${round(toMid)}`;
  // The midpoint of a cubic Bézier at t = 0.5.
  const labelX = (x1 + 3 * c1 + 3 * c2 + x2) / 8;
  // Above the line, so the words never sit on the stroke or the arrowhead.
  const labelY = (fromMid + toMid) / 2 - LABEL_LIFT;
  return { d, labelX: round(labelX), labelY: round(labelY) };
}
