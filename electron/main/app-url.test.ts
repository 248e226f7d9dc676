import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileForAppUrl, isAllowedRequest, isAppFrameUrl, isWebLink } from './app-url.ts';

const root = path.resolve('/opt/notebook/renderer');

describe('fileForAppUrl', () => {
  it('maps the app origin onto the renderer folder', () => {
    expect(fileForAppUrl(root, 'app://notebook/')).toBe(path.join(root, 'index.html'));
    expect(fileForAppUrl(root, 'app://notebook/index.html')).toBe(path.join(root, 'index.html'));
    expect(fileForAppUrl(root, 'app://notebook/assets/index-abc.js?v=1#x')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(fileForAppUrl(root, 'app://notebook/assets/a%20b.css')).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it('never resolves outside the renderer folder', () => {
    // The URL parser folds "%2e%2e" segments itself; whatever is left must stay under root.
    for (const url of ['app://notebook/%2e%2e/%2e%2e/etc/passwd', 'app://notebook/../../etc/passwd', 'app://notebook/a/../../../b']) {
      const file = fileForAppUrl(root, url);
      expect(file === null || file.startsWith(root + path.sep), `${url} → ${file}`).toBe(true);
    }
  });

  it('refuses encoded separators, NUL, broken escapes and other hosts', () => {
    for (const url of [
      'app://notebook/..%2f..%2fetc/passwd',
      'app://notebook/assets/..%2F..%2F..%2Fsecret',
      'app://notebook/..%5c..%5cwindows',
      'app://notebook/a%00.html',
      'app://notebook/%E0%A4%A',
      'app://print/x.html',
      'app://other/index.html',
      'file:///etc/passwd',
      'https://notebook/index.html',
      'not a url',
    ]) {
      expect(fileForAppUrl(root, url), url).toBeNull();
    }
  });
});

describe('request and frame rules', () => {
  it('lets only app:// and devtools load, plus the dev server in development', () => {
    expect(isAllowedRequest('app://notebook/assets/x.js')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/x.js')).toBe(true);
    for (const url of ['https://example.org/', 'http://localhost:5173/', 'file:///etc/passwd', 'ws://localhost:5173/', 'data:text/html,x', 'app://evil/x']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it('trusts only the app frame', () => {
    expect(isAppFrameUrl('app://notebook/index.html')).toBe(true);
    expect(isAppFrameUrl('app://print/abc.html')).toBe(false);
    expect(isAppFrameUrl('https://notebook/index.html')).toBe(false);
    expect(isAppFrameUrl(undefined)).toBe(false);
    expect(isAppFrameUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
  });

  it('treats only http(s) as web links', () => {
    expect(isWebLink('https://a.example/')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('file:///x')).toBe(false);
  });
});
