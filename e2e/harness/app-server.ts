// The harness's stand-in for Electron's app:// protocol: a loopback HTTP
// server that serves the built renderer with the app's CSP, and the large
// results the bridge parks for the page to fetch. Playwright's route.fulfill
// carries every byte over the DevTools protocol (base64), a cost Electron's
// IPC does not have; a real socket makes the harness's transport about as
// cheap as the app's.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileUnder, mimeOf } from '../../electron/main/app-url.ts';
import { CSP } from '../../electron/main/csp.ts';

export interface AppServer {
  /** `http://notebook.localhost:<port>`: Chromium resolves *.localhost to loopback itself, no DNS. */
  readonly origin: string;
  /** Keeps `json` (a result, or a long string of one) until the page fetches it once; returns the path to fetch. */
  park(json: string): string;
  close(): Promise<void>;
}

export async function startAppServer(rendererDir: string, resultPath: string): Promise<AppServer> {
  const parked = new Map<string, string>();

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://notebook.localhost');
    const common = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (req.method !== 'GET') {
      res.writeHead(405, common).end();
      return;
    }
    if (url.pathname.startsWith(resultPath)) {
      const token = url.pathname.slice(resultPath.length);
      const json = parked.get(token);
      parked.delete(token);
      if (json === undefined) res.writeHead(404, common).end('Not found');
      // As bytes, not application/json: DevTools (which Playwright attaches) decodes every text response it
      // sees on the page's main thread, a cost Electron's IPC does not have.
      else res.writeHead(200, { ...common, 'content-type': 'application/octet-stream' }).end(json);
      return;
    }
    const file = fileUnder(rendererDir, url.pathname);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) {
      res.writeHead(404, common).end('Not found');
      return;
    }
    res.writeHead(200, { ...common, 'content-type': mimeOf(file), 'content-security-policy': CSP }).end(body);
  }

  const server = createServer((req, res) => {
    respond(req, res).catch(() => res.writeHead(500).end());
  });
  // Playwright's browser keeps connections alive; don't let them hold close() up.
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://notebook.localhost:${port}`,
    park(json) {
      const token = randomUUID();
      parked.set(token, json);
      return `${resultPath}${token}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
