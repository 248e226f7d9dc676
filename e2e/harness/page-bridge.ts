// Runs inside the page, before the renderer's own scripts: installs
// window.notebook (one function per contract method, like the preload) over
// Playwright bindings, and reports CSP violations. It must not import
// anything: Playwright sends its source text to the browser.
//
// Uint8Array arguments (dropped files) cross the binding as { $bytes: base64 },
// since bindings carry JSON.

export interface BridgeConfig {
  names: string[];
  origin: string;
  invokeBinding: string;
  reportBinding: string;
  eventKey: string;
  /** A result too large for the binding comes back as { [fetchKey]: path } to fetch from the harness. */
  fetchKey: string;
  /** A long string inside a result comes back as { [textKey]: path }, to fetch as text. */
  textKey: string;
  /** Asked as the bridge is installed, marked `firstCallMark`; the page's first call of each takes its answer (electron/first-call.ts). */
  firstCalls: string[];
  firstCallMark: string;
  fetchPath: string;
}

export function installBridge(config: BridgeConfig): void {
  if (location.origin !== config.origin) return;
  const w = window as unknown as Record<string, unknown>;
  const call = (binding: string, ...args: unknown[]) => (w[binding] as (...a: unknown[]) => Promise<unknown>)(...args);

  const toBase64 = (bytes: Uint8Array): string => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  const encode = (value: unknown): unknown => {
    if (value instanceof Uint8Array) return { $bytes: toBase64(value) };
    if (Array.isArray(value)) return value.map(encode);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    return value;
  };

  const listeners = new Set<(event: unknown) => void>();
  Object.defineProperty(window, Symbol.for(config.eventKey), {
    value: (event: unknown) => {
      for (const listener of listeners) listener(event);
    },
  });

  const api: Record<string, unknown> = {};
  const isParked = (where: unknown): where is string => typeof where === 'string' && where.startsWith(config.fetchPath);
  const fetchText = async (where: string): Promise<string> => {
    const response = await fetch(where);
    if (!response.ok) throw new Error(`The harness lost a result (${response.status}).`);
    // Served as bytes (app-server.ts), taken as a blob and read as text: the body then goes to the browser's
    // blob store as it arrives and is decoded in one pass. response.arrayBuffer() had the page's main thread
    // put the body together, ~50 ms of it for the 10k bench notebook's 4.1 MB; response.json() of a JSON
    // response decoded it as it streamed in and again at its end.
    return (await response.blob()).text();
  };
  // Results come back as JSON text, or where to fetch it, with their long strings to fetch as they are (see launch.ts).
  const receive = async (json: string): Promise<unknown> => {
    const texts: { holder: Record<string, unknown>; key: string; where: string }[] = [];
    const value = (
      json.includes(config.textKey)
        ? JSON.parse(json, function (this: Record<string, unknown>, key, v: unknown) {
            const where = v && typeof v === 'object' ? (v as Record<string, unknown>)[config.textKey] : undefined;
            if (isParked(where) && Object.keys(v as object).length === 1) texts.push({ holder: this, key, where });
            return v;
          })
        : JSON.parse(json)
    ) as Record<string, unknown>;
    const where = value[config.fetchKey];
    if (isParked(where)) return receive(await fetchText(where));
    await Promise.all(texts.map(async (t) => (t.holder[t.key] = await fetchText(t.where))));
    return value;
  };
  const invoke = (name: string, args: unknown[]) => call(config.invokeBinding, name, encode(args)).then((json) => receive(json as string));
  // As the preload does (electron/preload/api.ts): the first calls asked now, their answers kept for the page.
  performance.mark(config.firstCallMark);
  const early = new Map<string, Promise<unknown>>();
  for (const name of config.firstCalls) {
    const answer = invoke(name, []);
    answer.catch(() => undefined);
    early.set(name, answer);
  }
  for (const name of config.names) {
    api[name] = (...args: unknown[]) => {
      const answer = args.length === 0 ? early.get(name) : undefined;
      if (answer) {
        early.delete(name);
        // Refused by main's sender check: ask again (electron/preload/api.ts says when that could happen).
        return answer.then((r) => {
          const result = r as { ok: boolean; error?: { code: string } };
          return !result.ok && result.error?.code === 'invalid-payload' ? invoke(name, args) : r;
        });
      }
      return invoke(name, args);
    };
  }
  api.onEvent = (listener: (event: unknown) => void) => {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  Object.defineProperty(window, 'notebook', { value: Object.freeze(api), enumerable: true });

  document.addEventListener('securitypolicyviolation', (e) => {
    void call(config.reportBinding, {
      directive: e.effectiveDirective,
      blocked: e.blockedURI,
      source: e.sourceFile,
      line: e.lineNumber,
      sample: e.sample,
    });
  });
}
