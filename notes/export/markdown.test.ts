import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Lexer, marked, type Token, type Tokens } from 'marked';
import type { Notebook } from '../model/schema.ts';
import { emptyNotebook } from '../model/factory.ts';
import { SAMPLE_IDS, sampleNotebook } from '../samples/sample.ts';
import { briefingToMarkdown } from './index.ts';
import { mdFragment, mdLine, mdText } from './markdown-text.ts';
import { decodeEntities, tokenize } from './html-tokens.fixture.ts';
import { hostileNotebook, SCRIPT } from './hostile.fixture.ts';

const NOW = '2026-01-15T09:30:00.000Z';
const BAGHDAD_QUOTE = 'the commission aims to conclude the presence of the coalition forces in the country';

function allTokens(md: string): Token[] {
  const out: Token[] = [];
  const walk = (ts: Token[] | undefined) => {
    for (const t of ts ?? []) {
      out.push(t);
      const n = t as { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
      walk(n.tokens);
      walk(n.items);
      for (const c of n.header ?? []) walk(c.tokens);
      for (const r of n.rows ?? []) for (const c of r) walk(c.tokens);
    }
  };
  walk(Lexer.lex(md, { gfm: true }));
  return out;
}
/** What a reader sees in a cell: rendered, tags stripped. */
const cellText = (cell: Tokens.TableCell) => tokenize(marked.parseInline(cell.text, { gfm: true }) as string).text;
const headings = (md: string) => allTokens(md).filter((t): t is Tokens.Heading => t.type === 'heading').map((h) => [h.depth, decodeEntities(h.text)]);

describe('briefingToMarkdown on the sample', () => {
  const md = briefingToMarkdown(sampleNotebook(NOW));

  it('has the briefing’s sections in order', () => {
    expect(headings(md)).toEqual([
      [1, 'Iraq and the US disagree on what the coalition talks are for'],
      [2, 'Bottom line up front'],
      [2, 'Key judgments'],
      [2, 'Conflicting claims'],
      [3, "What happens to the US-led coalition's mission in Iraq?"],
      [3, 'Do US strikes in Iraq violate its sovereignty?'],
      [2, 'Excerpts'],
      [2, 'Sources'],
    ]);
  });

  it('puts the two sides’ claims side by side in one row, under their actors, with cue and citation', () => {
    const tables = allTokens(md).filter((t): t is Tokens.Table => t.type === 'table');
    expect(tables).toHaveLength(2);
    const [table] = tables;
    expect(table!.header.map(cellText)).toEqual(['Baghdad (Government of Iraq)', 'Washington (US government)']);
    expect(table!.rows).toHaveLength(1);
    // An actor's claims in reading order, one to a line.
    const [baghdad, washington] = table!.rows[0]!.map((cell) => cell.text.split('<br><br>').map((line) => cellText({ ...cell, text: line })));
    expect(baghdad![0]).toBe(`End of the mission — maintained: “${BAGHDAD_QUOTE}” [S1 ¶6] (B3)`);
    expect(baghdad).toHaveLength(2);
    expect(washington).toContain('Transition — described: “transition” [S1 ¶6] (B3)');
    expect(washington).toContain('No timeline set — said: “Washington and Baghdad have not set any timelines for US force changes in Iraq” [S1 ¶12] (B3)');
  });

  it('states the judgment in ICD 203 terms and lists the cited source', () => {
    expect(md).toContain('1. **Likely** (55–80%): US forces remain in Iraq');
    expect(md).toMatch(/^- \*\*S1\*\* — Rudaw: Iraqi, US officials meet in Washington to discuss coalition’s future\.$/m);
  });

  it('quotes the excerpts exactly, with attribution, citation and the analyst’s note', () => {
    expect(md).toContain(`> “${BAGHDAD_QUOTE}”\n>\n> — Baghdad (Government of Iraq), maintained (End of the mission) [S1 ¶6]`);
    expect(md).toContain('Washington calls it only a *transition*');
    expect(md).toContain('**Analyst’s note**\n\nBoth sides describe the **same talks**.');
  });

  it('prints a quote within a claim’s quote in single marks, so the claim closes with one', () => {
    const nb = sampleNotebook(NOW);
    const text = nb.sources[0]!.text;
    const exact = 'ISIS "continues to plot attacks ... from the region and through its global affiliates. So, we must adapt the mission of Inherent Resolve to meet this changing threat.”';
    const start = text.indexOf(exact);
    expect(start).toBeGreaterThan(0);
    const claim = nb.annotations.find((a) => a.id === SAMPLE_IDS.austinAdapt)!;
    const mixed = { ...claim, target: { quote: { ...claim.target.quote, exact }, position: { ...claim.target.position, start, end: start + exact.length } } };
    const out = briefingToMarkdown({ ...nb, annotations: nb.annotations.map((a) => (a.id === claim.id ? mixed : a)) });
    expect(out).toContain('said: “ISIS ‘continues to plot attacks ... from the region and through its global affiliates. So, we must adapt the mission of Inherent Resolve to meet this changing threat.’” [S1 ¶5]');
  });
});

describe('briefingToMarkdown keeps analyst text from breaking the document', () => {
  function withNotes(note: string, patch: (nb: Notebook) => Notebook = (nb) => nb): string {
    const nb = sampleNotebook(NOW);
    return briefingToMarkdown(patch({ ...nb, annotations: nb.annotations.map((a) => ({ ...a, note })) }));
  }

  it('closes a code fence a note leaves open', () => {
    const md = withNotes('Look:\n```\nunclosed');
    expect(headings(md).map((h) => h[1])).toContain('Sources');
  });

  it('escapes raw HTML in notes so no Markdown viewer renders it', () => {
    const md = briefingToMarkdown(hostileNotebook(NOW));
    // The one tag the export writes itself: a line break between an actor's claims in a table cell.
    expect(allTokens(md).filter((t) => t.type === 'html' && t.raw !== '<br>')).toEqual([]);
    expect(tokenize(marked.parse(md, { async: false })).text).toContain(SCRIPT);
  });

  it('keeps the table’s shape when names and quotes hold pipes and line breaks', () => {
    const md = withNotes('n', (nb) => ({
      ...nb,
      actors: nb.actors.map((a) => ({ ...a, name: `${a.name} | a|b` })),
      annotations: nb.annotations.map((a) => ({ ...a, target: { ...a.target, quote: { ...a.target.quote, exact: 'line one |\nline two' } } })),
    }));
    const table = allTokens(md).find((t): t is Tokens.Table => t.type === 'table')!;
    expect(table.header.map(cellText)).toEqual(['Baghdad (Government of Iraq) | a|b', 'Washington (US government) | a|b']);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.map(cellText)).toEqual([expect.stringContaining('“line one |line two”'), expect.stringContaining('“line one |line two”')]);
    expect(md).toContain('line one \\|<br>line two');
  });

  it('pushes a note’s headings below the briefing’s own', () => {
    expect(mdFragment('# Mine\n\n```\n# not a heading\n```')).toBe('#### Mine\n\n```\n# not a heading\n```');
  });
});

