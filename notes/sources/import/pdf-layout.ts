// A PDF's positioned text as paragraphs. A PDF has no paragraphs, only runs of
// glyphs at coordinates; this rebuilds what a reader sees: lines from runs on
// one baseline, paragraphs from the gaps and indents between lines, words
// split at a line end joined again, and the running heads and feet that repeat
// on every page dropped. Page starts are kept as offsets into the text, so a
// quote can be cited by page.
import { hasRtl } from '../../text/direction.ts';
import { normalisePresentationForms, repairSwappedLigatures, shapedOrderIsVisual, visualToLogical } from './arabic.ts';

/** One run of text as pdf.js reports it; y grows up the page. */
export interface PdfRun {
  str: string;
  dir: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfPageRuns {
  runs: PdfRun[];
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  rtl: boolean;
  /** Which column of the page the line is in, in reading order; -1 for a line across the columns (a headline). */
  column: number;
}

/** Runs on one line when their baselines differ by less than this share of the font size. */
const SAME_LINE = 0.5;
/** A gap wider than this share of the font size between two runs is a space. */
const WORD_GAP = 0.2;
/** A gap between lines this many times the usual line spacing starts a paragraph. */
const PARAGRAPH_GAP = 1.3;
/** A line indented by this many font sizes past the one above starts a paragraph. */
const INDENT = 1;
/** A line this much (share of the column) short of the column's edge, ending a sentence, ends a paragraph. */
const SHORT_LINE = 0.25;
/** A line found in the head or foot of at least this share of the pages is a running head or foot. */
const RUNNING_SHARE = 0.5;
/** How many lines at the top and at the bottom of a page count as its head and foot. */
const HEAD_FOOT_LINES = 2;
/** A gap this many font sizes wide on one baseline is the space between two columns, not between words. */
const COLUMN_GAP = 2.5;
/** Gaps at the same place on at least this share of a page's baselines (and three of them) make columns. */
const COLUMN_SHARE = 0.3;

const ENDS_SENTENCE = /[.!?:;"”’»)\]؟۔]$/;
const PAGE_NUMBER = /^(?:page|p\.|صفحة)?\s*[-–—]?\s*[\d٠-٩]{1,4}\s*[-–—]?(?:\s*(?:of|\/|من)\s*[\d٠-٩]{1,4})?$/i;

function lineText(runs: PdfRun[]): { text: string; rtl: boolean } {
  let drawn = '';
  let end = -Infinity;
  for (const run of runs) {
    // pdf.js turns a right-to-left run into reading order; put it back as drawn so the whole line is in one order.
    const str = run.dir === 'rtl' ? Array.from(run.str).reverse().join('') : run.str;
    const gap = run.x - end;
    if (drawn && gap > run.fontSize * WORD_GAP && !/\s$/.test(drawn) && !/^\s/.test(str)) drawn += ' ';
    drawn += str;
    end = Math.max(end, run.x + run.width);
  }
  const rtl = hasRtl(drawn);
  // A line whose shaped letters already read right to left was stored in reading order: leave it.
  const ordered = rtl && shapedOrderIsVisual(drawn) !== false ? repairSwappedLigatures(visualToLogical(drawn)) : drawn;
  const text = normalisePresentationForms(ordered).replace(/\s+/g, ' ').trim();
  return { text, rtl: rtl && textIsMostlyRtl(text) };
}

function textIsMostlyRtl(text: string): boolean {
  let rtl = 0;
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (hasRtl(ch)) rtl++;
  }
  return rtl * 2 >= letters;
}

/** Runs on one baseline cut where a gap is too wide to be a space: the pieces are in different columns. */
function splitAtColumnGaps(group: PdfRun[]): PdfRun[][] {
  const pieces: PdfRun[][] = [];
  let end = -Infinity;
  for (const run of group) {
    if (pieces.length === 0 || run.x - end > run.fontSize * COLUMN_GAP) pieces.push([run]);
    else pieces.at(-1)!.push(run);
    end = Math.max(end, run.x + run.width);
  }
  return pieces;
}

/** Where the page's columns meet: gaps found at about the same place on enough baselines. */
function columnBoundaries(gaps: number[], baselines: number, size: number): number[] {
  const sorted = [...gaps].sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const gap of sorted) {
    const last = clusters.at(-1);
    if (last && gap - last.at(-1)! < size * COLUMN_GAP) last.push(gap);
    else clusters.push([gap]);
  }
  const needed = Math.max(3, baselines * COLUMN_SHARE);
  return clusters.filter((c) => c.length >= needed).map((c) => c[Math.floor(c.length / 2)]!);
}

