// The application menu. Commands that change what the window shows (undo,
// find, views, import) go to the renderer as `menu` events: it owns the undo
// history and the view. File commands run in main and send the result.
import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { ExportFormat, MenuCommand } from '../contract.ts';

export interface MenuActions {
  command(command: MenuCommand): void;
  newNotebook(): void;
  open(): void;
  openRecent(file: string): void;
  saveCopy(): void;
  exportAs(format: ExportFormat): void;
  about(): void;
  notebooksFolder: string;
  recent: string[];
  devTools: boolean;
}

const EXPORTS: [ExportFormat, string][] = [
  ['md', 'Briefing as Markdown…'],
  ['html', 'Briefing as HTML…'],
  ['pdf', 'Briefing as PDF…'],
  ['docx', 'Briefing as Word…'],
  ['w3c', 'Annotations as W3C JSON-LD…'],
  ['csv', 'Annotations as CSV…'],
];

export function buildMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const send = (command: MenuCommand) => () => actions.command(command);
  const recent: MenuItemConstructorOptions[] = actions.recent.length
    ? actions.recent.map((file) => ({ label: path.basename(file), sublabel: file, click: () => actions.openRecent(file) }))
    : [{ label: 'No recent notebooks', enabled: false }];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New notebook…', accelerator: 'CmdOrCtrl+N', click: actions.newNotebook },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: actions.open },
        { label: 'Open Recent', submenu: recent },
        { type: 'separator' },
        { label: 'Import source…', accelerator: 'CmdOrCtrl+I', click: send('import') },
        { label: 'Save a copy…', accelerator: 'CmdOrCtrl+Shift+S', click: actions.saveCopy },
        { label: 'Export', submenu: EXPORTS.map(([format, label]) => ({ label, click: () => actions.exportAs(format) })) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { label: 'Redo', accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: send('find') },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Reader', accelerator: 'CmdOrCtrl+1', click: send('view-reader') },
        { label: 'Compare', accelerator: 'CmdOrCtrl+2', click: send('view-compare') },
        { label: 'Briefing', accelerator: 'CmdOrCtrl+3', click: send('view-briefing') },
        { type: 'separator' },
        { label: 'All commands…', accelerator: 'CmdOrCtrl+Shift+P', click: send('palette') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
        ...(actions.devTools ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      role: 'help',
      submenu: [
        { label: `About ${app.getName()}`, click: actions.about },
        { label: 'Show notebooks folder', click: () => void shell.openPath(actions.notebooksFolder) },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
