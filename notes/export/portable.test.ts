// The renderer bundles compare/, text/ and export/: none of their modules may
// reach for Node built-ins (tests and fixtures may).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FOLDERS = ['../compare/', '../text/', './'];
const NODE_IMPORT = /(?:from|import)\s*\(?\s*['"](node:[^'"]+|fs|path|os|crypto|url|child_process|buffer|stream)['"]/;

describe('browser-safe modules', () => {
  for (const folder of FOLDERS) {
    const dir = new URL(folder, import.meta.url);
    const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !/\.(test|fixture)\.ts$/.test(f));
    it(`${folder} imports no Node built-in`, () => {
      expect(modules.length).toBeGreaterThan(0);
      const offenders = modules.filter((f) => NODE_IMPORT.test(readFileSync(new URL(f, dir), 'utf8')));
      expect(offenders).toEqual([]);
    });
  }
});
