import { isAbsolute, join, relative, resolve } from 'node:path';

/** Where the app's own page lives: its scheme, host and path are what IPC senders are checked against. */
export const APP_INDEX_URL = 'cockpit://app/index.html';

/** The renderer file a cockpit://app/… URL names, or null for another host, a bad URL or a path leaving the folder. */
export function resolveAppPath(rawUrl: string, rendererDir: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'cockpit:' || url.host !== 'app') return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const root = resolve(rendererDir);
  const file = resolve(join(root, path === '/' ? 'index.html' : path));
  const inside = relative(root, file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? file : null;
}
