// How hostile content gets into the running app in the specs, and what the
// specs look for afterwards: a notebook file written before launch, files
// dropped on the window, a watch for script elements and inline handlers, and
// a scan of a document for anything that could run or load.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { createNotebookFile } from '../../notes/store/index.ts';
import type { Notebook } from '../../notes/model/schema.ts';
import { settingsFile } from '../../electron/main/settings.ts';

interface AppFolders {
  notebooksDir: string;
  userDataDir: string;
  relaunch(): Promise<void>;
}

/**
 * Writes `notebook` as a file, makes it the notebook to reopen and starts the
 * app again, the way an analyst reopens yesterday's notebook.
 */
export async function reopenWith(app: AppFolders, notebook: Notebook, name: string): Promise<string> {
  const file = path.join(app.notebooksDir, `${name}.notebook.json`);
  // The first launch is still opening the sample and will record it as the last notebook: let it finish first.
  await settled(settingsFile(app.userDataDir));
  await mkdir(app.notebooksDir, { recursive: true });
  await createNotebookFile(file, notebook);
  await mkdir(app.userDataDir, { recursive: true });
  await writeFile(settingsFile(app.userDataDir), JSON.stringify({ recent: [file], lastNotebook: file }));
  await app.relaunch();
  return file;
}

async function settled(settings: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const last = await readFile(settings, 'utf8').then((t) => (JSON.parse(t) as { lastNotebook?: string }).lastNotebook, () => undefined);
    if (last) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`The app never recorded the notebook it opened in ${settings}.`);
}

