import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRIEFING_CSS } from '../../notes/export/html.ts';
import { CSP, CSP_META, withCspMeta } from './csp.ts';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('the app CSP', () => {
  it('allows the briefing stylesheet by its hash, and no other inline style or script', () => {
    const hash = createHash('sha256').update(BRIEFING_CSS).digest('base64');
    expect(directive(CSP, 'style-src')).toBe(`style-src 'self' 'sha256-${hash}'`);
    expect(directive(CSP, 'script-src')).toBe("script-src 'self'");
    expect(CSP).not.toContain('unsafe-');
  });

  it("lets the window start workers from the app's own files only (the claim finder), never blob: or data:", () => {
    expect(directive(CSP, 'worker-src')).toBe("worker-src 'self'");
    expect(CSP).not.toMatch(/blob:|'unsafe-eval'/);
  });

  it('is the same policy in the <meta>, less frame-ancestors (which a <meta> cannot carry)', () => {
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP.replace("; frame-ancestors 'none'", '')).toBe(CSP_META);
  });

  it('goes first into the head of index.html, which holds no policy of its own', () => {
    const source = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const built = withCspMeta(source);
    expect(built).toMatch(new RegExp(`<head>\\s*<meta http-equiv="Content-Security-Policy" content="${CSP_META.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" />`));
    expect(() => withCspMeta(built)).toThrow(/already has a CSP/);
  });
});
