// The preload: gives the page `window.mend`, the narrow API derived from the
// contract, and nothing else. ipcRenderer itself never reaches the page, and a
// listener gets the payload only, never the IpcRendererEvent (whose `sender`
// would hand the page ipcRenderer back).
// It runs sandboxed as CommonJS, so it may only require('electron'); the
// browser test harness evaluates this same built file with that require shimmed,
// which is why only contextBridge.exposeInMainWorld, ipcRenderer.invoke, .on and
// .removeListener are used.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { createMendApi } from '../shared/contract/client.ts';
import type { Invoke, Subscribe } from '../shared/contract/client.ts';

const invoke: Invoke = (channel, request) => ipcRenderer.invoke(channel, request);

const subscribe: Subscribe = (event, listener) => {
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, forward);
  return () => {
    ipcRenderer.removeListener(event, forward);
  };
};

// app:status is asked at once: the app's first screen depends on it, and the answer arrives
// while the page's scripts load instead of after them.
contextBridge.exposeInMainWorld('mend', createMendApi(invoke, subscribe, { early: ['app:status'] }));
