import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderNoteHtml } from '../../../notes/export/note-html.ts';
import { warmMarkdownStep } from './warmMarkdown.ts';

const NOTES = [
  'Check against the **Washington** statement: “transition” is not “end”.\n\n- compare with ¶12\n- ask the desk',
  '> Baghdad says the talks will end the mission.\n\n| Actor | Says |\n| --- | --- |\n| Baghdad | end |',
  'Source: [Rudaw](https://www.rudaw.net/english) — single-sourced, *not* confirmed. Arabic: «انتقالية»',
];

describe('warming up the Markdown parser', () => {
  it('runs a finite number of steps, renders only its own small notes, and changes no note’s HTML', () => {
    const before = NOTES.map((n) => renderNoteHtml(n));
    const global = Object.values(Lexer.rules.inline.gfm).filter((p): p is RegExp => p instanceof RegExp && p.global);
    // Where marked last left them, as far as the warm-up knows: somewhere other than 0.
    for (const p of global) p.lastIndex = 3;
    const rendered: string[] = [];
    let steps = 0;
    while (warmMarkdownStep((markdown) => rendered.push(markdown))) {
      steps++;
      expect(steps).toBeLessThan(500);
    }
    expect(steps).toBeGreaterThan(20);
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.every((note) => note.length < 80)).toBe(true);
    // Patterns used with lastIndex are left where they stood.
    expect(global.length).toBeGreaterThan(0);
    expect(global.every((p) => p.lastIndex === 3)).toBe(true);
    for (const p of global) p.lastIndex = 0;
    expect(NOTES.map((n) => renderNoteHtml(n))).toEqual(before);
    expect(warmMarkdownStep(() => rendered.push('again'))).toBe(false);
  });
});
