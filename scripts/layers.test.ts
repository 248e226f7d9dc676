// The layers ESLint enforces (eslint.config.js): each rule is shown to fail on
// a deliberate violation and to pass the same import where it is allowed, so
// a rule that stopped matching would fail here rather than let a layer leak.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `path`. */
async function refused(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layers', () => {
  it('notes/ (but its store and CLI) imports no Node, no Electron and no UI', async () => {
    expect(await refused('notes/compare/leak.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([expect.stringContaining('notes/ is the pure core')]);
    expect(await refused('notes/model/leak.ts', "import path from 'path';\nexport const x = path;\n")).toHaveLength(1);
    expect(await refused('notes/export/leak.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toHaveLength(1);
    expect(await refused('notes/anchoring/leak.ts', "import { x } from '../../renderer/src/reader/dom.ts';\nexport const y = x;\n")).toHaveLength(1);
    expect(await refused('notes/store/fine.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([]);
    expect(await refused('notes/cli/fine.ts', "import path from 'node:path';\nexport const x = path;\n")).toEqual([]);
    expect(await refused('notes/store/leak.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toHaveLength(1);
  });

  it('renderer/ imports nothing Node-only and no main-process code', async () => {
    expect(await refused('renderer/src/reader/leak.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n")).toEqual([expect.stringContaining('renderer/ runs sandboxed')]);
    expect(await refused('renderer/src/state/leak.ts', "import { x } from '../../../electron/main/handlers.ts';\nexport const y = x;\n")).toHaveLength(1);
    expect(await refused('renderer/src/state/leak.ts', "import { x } from '../../../notes/store/index.ts';\nexport const y = x;\n")).toHaveLength(1);
    expect(await refused('renderer/src/state/fine.ts', "import type { Session } from '../../../electron/contract.ts';\nexport type S = Session;\n")).toEqual([]);
    expect(await refused('renderer/src/state/fine.ts', "import { paragraphs } from '../../../notes/text/paragraphs.ts';\nexport const p = paragraphs;\n")).toEqual([]);
  });

  it('only electron/ imports Electron', async () => {
    for (const path of ['notes/cli/leak.ts', 'renderer/src/leak.ts', 'e2e/harness/leak.ts', 'bench/leak.ts']) {
      expect(await refused(path, "import { app } from 'electron';\nexport const x = app;\n"), path).toHaveLength(1);
    }
    expect(await refused('electron/main/fine.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([]);
  });
});
