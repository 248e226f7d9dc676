// Which parts of the analyst's Markdown may be handed to a Markdown parser.
// marked, like most parsers, recurses once per nested quote or list and looks
// back over a paragraph for every emphasis delimiter: a note of a few thousand
// "> " overflows the stack, and one paragraph of 10,000 "a_" takes seconds.
// No analyst writes either, but a notebook may hold it (a paste, a script), and
// every export must still come out. So a long note is cut at its blank lines
// and each block is judged by a cheap scan; a block no person would write is
// kept as plain text, which reads the same. A note short and plain enough is
// one block, parsed whole, exactly as before.

/** Longer than this (outside code), a paragraph or list is kept as plain text. */
export const BLOCK_MAX_CHARS = 10_000;
/** More emphasis delimiters than this in one block is no prose: plain text. */
const BLOCK_MAX_DELIMITERS = 500;
/** Quote and list markers (with their indentation) at the start of a line; deeper is no outline. */
const MAX_CONTAINER_PREFIX = 40;

const DELIMITERS = /[*_~]/g;
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
// A fence may open inside a list item or a quote: its blank lines do not end the block.
const FENCE = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*(`{3,}|~{3,})(.*)$/;

export interface NoteBlock {
  text: string;
  /** True when the block is to be shown as plain text, not parsed. */
  plain: boolean;
  /** The blank lines that followed it in the note ('' for the last block). */
  gap: string;
}

interface Scan {
  /** Characters and emphasis delimiters outside fenced code. */
  prose: number;
  delimiters: number;
  deepest: number;
}

function emptyScan(): Scan {
  return { prose: 0, delimiters: 0, deepest: 0 };
}

function judge(scan: Scan): boolean {
  return scan.prose > BLOCK_MAX_CHARS || scan.delimiters > BLOCK_MAX_DELIMITERS || scan.deepest > MAX_CONTAINER_PREFIX;
}

/** Counts one line into `scan`; returns the fence it opens or closes. */
function scanLine(line: string, scan: Scan, fence: { char: string; length: number } | undefined) {
  scan.deepest = Math.max(scan.deepest, CONTAINER_PREFIX.exec(line)![0].length);
  const marker = FENCE.exec(line);
  if (fence) {
    const closes = marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && marker[2]!.trim() === '';
    return closes ? undefined : fence;
  }
  if (marker && !(marker[1]![0] === '`' && marker[2]!.includes('`'))) return { char: marker[1]![0]!, length: marker[1]!.length };
  scan.prose += line.length + 1;
  DELIMITERS.lastIndex = 0;
  let count = 0;
  while (DELIMITERS.exec(line) && count <= BLOCK_MAX_DELIMITERS) count++;
  scan.delimiters += count;
  return undefined;
}

/**
 * The note as blocks to parse or to show as text. Line ends are normalised;
 * joining `text + gap` gives the note back.
 */
export function noteBlocks(markdown: string): NoteBlock[] {
  const text = markdown.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  // A note a person wrote is parsed whole: its lists, references and code keep their meaning.
  const whole = emptyScan();
  let fence: { char: string; length: number } | undefined;
  for (const line of lines) fence = scanLine(line, whole, fence);
  if (!judge(whole)) return [{ text, plain: false, gap: '' }];

  const blocks: NoteBlock[] = [];
  let current: string[] = [];
  let scan = emptyScan();
  fence = undefined;
  const finish = (gap: string) => {
    blocks.push({ text: current.join('\n'), plain: judge(scan), gap });
    current = [];
    scan = emptyScan();
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!fence && line.trim() === '' && current.length) {
      let gap = '\n' + line;
      while (i + 1 < lines.length && lines[i + 1]!.trim() === '') gap += '\n' + lines[++i];
      finish(gap + (i + 1 < lines.length ? '\n' : ''));
      continue;
    }
    fence = scanLine(line, scan, fence);
    current.push(line);
  }
  if (current.length || blocks.length === 0) finish('');
  return blocks;
}
