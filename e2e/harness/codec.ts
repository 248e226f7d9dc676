// Node side of the page bridge's byte encoding: { $bytes: base64 } → Uint8Array.
export function decodeBytes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeBytes);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === '$bytes' && typeof entries[0]![1] === 'string') {
      return new Uint8Array(Buffer.from(entries[0]![1], 'base64'));
    }
    // JSON-parsed input may carry an own "__proto__" key; defineProperty keeps it an ordinary key
    // so the contract's validation sees (and refuses) it exactly as Electron's IPC would deliver it.
    const out: Record<string, unknown> = {};
    for (const [key, v] of entries) Object.defineProperty(out, key, { value: decodeBytes(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
