// A briefing that can be sent: every relation kind the app offers reaches every
// export, and the handling marking, date, author and distribution are on it.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { sampleNotebook } from '../samples/sample.ts';
import type { Notebook } from '../model/schema.ts';
import { annotationsToCsv, briefingToDocx, briefingToHtml, briefingToMarkdown, toW3CCollection } from './index.ts';
import { DEFAULT_CLASSIFICATION } from './briefing-doc.ts';

const NOW = '2026-01-15T09:30:00.000Z';

/** The sample plus a second Washington claim that supports the first, and Baghdad's claim qualifying it. */
function relatedNotebook(): Notebook {
  const nb = sampleNotebook(NOW);
  const washington = nb.annotations.find((a) => a.id === 'ann-washington-transition')!;
  const second = { ...washington, id: 'ann-washington-second', note: '' };
  return {
    ...nb,
    annotations: [...nb.annotations, second],
    relations: [
      ...nb.relations,
      { id: 'rel-supports', from: second.id, to: washington.id, kind: 'supports', note: 'Same line, said twice' },
      { id: 'rel-qualifies', from: 'ann-baghdad-end-of-mission', to: second.id, kind: 'qualifies', note: '' },
    ],
  };
}

const sent = (nb: Notebook): Notebook => ({
  ...nb,
  briefing: { ...nb.briefing, classification: 'SECRET//REL TO USA, GBR', date: '2026-12-04', author: 'A. Analyst', distribution: 'Iraq desk; J2' },
});

async function docxParts(bytes: Uint8Array): Promise<{ document: string; headers: string[]; footers: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (await zip.file(name)!.async('string')).replace(/<[^>]+>/g, '');
  const names = Object.keys(zip.files);
  return {
    document: await text('word/document.xml'),
    headers: await Promise.all(names.filter((n) => /^word\/header\d*\.xml$/.test(n)).map(text)),
    footers: await Promise.all(names.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(text)),
  };
}

describe('every relation kind reaches every export', () => {
  const nb = relatedNotebook();

  it('Markdown, HTML and Word each say which claim supports, qualifies and contradicts which', async () => {
    const md = briefingToMarkdown(nb);
    const html = briefingToHtml(nb).replace(/<[^>]+>/g, '');
    const { document } = await docxParts(await briefingToDocx(nb));
    for (const text of [md, html, document]) {
      expect(text).toMatch(/Washington \(US government\) \[S1 ¶\d+\] supports Washington \(US government\) \[S1 ¶\d+\]: Same line, said twice/);
      expect(text).toMatch(/Baghdad \(Government of Iraq\) \[S1 ¶\d+\] qualifies Washington \(US government\) \[S1 ¶\d+\]\./);
      expect(text).toMatch(/Washington \(US government\) \[S1 ¶\d+\] contradicts Baghdad/);
    }
  });

  it('JSON-LD carries each relation as a W3C linking annotation from one annotation to the other', () => {
    const items = toW3CCollection(nb).first!.items;
    const links = items.filter((i) => i.motivation === 'linking');
    expect(links.map((l) => ('rn:relation' in l ? l['rn:relation'].kind : ''))).toEqual(['contradicts', 'supports', 'qualifies']);
    const supports = links[1]!;
    expect(supports.target).toBe('urn:research-notebook:annotation:ann-washington-second');
    expect(supports.body).toEqual([
      'urn:research-notebook:annotation:ann-washington-transition',
      { type: 'TextualBody', value: 'supports', format: 'text/plain', purpose: 'classifying' },
      { type: 'TextualBody', value: 'Same line, said twice', format: 'text/markdown', purpose: 'commenting' },
    ]);
  });

  it('CSV names each annotation’s links both ways', () => {
    const csv = annotationsToCsv(nb);
    expect(csv).toContain('supports ann-washington-transition');
    expect(csv).toContain('ann-baghdad-end-of-mission qualifies this');
    expect(csv).toContain('contradicts ann-baghdad-end-of-mission');
  });
});

describe('a briefing that can be sent', () => {
  it('is marked UNCLASSIFIED top and bottom when the analyst set no marking, and dated', () => {
    const md = briefingToMarkdown(sampleNotebook(NOW));
    const lines = md.trim().split('\n');
    expect(lines[0]).toBe(`**${DEFAULT_CLASSIFICATION}**`);
    expect(lines.at(-1)).toBe(`**${DEFAULT_CLASSIFICATION}**`);
    expect(md).toContain('Date: 2026-01-15');
  });

  it('puts the marking at the top and bottom of the HTML (repeated on every printed page) with date, author and distribution', () => {
    const html = briefingToHtml(sent(sampleNotebook(NOW)));
    const markings = [...html.matchAll(/<p dir="auto" class="marking (marking-top|marking-bottom)">([^<]*)<\/p>/g)].map((m) => [m[1], m[2]]);
    expect(markings).toEqual([
      ['marking-top', 'SECRET//REL TO USA, GBR'],
      ['marking-bottom', 'SECRET//REL TO USA, GBR'],
    ]);
    expect(html.indexOf('marking-top">')).toBeLessThan(html.indexOf('<h1'));
    // In the header and footer rows of the page's table, which a printing browser repeats on every page.
    expect(html).toMatch(/<thead><tr><td dir="auto"><p dir="auto" class="marking marking-top">/);
    expect(html).toMatch(/<tfoot><tr><td dir="auto"><p dir="auto" class="marking marking-bottom">/);
    expect(html).toContain('Date: 2026-12-04 · Author: A. Analyst · Distribution: Iraq desk; J2');
  });

  it('puts the marking in the Word header and footer, which Word repeats on every page', async () => {
    const { document, headers, footers } = await docxParts(await briefingToDocx(sent(sampleNotebook(NOW))));
    expect(headers.some((h) => h.includes('SECRET//REL TO USA, GBR'))).toBe(true);
    expect(footers.some((f) => f.includes('SECRET//REL TO USA, GBR'))).toBe(true);
    expect(document).toContain('Date: 2026-12-04 · Author: A. Analyst · Distribution: Iraq desk; J2');
  });

  it('is titled as the notebook unless the analyst set the briefing apart', () => {
    const nb = sampleNotebook(NOW);
    expect(briefingToMarkdown({ ...nb, briefing: { ...nb.briefing, title: '' } })).toContain(`# ${nb.title}`);
    expect(briefingToMarkdown({ ...nb, briefing: { ...nb.briefing, title: 'Set apart' } })).toContain('# Set apart');
  });
});
