// Plain-text tables for a terminal: words wrapped inside each column, columns
// fitted to the terminal width. Widths count code points, which is right for
// the Latin, Arabic and punctuation of news copy (wide CJK characters would
// count as one column each and make a row look ragged, not wrong).

const widthOf = (s: string) => Array.from(s).length;

/** `text` in lines of at most `width` characters; `\n` starts a new line, over-long words are cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = Array.from(word);
      const room = width - widthOf(line) - (line ? 1 : 0);
      if (rest.length <= room) {
        line += (line ? ' ' : '') + word;
        continue;
      }
      if (line) lines.push(line);
      while (rest.length > width) {
        lines.push(rest.slice(0, width).join(''));
        rest = rest.slice(width);
      }
      line = rest.join('');
    }
    lines.push(line);
  }
  return lines;
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - widthOf(s)));

/**
 * Column widths that fit `total` characters, or undefined when the columns
 * would be narrower than `minWidth` (the caller then prints a list instead).
 * The first column keeps its natural width up to `firstMax`; the others share
 * the rest, narrow columns giving their unused share to wide ones.
 */
export function fitColumns(columns: readonly string[][], total: number, { firstMax = 24, minWidth = 16 } = {}): number[] | undefined {
  const natural = columns.map((cells) => Math.max(1, ...cells.flatMap((c) => c.split('\n').map(widthOf))));
  const first = Math.min(natural[0] ?? 1, firstMax);
  const others = natural.slice(1);
  let available = total - first - 3 * others.length;
  const widths = new Array<number>(others.length).fill(0);
  let open = others.map((_, i) => i);
  // Hand out equal shares; a column that needs less than its share takes only what it needs.
  while (open.length) {
    const share = Math.floor(available / open.length);
    const small = open.filter((i) => others[i]! <= share);
    if (!small.length) {
      if (share < minWidth) return undefined;
      for (const i of open) widths[i] = share;
      break;
    }
    for (const i of small) {
      widths[i] = others[i]!;
      available -= others[i]!;
    }
    open = open.filter((i) => !small.includes(i));
  }
  return [first, ...widths];
}

/** Header, rule, then each row with its cells wrapped, rows separated by rules. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): string[] {
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  const renderRow = (cells: readonly string[]): string[] => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    const lines: string[] = [];
    for (let l = 0; l < height; l++) lines.push(wrapped.map((w, i) => pad(w[l] ?? '', widths[i]!)).join(' │ ').trimEnd());
    return lines;
  };
  const out = [...renderRow(header), rule];
  rows.forEach((row, i) => {
    if (i > 0) out.push(rule);
    out.push(...renderRow(row));
  });
  return out;
}
