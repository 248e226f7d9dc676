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
  // Results come back as JSON text, or where to fetch that text (see launch.ts).
  const receive = async (json: string): Promise<unknown> => {
    const value = JSON.parse(json) as Record<string, unknown>;
    const where = value[config.fetchKey];
    if (!isParked(where)) return value;
    const response = await fetch(where);
    if (!response.ok) throw new Error(`The harness lost a result (${response.status}).`);
    return receive(await response.text());
  };
  const invoke = (name: string, args: unknown[]) => call(config.invokeBinding, name, encode(args)).then((json) => receive(json as string));
  for (const name of config.names) api[name] = (...args: unknown[]) => invoke(name, args);
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
