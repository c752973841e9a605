import type { WebFrameMain } from 'electron';
import { pathToFileURL } from 'node:url';

/** IPC is answered only for our own page, compared after URL parsing, never by substring. */
export function isTrustedSender(frame: WebFrameMain | null, indexHtml: string): boolean {
  if (!frame) return false;
  try {
    const url = new URL(frame.url);
    const expected = pathToFileURL(indexHtml);
    return url.protocol === 'file:' && url.pathname === expected.pathname;
  } catch {
    return false;
  }
}

/** External links open in the user's browser only when they are plain http(s) URLs. */
export function safeExternalUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}