/** Drops one file on the app window, as from the file manager (the renderer's drop → importSource path). */
export async function dropFile(page: Page, name: string, bytes: Uint8Array | { fill: number; size: number }): Promise<void> {
  const data = bytes instanceof Uint8Array ? { b64: Buffer.from(bytes).toString('base64') } : bytes;
  await page.evaluate(
    ({ name, data }) => {
      // Large files are made in the page, not sent over the wire.
      const content = 'b64' in data ? Uint8Array.from(atob(data.b64), (c) => c.charCodeAt(0)) : new Uint8Array(data.size).fill(data.fill);
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { name, data },
  );
}

/**
 * Installed before the app's own scripts (addInitScript, top frame only):
 * counts every <script> element and every on* attribute that appears in the
 * document after it has loaded.
 */
export const WATCH_SCRIPT = `(() => {
  if (window.top !== window || window.__xssWatch) return;
  const watch = { scripts: 0, handlers: 0, samples: [] };
  Object.defineProperty(window, '__xssWatch', { value: watch });
  const note = (what, el) => { if (watch.samples.length < 10) watch.samples.push(what + ': ' + el.outerHTML.slice(0, 160)); };
  const check = (el) => {
    if (el.localName === 'script') { watch.scripts++; note('script', el); }
    if (el.getAttributeNames().some((a) => a.toLowerCase().startsWith('on'))) { watch.handlers++; note('handler', el); }
  };
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.attributeName && r.attributeName.toLowerCase().startsWith('on')) { watch.handlers++; note('handler', r.target); }
        for (const node of r.addedNodes) {
          if (node.nodeType !== 1) continue;
          check(node);
          for (const el of node.querySelectorAll('*')) check(el);
        }
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
})();`;

export interface Watch {
  scripts: number;
  handlers: number;
  samples: string[];
}

export const readWatch = (page: Page): Promise<Watch> => page.evaluate(() => (window as unknown as { __xssWatch: Watch }).__xssWatch);

export interface Scan {
  /** Each script element's src (or "inline"), in document order. */
  scripts: string[];
  /** Elements that could run or load something, as short outerHTML. */
  findings: string[];
  elements: number;
}

/**
 * Everything in a document that could run or load: inline handlers, script
 * elements, links that are not http(s)/mailto/in-page, frames, objects,
 * embeds, forms, <base>, meta refresh, and resource attributes pointing
 * anywhere but the app itself. `allow` lists selectors of the app's own
 * elements that may carry such attributes (the preview iframe).
 */
export async function scanDocument(target: Page | Frame, allow: string[] = []): Promise<Scan> {
  return target.evaluate((allow) => {
    const findings: string[] = [];
    const report = (why: string, el: Element) => findings.push(`${why}: ${el.outerHTML.slice(0, 160)}`);
    const own = (el: Element) => allow.some((sel) => el.matches(sel));
    const safeLink = (v: string) => /^(https?:\/\/|mailto:|#)/i.test(v.trim());
    const local = (v: string) => {
      try {
        const u = new URL(v, document.baseURI);
        return u.origin === location.origin || u.protocol === 'data:' || u.protocol === 'blob:';
      } catch {
        return false;
      }
    };
    const all = [...document.querySelectorAll('*')];
    for (const el of all) {
      const tag = el.localName;
      for (const name of el.getAttributeNames()) {
        const value = el.getAttribute(name) ?? '';
        const n = name.toLowerCase();
        if (n.startsWith('on')) report(`handler ${n}`, el);
        else if ((n === 'href' || n === 'xlink:href') && !own(el)) {
          if (tag === 'a' || tag === 'area' ? !safeLink(value) : !local(value)) report(`${n}`, el);
        } else if (['src', 'srcset', 'poster', 'background', 'data', 'action', 'formaction', 'ping', 'srcdoc', 'codebase'].includes(n) && !own(el)) {
          if (n === 'srcdoc' || n === 'ping' || n === 'srcset' || !local(value)) report(n, el);
        } else if (n === 'style' && /url\s*\(|expression\s*\(|behavior/i.test(value)) report('style', el);
      }
      if (own(el)) continue;
      if (['iframe', 'frame', 'frameset', 'object', 'embed', 'portal', 'applet', 'base', 'form'].includes(tag)) report(tag, el);
      if (tag === 'meta' && el.hasAttribute('http-equiv') && /refresh|set-cookie/i.test(el.getAttribute('http-equiv') ?? '')) report('meta', el);
      if (tag === 'link' && el.closest('body')) report('link', el);
      if (tag === 'style' && el.closest('body') && /url\s*\(|@import/i.test(el.textContent ?? '')) report('style element', el);
      if (el.namespaceURI === 'http://www.w3.org/2000/svg' && ['script', 'animate', 'set', 'foreignobject', 'use', 'image', 'feimage'].includes(tag.toLowerCase())) report('svg', el);
    }
    return { scripts: [...document.querySelectorAll('script')].map((el) => el.getAttribute('src') ?? 'inline'), findings, elements: all.length };
  }, allow);
}

// In-page source, so the same code pokes from a one-off call and from inside a sweep.
const POKE = `(selector) => {
  const types = ['click', 'dblclick', 'mouseover', 'mouseenter', 'mousedown', 'mouseup', 'focus', 'focusin', 'blur', 'input', 'beforeinput', 'change', 'toggle', 'load', 'error', 'begin', 'start', 'close', 'pageshow', 'animationstart', 'transitionend'];
  let count = 0;
  for (const root of document.querySelectorAll(selector)) {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      count++;
      for (const type of types) el.dispatchEvent(new Event(type, { bubbles: false, cancelable: true }));
      if (typeof el.focus === 'function') el.focus({ preventScroll: true });
      // A real activation: a javascript: link would run, a form button would submit. Web links are
      // left alone: following one is the analyst's choice (the app hands it to the system browser).
      const web = el.localName === 'a' && /^(https?:|mailto:)/i.test(el.getAttribute('href') || '');
      if ((el.localName === 'a' && !web) || el.localName === 'button' || (el.localName === 'input' && /submit|image/.test(el.type))) {
        // SVG and MathML links have no click(); a dispatched click activates them just the same.
        if (typeof el.click === 'function') el.click();
        else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      }
    }
  }
  return count;
}`;

/**
 * Fires the events inline handlers and autofocus tricks wait for at every
 * element under `selector` (no bubbling, so the app's own handlers stay out of
 * it) and activates links and buttons there. Returns how many elements it poked.
 */
export async function poke(target: Page | Frame, selector: string): Promise<number> {
  return target.evaluate(`(${POKE})(${JSON.stringify(selector)})`) as Promise<number>;
}

/**
 * Scrolls a windowed list (`scroller`) forward from where it is, a frame at a
 * time, collecting the `idAttribute` of rendered rows and poking `pokeSelector`
 * at each position, until the row `until` is rendered or the end is reached.
 * All in the page: one round trip however long the list.
 */
export async function sweep(
  page: Page,
  options: {
    scroller: string;
    idAttribute: string;
    pokeSelector?: string;
    until?: string;
    fromTop?: boolean;
    /** Rows (annotation cards) whose note editor is opened on its Preview tab, poked, and closed. */
    previewNotes?: string[];
  },
): Promise<{ ids: string[]; poked: number; found: boolean; previewed: string[] }> {
  // A page that stopped rendering (or navigated away) would leave the sweep waiting for a frame forever.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The sweep of ${options.scroller} did not finish within ${SWEEP_LIMIT_MS / 1000} s: the page stopped rendering or left.`)), SWEEP_LIMIT_MS);
  });
  return Promise.race([sweepInPage(page, options), stuck]).finally(() => clearTimeout(timer));
}

const SWEEP_LIMIT_MS = 60_000;

function sweepInPage(page: Page, options: object): Promise<{ ids: string[]; poked: number; found: boolean; previewed: string[] }> {
  return page.evaluate(`(async (o) => {
    const poke = ${POKE};
    const list = document.querySelector(o.scroller);
    if (!list) throw new Error('no list ' + o.scroller);
    if (o.fromTop) list.scrollTop = 0;
    const ids = new Set();
    const previewed = [];
    let poked = 0;
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const button = (root, text) => [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
    for (let step = 0; step < 1000; step++) {
      await frame();
      for (const el of list.querySelectorAll('[' + o.idAttribute + ']')) {
        const id = el.getAttribute(o.idAttribute);
        ids.add(id);
        if (!(o.previewNotes || []).includes(id) || previewed.includes(id)) continue;
        button(el, 'Edit note').click();
        await frame();
        const row = list.querySelector('[' + o.idAttribute + '="' + id + '"]');
        button(row, 'Preview').click();
        await frame();
        if (row.querySelector('.note-editor .note-html')) previewed.push(id);
        poked += poke('[' + o.idAttribute + '="' + id + '"] .note-editor .note-html');
        button(row, 'Done').click();
        await frame();
      }
      if (o.pokeSelector) poked += poke(o.pokeSelector);
      if (o.until && ids.has(o.until)) {
        list.querySelector('[' + o.idAttribute + '="' + o.until + '"]').scrollIntoView({ block: 'center' });
        await frame();
        return { ids: [...ids], poked, found: true, previewed };
      }
      if (list.scrollTop + list.clientHeight >= list.scrollHeight - 2) break;
      list.scrollTop += list.clientHeight * 0.5;
      // A windowed list renders the rows of its new place a few frames after the scroll (more on a busy
      // machine, or when fonts make cards taller): wait until a rendered row covers the top of the view.
      const top = list.getBoundingClientRect().top;
      for (let wait = 0; wait < 30; wait++) {
        const rows = [...list.querySelectorAll('[' + o.idAttribute + ']')].map((el) => el.getBoundingClientRect());
        if (rows.some((r) => r.top <= top + 1 && r.bottom > top)) break;
        await frame();
      }
    }
    return { ids: [...ids], poked, found: false, previewed };
  })(${JSON.stringify(options)})`);
}
