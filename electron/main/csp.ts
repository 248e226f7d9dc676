// The one Content-Security-Policy of the app window, sent as a header by the
// app:// protocol handler and by the e2e harness, and written into the built
// index.html as a <meta> (renderer/vite.config.ts). Nothing but the app's own
// files may load or run: no inline script or style, no eval, no network.
// img-src allows data: for small icons the renderer builds from its own code;
// a data: image cannot run anything.
import { createHash } from 'node:crypto';
import { BRIEFING_CSS } from '../../notes/export/html.ts';

/**
 * The Briefing view previews the exported HTML in a sandbox="" srcdoc frame,
 * which inherits this policy; its one <style> is a constant, allowed by hash.
 * Any other inline style (or a style attribute) is still refused.
 */
export const BRIEFING_STYLE_SOURCE = `'sha256-${createHash('sha256').update(BRIEFING_CSS).digest('base64')}'`;

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // The claim finder runs in a worker built from the app's own files; no blob: or data: workers.
  "worker-src 'self'",
  `style-src 'self' ${BRIEFING_STYLE_SOURCE}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const CSP = DIRECTIVES.join('; ');

/** The same policy for a <meta> tag, which cannot carry frame-ancestors (Chromium ignores it there, with a warning). */
export const CSP_META = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** index.html with the policy as the first element of its <head>, before anything that could load. */
export function withCspMeta(html: string): string {
  if (/http-equiv\s*=\s*["']?content-security-policy/i.test(html)) throw new Error('index.html already has a CSP <meta>; the policy belongs in electron/main/csp.ts');
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('index.html has no <head> for the CSP <meta>');
  const at = head.index + head[0].length;
  // CSP_META holds single quotes only, so it sits in a double-quoted attribute as is.
  return `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />${html.slice(at)}`;
}
