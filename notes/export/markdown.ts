// The briefing as CommonMark (plus GFM tables): what an analyst pastes into a
// report or a wiki. Quotes keep the source's exact characters, curly quotes
// included; citations read [S1 ¶6] ([S1 p. 3 ¶6] in a PDF) and S1 is listed under Sources.
import type { Notebook } from '../model/schema.ts';
import { buildBriefingDoc, bylineOf, GRADE_LEGEND, sourceLine, type BriefingDoc, type CitedClaim, type Excerpt, type Sentence } from './briefing-doc.ts';
import { guardLineStart, mdCell, mdFragment, mdInline, mdLine, mdText } from './markdown-text.ts';

export function briefingToMarkdown(nb: Notebook): string {
  return docToMarkdown(buildBriefingDoc(nb));
}

export function docToMarkdown(doc: BriefingDoc): string {
  // The marking opens and closes the document, as on every page of the printed forms.
  const marking = `**${mdLine(doc.classification)}**`;
  const blocks: string[] = [marking, `# ${mdLine(doc.title)}`, mdLine(bylineOf(doc))];
  if (doc.bluf.trim()) blocks.push('## Bottom line up front', mdFragment(doc.bluf));
  if (doc.keyJudgments.length) {
    blocks.push('## Key judgments');
    blocks.push(
      doc.keyJudgments
        .map((k, i) => `${i + 1}. ${k.likelihood ? `**${mdLine(k.likelihood.term)}** (${k.likelihood.range}): ` : ''}${mdLine(k.text)}`)
        .join('\n'),
    );
  }
  if (doc.questions.length) {
    blocks.push('## Conflicting claims');
    for (const q of doc.questions) {
      blocks.push(`### ${mdLine(q.question)}`);
      if (q.actors.length) {
        blocks.push(
          [
            `| ${q.actors.map((a) => mdCell(a.name)).join(' | ')} |`,
            `| ${q.actors.map(() => '---').join(' | ')} |`,
            `| ${q.cells.map((claims) => (claims.length ? claims.map(claimCell).join('<br><br>') : '—')).join(' | ')} |`,
          ].join('\n'),
        );
      }
      if (q.conflicts.length) blocks.push(q.conflicts.map((c) => `- ${sentence(c)}`).join('\n'));
      if (q.relations.length) blocks.push(q.relations.map((c) => `- ${sentence(c)}`).join('\n'));
      if (q.omittedActors.length) blocks.push(`*Not in the table:* ${mdLine(q.omittedActors.join(', '))}.`);
      if (q.note.trim()) blocks.push('**Analyst’s note**', mdFragment(q.note));
    }
    if (doc.questions.some((q) => q.cells.some((c) => c.length))) blocks.push(`*${mdLine(GRADE_LEGEND)}*`);
  }
  if (doc.excerpts.length) {
    blocks.push('## Excerpts');
    for (const e of doc.excerpts) blocks.push(excerptQuote(e), ...(e.note.trim() ? [mdFragment(e.note)] : []));
  }
  if (doc.sources.length) {
    blocks.push('## Sources');
    blocks.push(
      doc.sources
        .map((s) => {
          const url = s.url && /^https?:\/\/[^\s<>]+$/.test(s.url) ? ` <${s.url}>` : '';
          return `- **${s.key}** — ${mdLine(sourceLine(s))}${url}`;
        })
        .join('\n'),
    );
  }
  blocks.push(marking);
  return blocks.join('\n\n') + '\n';
}

function sentence(parts: Sentence): string {
  return guardLineStart(parts.map((p) => (typeof p === 'string' ? mdInline(p) : `[${p.label}]`)).join('').trim());
}

function claimCell(c: CitedClaim): string {
  const cue = c.cue ? ` — ${mdCell(c.cue)}:` : ' —';
  return `**${mdCell(c.position)}**${cue} “${mdCell(c.quote)}” [${c.citation.label}] (${c.grade})`;
}

function excerptQuote(e: Excerpt): string {
  const lines = `“${mdText(e.quote)}”`.split('\n');
  const by = e.attribution ? `— ${mdLine(e.attribution)} ` : '— ';
  return [...lines, '', `${by}[${e.citation.label}]`].map((l) => (l ? `> ${l}` : '>')).join('\n');
}
