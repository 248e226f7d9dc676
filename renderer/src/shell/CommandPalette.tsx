// The command palette (Ctrl+K or Ctrl+Shift+P): every command by name, so
// nothing the app does hides in a menu the browser harness does not have.
// Also runs the commands the application menu sends.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNotebook, useWorkspace } from '../state/NotebookProvider.tsx';
import { COMMANDS, commandById, matchCommands, type Command, type CommandContext } from './commands.ts';
import { useUi } from './ui.tsx';
import './palette.css';

function useCommandContext(): CommandContext {
  const notebook = useNotebook();
  const workspace = useWorkspace();
  const ui = useUi();
  return useMemo(() => ({ notebook, workspace, ui }), [notebook, workspace, ui]);
}

export function CommandHost() {
  const ctx = useCommandContext();
  const latest = useRef(ctx);
  useEffect(() => {
    latest.current = ctx;
  }, [ctx]);
  const { controller } = ctx.workspace;
  const { paletteOpen, setPaletteOpen } = ctx.ui;

  useEffect(() => {
    const offMenu = controller.onEvent((event) => {
      if (event.type === 'menu') commandById(event.command)?.perform(latest.current);
    });
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if ((key === 'k' && !event.shiftKey) || (key === 'p' && event.shiftKey)) {
        event.preventDefault();
        latest.current.ui.setPaletteOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      window.removeEventListener('keydown', onKey);
    };
  }, [controller]);

  return paletteOpen ? <CommandPalette ctx={ctx} close={() => setPaletteOpen(false)} /> : null;
}

function CommandPalette({ ctx, close }: { ctx: CommandContext; close(): void }) {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const returnFocus = useRef<Element | null>(document.activeElement);
  const shown = matchCommands(COMMANDS, query);
  const current = Math.min(index, Math.max(0, shown.length - 1));

  const finish = (command?: Command) => {
    close();
    if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
    if (command && (command.enabled?.(ctx) ?? true)) command.perform(ctx);
  };

  return (
    <div className="palette-backdrop" onMouseDown={() => finish()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Commands" onMouseDown={(e) => e.stopPropagation()}>
        <input
          autoFocus
          className="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={shown[current] ? `command-${shown[current].id}` : undefined}
          aria-label="Type a command"
          placeholder="Type a command…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setIndex(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const step = e.key === 'ArrowDown' ? 1 : -1;
              setIndex((current + step + shown.length) % Math.max(1, shown.length));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              finish(shown[current]);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              finish();
            }
          }}
        />
        <ul id="palette-list" className="palette-list" role="listbox" aria-label="Commands">
          {shown.map((command, i) => {
            const enabled = command.enabled?.(ctx) ?? true;
            return (
              <li
                key={command.id}
                id={`command-${command.id}`}
                role="option"
                aria-selected={i === current}
                aria-disabled={!enabled}
                className="palette-item"
                onMouseEnter={() => setIndex(i)}
                onClick={() => finish(command)}
              >
                <span>{command.title}</span>
                {command.keys && <kbd>{command.keys}</kbd>}
              </li>
            );
          })}
          {shown.length === 0 && <li className="palette-empty">No command matches “{query}”.</li>}
        </ul>
      </div>
    </div>
  );
}
