import { contextBridge, ipcRenderer } from 'electron';
import type { CockpitBridge } from '../../shared/api/bridge';
import type { PushEvent } from '../../shared/api/changes';

// The renderer's only door: calls into the handler table, and the change sets the host pushes back.
// No ipcRenderer, no other channel, no Node.
const bridge: CockpitBridge = {
  call: (method, input, actor) => {
    if (typeof method !== 'string') return Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: 'Bad call.' } });
    return ipcRenderer.invoke('cockpit:call', method, input, typeof actor === 'string' ? actor : undefined);
  },
  savePdf: (suggestedName) => ipcRenderer.invoke('cockpit:save-pdf', typeof suggestedName === 'string' ? suggestedName : 'report.pdf'),
  onPush: (listener) => {
    if (typeof listener !== 'function') return () => undefined;
    const relay = (_event: unknown, push: PushEvent) => listener(push);
    ipcRenderer.on('cockpit:push', relay);
    return () => {
      ipcRenderer.removeListener('cockpit:push', relay);
    };
  },
};

contextBridge.exposeInMainWorld('cockpit', bridge);
