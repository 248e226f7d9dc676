// Pure rules about the app's own URLs, kept free of Electron so they can be
// unit-tested: where app:// paths map on disk, which requests may load, which
// frames may call main.
import path from 'node:path';

export const APP_SCHEME = 'app';
/** The renderer's origin: app://notebook/ */
export const APP_HOST = 'notebook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX = `${APP_ORIGIN}/index.html`;
/** Pages main renders to PDF; served from memory, never reachable from the renderer's frame checks. */
export const PRINT_HOST = 'print';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export const mimeOf = (file: string): string => MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * The file under `root` an app:// URL names, or null when it names anything
 * else: another host, an encoded "..", a backslash or NUL trick, a symlink-free
 * path that still resolves outside root.
 */
export function fileForAppUrl(root: string, rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  return fileUnder(root, url.pathname);
}

/**
 * The file under `root` that a URL path (still percent-encoded) names, or
 * null for encoded separators, NUL, broken escapes, or anything resolving
 * outside root. Shared by the app:// handler and the e2e harness.
 */
export function fileUnder(root: string, encodedPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(encodedPath);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  return file;
}

/** True for the app window's own frame: the app origin, or the dev server while developing. */
export function isAppFrameUrl(frameUrl: string | undefined, devUrl?: string): boolean {
  if (!frameUrl) return false;
  try {
    const url = new URL(frameUrl);
    if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
    return devUrl !== undefined && url.origin === new URL(devUrl).origin;
  } catch {
    return false;
  }
}

/** Every request the window may make: its own files, devtools, and the dev server in development. */
export function isAllowedRequest(rawUrl: string, devUrl?: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST || url.host === PRINT_HOST;
  if (url.protocol === 'devtools:') return true;
  if (devUrl !== undefined) {
    const dev = new URL(devUrl);
    // Vite's hot reload talks over a WebSocket to the same host and port.
    if (url.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return true;
  }
  return false;
}

/** Only http(s) links leave the app, and only to the system browser. */
export function isWebLink(rawUrl: string): boolean {
  try {
    const { protocol } = new URL(rawUrl);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
