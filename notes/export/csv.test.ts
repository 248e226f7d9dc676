import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleNotebook } from '../samples/sample.ts';
import { annotationsToCsv, CSV_COLUMNS } from './index.ts';
import { csvField } from './csv.ts';

const NOW = '2026-01-15T09:30:00.000Z';

/** A strict RFC 4180 reader: CRLF between records, quotes only around whole fields. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (text[i] === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      if (text[i] === '\n') throw new Error(`bare LF at ${i}`);
      if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
      field += text[i++];
    }
  }
  if (field !== '' || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

describe('annotationsToCsv', () => {
  const nb = sampleNotebook(NOW);
  const csv = annotationsToCsv(nb);

  it('writes a header and one row per annotation, with the claim spelled out', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header!.slice(0, 12)).toEqual(['source', 'quote', 'note', 'tags', 'actor', 'question', 'position', 'cue', 'relations', 'reliability', 'credibility', 'created']);
    expect(rows).toHaveLength(nb.annotations.length);
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
    expect(row).toMatchObject({
      source: 'Iraqi, US officials meet in Washington to discuss coalition’s future',
      quote: 'the commission aims to conclude the presence of the coalition forces in the country',
      note: nb.annotations[0]!.note,
      tags: 'Coalition future',
      actor: 'Baghdad (Government of Iraq)',
      question: "What happens to the US-led coalition's mission in Iraq?",
      position: 'End of the mission',
      cue: 'maintained',
      relations: 'ann-washington-transition contradicts this',
      reliability: 'B',
      credibility: '3',
      created: NOW,
      paragraph: '6',
      page: '',
    });
  });

  it('gives the page of a quote in a paged source', () => {
    const source = { ...nb.sources[0]!, pages: [0, nb.annotations[0]!.target.position.start - 10] };
    const [header, ...rows] = parseCsv(annotationsToCsv({ ...nb, sources: [source] }).slice(1));
    expect(rows[0]![header!.indexOf('page')]).toBe('2');
  });

  it('round-trips commas, quotes and line breaks of every kind', () => {
    const tricky = 'He said, "no"\r\nthen\nleft\rquietly — “curly” ’';
    const base = nb.annotations[0]!;
    const csv2 = annotationsToCsv({ ...nb, annotations: [{ ...base, note: tricky, target: { ...base.target, quote: { ...base.target.quote, exact: 'a,b' } } }] });
    const [, row] = parseCsv(csv2.slice(1));
    expect(row![1]).toBe('a,b');
    expect(row![2]).toBe(tricky);
  });

  it('defuses spreadsheet formulas by prefixing a single quote', () => {
    for (const formula of ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const [[value]] = parseCsv(csvField(formula) + '\r\n') as [[string]];
      expect(value).toBe(`'${formula}`);
    }
    expect(csvField('plain')).toBe('plain');
    expect(csvField('1,5')).toBe('"1,5"');
  });

  it('gives back any field it is given (after the formula guard)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '=', '-', '“', "'") }), { minLength: 1, maxLength: 6 }), (fields) => {
        const [parsed] = parseCsv(fields.map(csvField).join(',') + '\r\n');
        expect(parsed).toEqual(fields.map((f) => (/^[=+\-@\t\r]/.test(f) ? `'${f}` : f)));
      }),
    );
  });
});
