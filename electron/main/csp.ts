// The one Content-Security-Policy of the app window, sent as a header by the
// app:// protocol handler and by the e2e harness. Nothing but the app's own
// files may load or run: no inline script or style, no eval, no network.
// img-src allows data: for small icons the renderer builds from its own code;
// a data: image cannot run anything.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // 'unsafe-inline' for styles only: the Briefing view previews the exported HTML
  // (its own <style> and style attributes) in a sandbox="" srcdoc iframe, and a
  // srcdoc document inherits this policy. Scripts stay 'self' only; notes and
  // sources reach the DOM as text or DOMPurify output without style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
