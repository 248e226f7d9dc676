// The only bridge between the sandboxed renderer and main: window.notebook,
// one function per contract method, each a single ipcRenderer.invoke on its
// own channel. The renderer never sees ipcRenderer itself, nor the event
// object (which would carry the sender). Bundled as CommonJS: a sandboxed
// preload cannot be an ES module.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelOf, EVENT_CHANNEL, METHOD_NAMES, type NotebookEvent, type Result } from '../contract.ts';
import { buildApi } from './api.ts';

const api = buildApi(METHOD_NAMES, {
  invoke: (name, args) => ipcRenderer.invoke(channelOf(name), ...args) as Promise<Result<unknown>>,
  subscribe(listener) {
    const relay = (_event: IpcRendererEvent, payload: NotebookEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
});

contextBridge.exposeInMainWorld('notebook', api);
