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
  /** How the label lines up on (labelX, labelY): centred over a curve, beside a bracket. */
  labelAnchor: 'middle' | 'start' | 'end';
}

const BULGE = 36;
const LABEL_LIFT = 9;
/** How far a same-column bracket stands out from the cards' edge. */
const BRACKET = 18;
/** Radius of the bracket's corners. */
const CORNER = 8;
/** Gap between a bracket and its label. */
const LABEL_GAP = 5;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A gentle curve between facing edges: right edge → left edge when the second
 * card lies to the right, left → right when it lies to the left. Two cards in
 * the same column get a bracket on whichever side has more room on the board
 * (`boardWidth`): the gap towards the next column, never off the board's edge,
 * with its label beside it, level and whole.
 */
export function linkBetween(from: Box, to: Box, boardWidth = Infinity): Link {
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
    return bracketBetween(from, to, boardWidth);
  }
  const d = `M${round(x1)},${round(fromMid)} C${round(c1)},${round(fromMid)} ${round(c2)},${round(toMid)} ${round(x2)},${round(toMid)}`;
  // The midpoint of a cubic Bézier at t = 0.5.
  const labelX = (x1 + 3 * c1 + 3 * c2 + x2) / 8;
  // Above the line, so the words never sit on the stroke or the arrowhead.
  const labelY = (fromMid + toMid) / 2 - LABEL_LIFT;
  return { d, labelX: round(labelX), labelY: round(labelY), labelAnchor: 'middle' };
}

/** A square bracket with rounded corners beside one column, from one card's middle to the other's. */
function bracketBetween(from: Box, to: Box, boardWidth: number): Link {
  const fromMid = from.top + from.height / 2;
  const toMid = to.top + to.height / 2;
  const rightEdge = Math.max(from.left + from.width, to.left + to.width);
  const leftEdge = Math.min(from.left, to.left);
  const right = boardWidth - rightEdge >= leftEdge;
  const out = right ? 1 : -1;
  const x1 = right ? from.left + from.width : from.left;
  const x2 = right ? to.left + to.width : to.left;
  const spine = right ? rightEdge + BRACKET : leftEdge - BRACKET;
  const down = toMid >= fromMid ? 1 : -1;
  const r = Math.min(CORNER, Math.abs(toMid - fromMid) / 2);
  const d = [
    `M${round(x1)},${round(fromMid)}`,
    `H${round(spine - out * r)}`,
    `Q${round(spine)},${round(fromMid)} ${round(spine)},${round(fromMid + down * r)}`,
    `V${round(toMid - down * r)}`,
    `Q${round(spine)},${round(toMid)} ${round(spine - out * r)},${round(toMid)}`,
    `L ${round(x2)},${round(toMid)}`,
  ].join(' ');
  return { d, labelX: round(spine + out * LABEL_GAP), labelY: round((fromMid + toMid) / 2), labelAnchor: right ? 'start' : 'end' };
}