/** Lines in reading order: a headline across the columns first, then each column top to bottom (right to left for Arabic). */
function inReadingOrder(lines: Line[], boundaries: number[]): Line[] {
  if (boundaries.length === 0) return lines;
  for (const line of lines) {
    const crossed = boundaries.some((b) => line.left < b && line.right > b);
    line.column = crossed ? -1 : boundaries.filter((b) => b < line.left).length;
  }
  const rtl = lines.filter((l) => l.rtl).length * 2 > lines.length;
  const columns = boundaries.length + 1;
  const order = (l: Line) => (l.column < 0 ? -1 : rtl ? columns - 1 - l.column : l.column);
  const inColumns = lines.filter((l) => l.column >= 0);
  const top = Math.max(...inColumns.map((l) => l.y));
  // Lines across the columns above them (a headline) come first; those below them (a footnote, a foot) last.
  const rank = (l: Line) => (l.column >= 0 ? 1 : l.y > top ? 0 : 2);
  return [...lines].sort((a, b) => rank(a) - rank(b) || order(a) - order(b) || b.y - a.y);
}

function linesOf(page: PdfPageRuns): Line[] {
  const runs = page.runs.filter((r) => r.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfRun[][] = [];
  for (const run of runs) {
    const current = groups.at(-1);
    const first = current?.[0];
    if (current && first && Math.abs(first.y - run.y) < Math.min(first.fontSize, run.fontSize) * SAME_LINE) current.push(run);
    else groups.push([run]);
  }
  const lines: Line[] = [];
  const gaps: number[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    const pieces = splitAtColumnGaps(group);
    pieces.forEach((piece, i) => {
      if (i > 0) {
        const before = pieces[i - 1]!;
        gaps.push((Math.max(...before.map((r) => r.x + r.width)) + piece[0]!.x) / 2);
      }
      const { text, rtl } = lineText(piece);
      if (!text) return;
      lines.push({
        text,
        rtl,
        left: Math.min(...piece.map((r) => r.x)),
        right: Math.max(...piece.map((r) => r.x + r.width)),
        y: piece[0]!.y,
        size: Math.max(...piece.map((r) => r.fontSize)),
        column: 0,
      });
    });
  }
  const size = lines.length ? lines.map((l) => l.size).sort((a, b) => a - b)[lines.length >> 1]! : 10;
  return inReadingOrder(lines, columnBoundaries(gaps, groups.length, size));
}

const runningKey = (text: string) => text.toLowerCase().replace(/[\d٠-٩]+/g, '#').replace(/\s+/g, ' ');

function isHeadOrFoot(index: number, count: number): boolean {
  return index < HEAD_FOOT_LINES || index >= count - HEAD_FOOT_LINES;
}

/** Drops page numbers and the lines repeated in the heads and feet of most pages. */
function withoutRunningLines(pages: Line[][]): Line[][] {
  if (pages.length < 2) return pages;
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(lines.filter((_, i) => isHeadOrFoot(i, lines.length)).map((l) => runningKey(l.text)));
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  return pages.map((lines) =>
    lines.filter((line, i) => {
      if (!isHeadOrFoot(i, lines.length)) return true;
      if (PAGE_NUMBER.test(line.text)) return false;
      return (seen.get(runningKey(line.text)) ?? 0) < needed;
    }),
  );
}

/** The usual distance between baselines for each font size, to tell a line break from a paragraph break. */
function lineSpacing(pages: Line[][]): (size: number) => number {
  const gaps = new Map<number, number[]>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const gap = lines[i - 1]!.y - lines[i]!.y;
      const size = Math.round(lines[i]!.size);
      if (gap > 0 && Math.round(lines[i - 1]!.size) === size) (gaps.get(size) ?? gaps.set(size, []).get(size)!).push(gap);
    }
  }
  const usual = new Map([...gaps].map(([size, list]) => [size, list.sort((a, b) => a - b)[Math.floor(list.length / 4)]!]));
  return (size) => usual.get(Math.round(size)) ?? size * 1.2;
}

