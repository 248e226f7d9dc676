// A refusal names the problem without quoting the file: the path the analyst
// gave may lead, through a link, to a file that is no notebook at all, and an
// error message travels (a terminal log, a screenshot, a bug report).
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from './index.ts';
import { refusal, tempFolder } from './test-support/helpers.ts';

const SECRET = 'hunter2-do-not-print';
const PASSWD = `root:x:0:0:${SECRET}:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n`;

async function linkTo(content: string): Promise<{ link: string; folder: string }> {
  const folder = await tempFolder();
  const target = path.join(folder, 'passwd');
  await fsp.writeFile(target, content);
  const link = path.join(folder, 'talks.json');
  await fsp.symlink(target, link);
  return { link, folder };
}

describe('a notebook path that leads to another file', () => {
  const cases: { name: string; content: string; says: RegExp }[] = [
    { name: 'a password file, through a link', content: PASSWD, says: /passwd can't be opened: it is not a notebook file/ },
    { name: 'JSON with a syntax error after a secret', content: `{"token": "${SECRET}",\n  oops }`, says: /not valid JSON \(the first error is on line 2, column 3\)/ },
    { name: 'JSON cut off after a secret', content: `{"token": "${SECRET}`, says: /cut off/ },
    { name: 'JSON that is not a notebook', content: JSON.stringify({ token: SECRET, schemaVersion: SECRET }), says: /can't be opened: schemaVersion: / },
  ];
  for (const c of cases) {
    it(`${c.name}: says what is wrong without quoting it, to edit and to read`, async () => {
      const { link } = await linkTo(c.content);
      for (const readOnly of [false, true]) {
        const err = await refusal(openNotebook(link, { readOnly }));
        expect(err.message).toMatch(c.says);
        expect(err.message).not.toContain(SECRET);
        expect(err.message).not.toMatch(/root:x|daemon|token/);
      }
      expect(await fsp.readFile(link, 'utf8')).toBe(c.content);
    });
  }
});
