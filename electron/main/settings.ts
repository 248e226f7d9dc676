// App settings that are not part of any notebook: the recent files, the
// notebook to reopen, and the analyst's name (set once in Preferences, then
// given to every notebook that has none). Kept small; a damaged settings file only costs the
// recent list, so it is replaced rather than reported.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../notes/store/index.ts';

export const MAX_RECENT = 10;

const SettingsShape = z.object({
  recent: z.array(z.string().min(1).max(4096)).max(50).catch([]),
  lastNotebook: z.string().min(1).max(4096).optional().catch(undefined),
  author: z.string().trim().min(1).max(200).optional().catch(undefined),
});
export type Settings = z.infer<typeof SettingsShape>;

export const settingsFile = (userDataDir: string): string => path.join(userDataDir, 'settings.json');

export async function loadSettings(userDataDir: string): Promise<Settings> {
  try {
    const parsed = SettingsShape.safeParse(JSON.parse(await readFile(settingsFile(userDataDir), 'utf8')));
    if (parsed.success) return { ...parsed.data, recent: parsed.data.recent.slice(0, MAX_RECENT) };
  } catch {
    // Missing or unreadable: start with no recent files.
  }
  return { recent: [] };
}

export async function saveSettings(userDataDir: string, settings: Settings): Promise<void> {
  await mkdir(userDataDir, { recursive: true });
  await writeFileAtomic(settingsFile(userDataDir), `${JSON.stringify(settings, null, 2)}\n`);
}

/** Puts `file` first in the recent list and makes it the notebook to reopen. */
export function withOpened(settings: Settings, file: string): Settings {
  return { ...settings, recent: [file, ...settings.recent.filter((f) => f !== file)].slice(0, MAX_RECENT), lastNotebook: file };
}

/** The analyst's name as Preferences last set it (null clears it). */
export function withAuthor(settings: Settings, author: string | null): Settings {
  const { author: _previous, ...rest } = settings;
  return author ? { ...rest, author } : rest;
}
