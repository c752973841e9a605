import { contextBridge, ipcRenderer } from 'electron';
import type { CockpitBridge } from '../../shared/api/bridge';

// The renderer's only door: one invoke-only call into the handler table. No ipcRenderer, no events, no Node.
const bridge: CockpitBridge = {
  call: (method, input) => {
    if (typeof method !== 'string') return Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: 'Bad call.' } });
    return ipcRenderer.invoke('cockpit:call', method, input);
  },
};

contextBridge.exposeInMainWorld('cockpit', bridge);
