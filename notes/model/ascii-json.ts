// JSON text in which every character past U+007E is a \u escape, so the text
// is pure ASCII. Why: the notebook crosses from main to the window as JSON
// text, and V8 and Blink keep an ASCII string at one byte per character — it
// is copied, decoded and parsed as such. One Arabic letter or curly quote
// anywhere in a plain JSON text makes all of it a two-byte string: twice the
// memory to fill, and in the bench's 10k notebook ~60 ms more for the window
// to decode and parse before its first paint.

export function asciiJson(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError('asciiJson: the value has no JSON form.');
  // Pieces joined once: built by `+=`, the text would be a rope of ~100k pieces for a 10k notebook, and
  // whoever first reads it whole (IPC, a socket write) would pay to flatten it (30–50 ms here), on the
  // way to the window instead of here, before the window asks.
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x7f) continue;
    // Each UTF-16 unit on its own: a pair becomes two escapes, which JSON.parse joins again.
    parts.push(json.slice(from, i), (code < 0x100 ? '\\u00' : code < 0x1000 ? '\\u0' : '\\u') + code.toString(16));
    from = i + 1;
  }
  if (from === 0) return json;
  parts.push(json.slice(from));
  return parts.join('');
}
