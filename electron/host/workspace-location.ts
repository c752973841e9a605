import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Release Cockpit';
export const WORKSPACE_FILE = 'workspace.sqlite';

/** Mirrors Electron's app.getPath('userData') so `serve`, the CLI and the app open the same file by default. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** --workspace FILE wins, then COCKPIT_WORKSPACE, then the user-data folder. */
export function resolveWorkspacePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, defaultDir = userDataDir(env)): string {
  return flag ?? env.COCKPIT_WORKSPACE ?? join(defaultDir, WORKSPACE_FILE);
}
