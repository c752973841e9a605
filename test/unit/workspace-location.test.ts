import { describe, expect, it } from 'vitest';
import { resolveWorkspacePath, userDataDir } from '../../electron/host/workspace-location';

describe('workspace location', () => {
  it('prefers --workspace, then COCKPIT_WORKSPACE, then the user-data folder', () => {
    expect(resolveWorkspacePath('a.sqlite', { COCKPIT_WORKSPACE: 'b.sqlite' }, '/data')).toBe('a.sqlite');
    expect(resolveWorkspacePath(undefined, { COCKPIT_WORKSPACE: 'b.sqlite' }, '/data')).toBe('b.sqlite');
    expect(resolveWorkspacePath(undefined, {}, '/data')).toBe('/data/workspace.sqlite');
  });

  it('matches Electron’s user-data folder on Linux and Windows', () => {
    expect(userDataDir({ XDG_CONFIG_HOME: '/home/ann/.config' }, 'linux')).toBe('/home/ann/.config/Release Cockpit');
    expect(userDataDir({ APPDATA: 'C:/Users/ann/AppData/Roaming' }, 'win32')).toMatch(/Roaming[\\/]Release Cockpit$/);
  });
});
