import { describe, expect, it } from 'vitest';
import { SOURCE_FORMATS } from '../model/vocabulary.ts';
import { FORMAT_NAMES, storedAsMarkdown } from './format.ts';

describe('storedAsMarkdown', () => {
  it('renders Markdown, web pages and Word files as Markdown, text and PDFs as paragraphs', () => {
    expect(SOURCE_FORMATS.filter(storedAsMarkdown)).toEqual(['markdown', 'html', 'docx']);
    expect(Object.keys(FORMAT_NAMES).sort()).toEqual([...SOURCE_FORMATS].sort());
  });
});
