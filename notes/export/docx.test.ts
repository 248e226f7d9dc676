import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { sampleNotebook } from '../samples/sample.ts';
import { briefingToDocx } from './index.ts';
import { decodeEntities } from './html-tokens.fixture.ts';
import { hostileNotebook, SCRIPT } from './hostile.fixture.ts';

const NOW = '2026-01-15T09:30:00.000Z';
const BAGHDAD_QUOTE = 'the commission aims to conclude the presence of the coalition forces in the country';

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}
/** The visible text of a piece of WordprocessingML, paragraph by paragraph. */
const paragraphsOf = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => decodeEntities([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));

describe('briefingToDocx', () => {
  it('is a Word document holding the conflicting quotes in one row of a real table, under their actors', async () => {
    const nb = sampleNotebook(NOW);
    const bytes = await briefingToDocx(nb);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip
    const xml = await documentXml(bytes);
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    // One table per question the sample's claims answer.
    expect(tables).toHaveLength(nb.questions.length);
    const rows = [...tables[0]!.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphsOf(c[0]).join('\n')));
    expect(rows[0]).toEqual(['Baghdad (Government of Iraq)', 'Washington (US government)']);
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toContain(`“${BAGHDAD_QUOTE}” [S1 ¶6] (B3)`);
    expect(rows[1]![0]).toContain('End of the mission — maintained:');
    expect(rows[1]![1]).toContain('“transition” [S1 ¶6] (B3)');
    // Each of an actor's claims is its own paragraph in the cell.
    expect(rows[1]![1]!.split('\n').filter((p) => p.includes('[S1 ¶'))).toHaveLength(nb.annotations.filter((a) => a.claim!.actorId === 'actor-washington').length);
    // The header row repeats on each page.
    expect(tables[0]).toContain('<w:tblHeader/>');
  });

  it('has the briefing’s headings, judgment, excerpts and sources', async () => {
    const paras = paragraphsOf(await documentXml(await briefingToDocx(sampleNotebook(NOW))));
    for (const heading of ['Bottom line up front', 'Key judgments', 'Conflicting claims', 'Excerpts', 'Sources']) expect(paras).toContain(heading);
    expect(paras).toContain('Likely (55–80%): US forces remain in Iraq under a bilateral security arrangement once the coalition’s mission formally ends.');
    expect(paras).toContain(`“${BAGHDAD_QUOTE}”`);
    expect(paras).toContain('— Baghdad (Government of Iraq), maintained (End of the mission) [S1 ¶6]');
    expect(paras).toContain('S1 — Rudaw: Iraqi, US officials meet in Washington to discuss coalition’s future.');
    // Markdown in notes becomes formatting, not asterisks.
    expect(paras.some((p) => p.startsWith('Baghdad frames the talks as ending'))).toBe(true);
  });

  it('writes hostile strings as plain text', async () => {
    const xml = await documentXml(await briefingToDocx(hostileNotebook(NOW)));
    expect(paragraphsOf(xml)).toContain(SCRIPT);
    expect(xml).not.toContain('<script');
    // Only http(s)/mailto hyperlinks survive from notes.
    const zip = await JSZip.loadAsync(await briefingToDocx(hostileNotebook(NOW)));
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const targets = [...rels.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g)].map((m) => m[1]);
    for (const t of targets) expect(t).toMatch(/^(https?:|mailto:)/);
  });
});
