// What the renderer bundle pulls in, read from the import graph of its entry:
// the Word exporter (the large `docx` library) runs in main only, so no
// module the window loads may reach notes/export/index.ts or docx.ts; and the
// schema library stays in main, which validates everything the window sends
// (building zod's schemas is a large share of evaluating the window's script).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('./main.tsx', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Static and dynamic imports and re-exports; `import type` / `export type` are erased by the build.
const IMPORT = /\b(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      if (!spec.startsWith('.')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
        continue;
      }
      const target = path.resolve(path.dirname(file), spec);
      if (/\.tsx?$/.test(target) && existsSync(target)) queue.push(target);
    }
  }
  return { files, packages };
}

describe('the renderer bundle', () => {
  const { files, packages } = importGraph(ENTRY);
  const relative = [...files].map((f) => path.relative(ROOT, f).split(path.sep).join('/'));

  it('follows the real graph (sanity: the HTML exporter and the views are in it)', () => {
    expect(relative).toContain('notes/export/html.ts');
    expect(relative).toContain('renderer/src/briefing/BriefingPreview.tsx');
    expect(packages).toContain('react');
  });

  it('leaves the Word exporter and the docx library out', () => {
    expect(relative.filter((f) => /^notes\/export\/(index|docx|docx-note)\.ts$/.test(f))).toEqual([]);
    expect(packages).not.toContain('docx');
  });

  it('leaves the document importers out: web pages, PDFs and Word files are read in main', () => {
    expect(relative.filter((f) => f.startsWith('notes/sources/import/'))).toEqual([]);
    for (const name of ['pdfjs-dist', 'mammoth', 'linkedom', '@mozilla/readability', 'jszip']) expect(packages).not.toContain(name);
  });

  it('leaves the schema library out: the window applies edits, main validates them', () => {
    expect(packages).not.toContain('zod');
    expect(relative.filter((f) => /^notes\/model\/(schema|ops|validate)\.ts$/.test(f))).toEqual([]);
  });
});
