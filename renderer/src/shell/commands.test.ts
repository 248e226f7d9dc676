import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../electron/contract.ts';
import { COMMANDS, commandById, matchCommands } from './commands.ts';

describe('commands', () => {
  it('every command the menu sends is one the window knows', () => {
    const missing = MENU_COMMANDS.filter((id) => !commandById(id));
    expect(missing).toEqual([]);
  });

  it('has one command per id', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds a command by any of its words, titles first', () => {
    expect(matchCommands(COMMANDS, 'compare')[0]?.id).toBe('view-compare');
    expect(matchCommands(COMMANDS, 'pdf').map((c) => c.id)).toContain('import');
    expect(matchCommands(COMMANDS, 'IMPORT SOURCE').map((c) => c.id)).toEqual(['import']);
    expect(matchCommands(COMMANDS, 'zzzz')).toEqual([]);
    expect(matchCommands(COMMANDS, 'find claims')[0]?.id).toBe('find-claims');
    expect(matchCommands(COMMANDS, 'aliases').map((c) => c.id)).toEqual(['actors']);
  });

  it('shows every command for an empty query, in list order', () => {
    expect(matchCommands(COMMANDS, '  ').map((c) => c.id)).toEqual(COMMANDS.map((c) => c.id));
  });
});