describe('mdText', () => {
  it('renders back to exactly the plain text it was given', () => {
    const tricky = fc.constantFrom(...'*_`[]()<>|#\\~&!-+=.1 aZ:@“”’'.split(''), '&amp;', '&#106;', '1.', '- ', '# ', '<b>', 'http://x.y', 'www.a.b', 'a@b.co', '![a](b)');
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 20 }).map((a) => a.join('')), (s) => {
        const plain = s.replace(/\s+/g, ' ').trim();
        fc.pre(plain !== '');
        const html = marked.parse(mdLine(plain), { gfm: true, async: false });
        // One paragraph and no markup at all inside it.
        expect(html).toMatch(/^<p>[^<]*<\/p>\n$/);
        expect(decodeEntities(html.slice(3, -5))).toBe(plain);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps line breaks as line breaks', () => {
    expect(mdText('a *b*\n1. c')).toBe('a \\*b\\*\n1\\. c');
  });
});

describe('an empty notebook', () => {
  it('exports just its marking, title and date', () => {
    expect(briefingToMarkdown(emptyNotebook('Nothing yet', NOW))).toBe(`**UNCLASSIFIED**\n\n# Nothing yet\n\nDate: ${NOW.slice(0, 10)}\n\n**UNCLASSIFIED**\n`);
  });
});
