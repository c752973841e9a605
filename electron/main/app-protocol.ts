import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveAppPath } from './app-paths';

export { APP_INDEX_URL } from './app-paths';

/**
 * The renderer is served from its own privileged scheme rather than file://, the usual Electron
 * practice: a page from file:// has an opaque origin, so it could not start the map's layout
 * worker or use 'self' in its CSP as the browser host does. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'cockpit', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Answers cockpit://app/… from the built renderer folder only; anything outside it is not found. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle('cockpit', (request) => {
    const file = resolveAppPath(request.url, rendererDir);
    return file ? net.fetch(pathToFileURL(file).toString()) : new Response('Not found', { status: 404 });
  });
}
