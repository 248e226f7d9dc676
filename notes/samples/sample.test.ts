import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchor } from '../anchoring/index.ts';
import { findClaims } from '../claims/find.ts';
import { compareQuestion } from '../compare/index.ts';
import { validateNotebook } from '../model/validate.ts';
import { SAMPLE_ARTICLE, SAMPLE_IDS, sampleNotebook } from './sample.ts';

const NOW = '2026-01-15T09:30:00.000Z';
const article = readFileSync(new URL('./coalition-talks.txt', import.meta.url), 'utf8');

describe('sampleNotebook', () => {
  const nb = sampleNotebook(NOW);

  it('is a valid notebook whose source is the article, byte for byte', () => {
    const result = validateNotebook(JSON.parse(JSON.stringify(nb)));
    expect(result).toEqual({ ok: true, notebook: nb });
    const source = nb.sources[0]!;
    expect(source.text).toBe(article);
    expect(SAMPLE_ARTICLE).toBe(article);
    expect(source.sha256).toBe(createHash('sha256').update(Buffer.from(article, 'utf8')).digest('hex'));
    expect(source).toMatchObject({ title: 'Iraqi, US officials meet in Washington to discuss coalition’s future', publisher: 'Rudaw', format: 'text' });
  });

  it('anchors every claim on the words it quotes, with 32 characters of context', () => {
    for (const a of nb.annotations) {
      const { quote, position } = a.target;
      expect(article.slice(position.start, position.end)).toBe(quote.exact);
      expect(quote.prefix).toBe(article.slice(position.start - 32, position.start));
      expect(quote.suffix).toBe(article.slice(position.end, position.end + 32));
    }
    for (const a of nb.annotations) expect(anchor(article, a.target)).toMatchObject({ state: 'exact', start: a.target.position.start });
    const [baghdad, washington] = nb.annotations;
    expect(baghdad!.target.quote.exact).toBe('the commission aims to conclude the presence of the coalition forces in the country');
    expect(baghdad!.target.quote.prefix.endsWith('Baghdad has maintained that ')).toBe(true);
    // The word inside the curly quotes, not the earlier "transition" of paragraph 1 or Ryder's.
    expect(washington!.target.quote.exact).toBe('transition');
    expect(washington!.target.quote.prefix.endsWith('the step only as a “')).toBe(true);
    expect(washington!.target.quote.suffix.startsWith('” in the coalition’s role')).toBe(true);
  });

  it('tags Baghdad and Washington on opposite positions of the one question, linked as contradicting', () => {
    const actorName = (id: string) => nb.actors.find((x) => x.id === id)?.name;
    const [baghdad, washington] = nb.annotations.map((a) => [actorName(a.claim!.actorId), a.claim!.position, a.claim!.cue]);
    expect(baghdad).toEqual(['Baghdad (Government of Iraq)', 'End of the mission', 'maintained']);
    expect(washington).toEqual(['Washington (US government)', 'Transition', 'described']);
    expect(nb.questions[0]!.positions.map((p) => p.label).slice(0, 2)).toEqual(['End of the mission', 'Transition']);
    expect(nb.relations).toEqual([expect.objectContaining({ kind: 'contradicts', from: SAMPLE_IDS.washingtonClaim, to: SAMPLE_IDS.baghdadClaim })]);
    expect(nb.actors.find((a) => a.id === SAMPLE_IDS.washington)!.aliases).toContain('Pentagon');
  });

  it('holds every statement the article attributes, each a graded claim on a position its question lists', () => {
    const claims = nb.annotations.map((a) => a.claim!);
    expect(claims).toHaveLength(11);
    for (const c of claims) {
      const question = nb.questions.find((q) => q.id === c.questionId)!;
      expect(question.positions.map((p) => p.label)).toContain(c.position);
      expect(c.cue).not.toBe('');
      // Rudaw's grade for every claim.
      expect(c.reliability).toBe(nb.sources[0]!.reliability);
    }
    // An official's own words, quoted (inside quotation marks, more than a word or two), are probably true as
    // reported (2); a paraphrase, or a single word quoted in Rudaw's sentence ("transition"), possibly true (3).
    const ownWords = (a: (typeof nb.annotations)[number]) => {
      const { start } = a.target.position;
      const before = article.slice(article.lastIndexOf('\n', start) + 1, start);
      return (before.match(/["“”]/g) ?? []).length % 2 === 1 && a.target.quote.exact.split(/\s+/).length > 2;
    };
    expect(nb.annotations.filter(ownWords).map((a) => a.id)).toEqual([SAMPLE_IDS.austinBond, SAMPLE_IDS.austinAdapt, SAMPLE_IDS.ryderCommitment]);
    for (const a of nb.annotations) expect(a.claim!.credibility, a.target.quote.exact).toBe(ownWords(a) ? '2' : '3');
    // US officials speak for Washington; the hardliners who want US troops out are a side of their own.
    const notesOf = (actorId: string) => nb.annotations.filter((a) => a.claim!.actorId === actorId).map((a) => a.note);
    expect(notesOf(SAMPLE_IDS.washington).join(' ')).toMatch(/Austin[\s\S]*Ryder[\s\S]*Pentagon/);
    expect(nb.actors.map((a) => a.name)).toEqual(['Baghdad (Government of Iraq)', 'Washington (US government)', 'Hardline Shiite politicians']);
  });

  it('claims what the claim finder proposes for the article, each by the speaker it names', () => {
    const found = findClaims(article, { actors: nb.actors });
    for (const a of nb.annotations) {
      const { start, end } = a.target.position;
      const match = found.find((s) => s.content.start < end && start < s.content.end);
      expect(match, a.target.quote.exact).toBeDefined();
      expect(match!.actorId, a.target.quote.exact).toBe(a.claim!.actorId);
    }
  });

  it('keeps Compare and the briefing on Baghdad against Washington', () => {
    const mission = compareQuestion(nb, SAMPLE_IDS.question);
    expect(mission.columns.map((c) => c.actor.id)).toEqual([SAMPLE_IDS.baghdad, SAMPLE_IDS.washington]);
    expect(mission.hiddenActorIds).toEqual([SAMPLE_IDS.hardliners]);
    expect(mission.columns.every((c) => c.claims.some((x) => x.inConflict))).toBe(true);
  });

  it('has a briefing ready to export: title, BLUF, one likely judgment, the two conflicting claims as excerpts', () => {
    expect(nb.briefing.title).not.toBe('');
    expect(nb.briefing.bluf).toMatch(/transition/);
    expect(nb.briefing.keyJudgments.map((k) => k.likelihood)).toEqual(['likely']);
    expect(nb.briefing.excerptIds).toEqual([SAMPLE_IDS.baghdadClaim, SAMPLE_IDS.washingtonClaim]);
  });

  it('is deterministic apart from the clock', () => {
    expect(sampleNotebook(NOW)).toEqual(nb);
    const later = sampleNotebook('2027-03-01T00:00:00.000Z');
    expect(later.annotations.map((a) => a.id)).toEqual(nb.annotations.map((a) => a.id));
    expect(later.createdAt).toBe('2027-03-01T00:00:00.000Z');
  });
});
