import { describe, expect, it } from 'vitest';
import { linkBetween } from './geometry.ts';

const start = (d: string) => d.match(/^M([\d.-]+),([\d.-]+)/)!.slice(1).map(Number);
const end = (d: string) => d.match(/ ([\d.-]+),([\d.-]+)$/)!.slice(1).map(Number);

describe('linkBetween', () => {
  const left = { left: 0, top: 100, width: 200, height: 50 };
  const right = { left: 300, top: 10, width: 200, height: 80 };

  it('runs from the right edge to the left edge of a card further right', () => {
    const { d } = linkBetween(left, right);
    expect(start(d)).toEqual([200, 125]);
    expect(end(d)).toEqual([300, 50]);
  });

  it('runs from the left edge to the right edge of a card further left', () => {
    const { d } = linkBetween(right, left);
    expect(start(d)).toEqual([300, 50]);
    expect(end(d)).toEqual([200, 125]);
  });

  it('brackets two cards of one column on the side towards the room, label beside it', () => {
    const below = { left: 0, top: 300, width: 200, height: 50 };
    const link = linkBetween(left, below, 600);
    expect(start(link.d)).toEqual([200, 125]);
    expect(end(link.d)).toEqual([200, 325]);
    expect(link.labelX).toBeGreaterThan(200);
    expect(link.labelAnchor).toBe('start');
    expect(link.labelY).toBe(225);
  });

  it('brackets the last column on its inner (left) side, never past the board edge', () => {
    const top = { left: 300, top: 10, width: 200, height: 80 };
    const below = { left: 300, top: 200, width: 200, height: 80 };
    const link = linkBetween(below, top, 504);
    expect(start(link.d)).toEqual([300, 240]);
    expect(end(link.d)).toEqual([300, 50]);
    expect(link.labelX).toBeLessThan(300);
    expect(link.labelAnchor).toBe('end');
    expect(Math.max(...link.d.match(/-?[\d.]+/g)!.map(Number))).toBeLessThanOrEqual(504);
  });

  it('puts the label between the two ends', () => {
    const link = linkBetween(left, right);
    expect(link.labelX).toBeGreaterThan(200);
    expect(link.labelX).toBeLessThan(300);
  });
});