function startsParagraph(prev: Line, line: Line, spacing: (size: number) => number, column: { left: number; right: number }): boolean {
  // From the foot of one column to the head of the next, as from one page to the next.
  if (prev.column !== line.column) return !continuesSentence(prev.text, line.text);
  if (Math.abs(prev.size - line.size) > prev.size * 0.1) return true;
  if (prev.y - line.y > spacing(line.size) * PARAGRAPH_GAP) return true;
  const indent = line.rtl ? prev.right - line.right : line.left - prev.left;
  if (indent > line.size * INDENT) return true;
  const short = prev.rtl ? prev.left - column.left : column.right - prev.right;
  return short > (column.right - column.left) * SHORT_LINE && ENDS_SENTENCE.test(prev.text);
}

/** A paragraph cut off mid-sentence by a page or column break, going on in lower case. */
function continuesSentence(before: string, after: string): boolean {
  return !ENDS_SENTENCE.test(before) && /^\p{Ll}/u.test(after);
}

/** Joins a line to the paragraph before it: a word broken by a hyphen at the line end is made whole again. */
function joinLines(paragraph: string, line: string): string {
  if (/\p{L}\u00ad$/u.test(paragraph)) return paragraph.slice(0, -1) + line;
  if (/\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line;
  return `${paragraph} ${line}`;
}

export interface PdfText {
  text: string;
  /** Offset in `text` where each page starts. */
  pages: number[];
}

export function layoutPdfText(pageRuns: PdfPageRuns[]): PdfText {
  const pages = withoutRunningLines(pageRuns.map(linesOf));
  const spacing = lineSpacing(pages);
  const paragraphs: string[] = [];
  let length = 0; // of paragraphs.join('\n\n')
  const starts: number[] = [];
  const push = (p: string) => {
    length += (paragraphs.length ? 2 : 0) + p.length;
    paragraphs.push(p);
  };
  const extendLast = (line: string) => {
    const last = paragraphs.pop()!;
    length -= last.length;
    const joined = joinLines(last, line);
    paragraphs.push(joined);
    length += joined.length;
  };
  for (const lines of pages) {
    const columns = new Map<number, { left: number; right: number }>();
    for (const l of lines) {
      const c = columns.get(l.column);
      columns.set(l.column, { left: Math.min(c?.left ?? l.left, l.left), right: Math.max(c?.right ?? l.right, l.right) });
    }
    lines.forEach((line, i) => {
      const last = paragraphs.at(-1);
      if (i === 0) {
        // A sentence running over the page break continues its paragraph.
        const continues = last !== undefined && continuesSentence(last, line.text);
        starts.push(continues ? length + (joinLines(last, line.text).length - last.length - line.text.length) : length + (paragraphs.length ? 2 : 0));
        if (continues) extendLast(line.text);
        else push(line.text);
        return;
      }
      if (startsParagraph(lines[i - 1]!, line, spacing, columns.get(line.column)!)) push(line.text);
      else extendLast(line.text);
    });
    if (lines.length === 0) starts.push(length);
  }
  return { text: paragraphs.join('\n\n'), pages: starts };
}
