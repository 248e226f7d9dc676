// A quotation printed inside our own quotation marks: its own double marks
// become single ones, as a quote within a quote is printed (“ISIS ‘continues to
// plot attacks’ …”), so a claim that ends where its speaker's quote ends does
// not close with two marks. Right-to-left text is left as written: Arabic
// copy nests with its own marks, and single marks would read as foreign there.
import { hasRtl } from './direction.ts';

const SINGLE: Record<string, string> = { '“': '‘', '”': '’', '„': '‚', '‟': '‛' };

/** `text` with its double quotation marks made single; a straight one opens after a space or a bracket, else closes. */
export function nestedQuote(text: string): string {
  if (hasRtl(text)) return text;
  return text.replace(/["“”„‟]/g, (mark, at: number) => {
    if (mark !== '"') return SINGLE[mark]!;
    const before = at > 0 ? text[at - 1]! : '';
    return before === '' || /[\s([{—–-]/.test(before) ? '‘' : '’';
  });
}

/** `text` in our quotation marks with its own quotes nested, unless it opens with a mark of its own (shown as written). */
export function markedQuote(text: string): string {
  return /^["“”«‘'„]/.test(text) ? text : `“${nestedQuote(text)}”`;
}
