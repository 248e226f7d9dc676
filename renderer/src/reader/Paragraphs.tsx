// The reader's paragraphs, each holding exactly its text from the source (a
// Markdown one with its markup hidden in the page), so offsets stay the source's.
import { memo, type CSSProperties } from 'react';
import type { Source } from '../../../notes/model/schema.ts';
import { storedAsMarkdown } from '../../../notes/sources/format.ts';
import { markdownLines } from './markdownRuns.ts';
import type { Block } from './offsets.ts';
import { blockClass } from './readerLayout.ts';

export interface ParagraphsProps {
  text: string;
  format: Source['format'];
  blocks: readonly Block[];
  lines: readonly number[];
  from: number;
  to: number;
}

/** Paragraphs [from, to): a part put in the page once, not gone over again as the next parts arrive. */
export const Paragraphs = memo(function Paragraphs({ text, format, blocks, lines, from, to }: ParagraphsProps) {
  return blocks.slice(from, to).map((block, k) => {
    const i = from + k;
    const content = text.slice(block.start, block.end);
    // dir="auto": each paragraph takes its direction from its first strong letter (Arabic lays out right to left).
    return (
      <p key={`${i}:${block.start}`} data-block={i} dir="auto" className={blockClass(content, format, i)} style={{ '--lines': lines[i] } as CSSProperties}>
        {storedAsMarkdown(format) ? <MarkdownParagraph text={content} /> : content}
      </p>
    );
  });
});

/** A Markdown paragraph as it reads; its markup stays in the page, hidden, so offsets are the source's. */
function MarkdownParagraph({ text }: { text: string }) {
  return markdownLines(text).map((line, n) => (
    <span key={n} className={line.kind ? `md-line md-${line.kind}` : undefined}>
      {line.runs.map((run, k) => (
        <span key={k} className={run.mark ? 'md-mark' : run.style ? `md-${run.style}` : undefined}>
          {run.text}
        </span>
      ))}
    </span>
  ));
}
