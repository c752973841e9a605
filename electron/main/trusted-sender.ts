import type { WebFrameMain } from 'electron';

/** IPC is answered only for our own page (scheme, host and path), compared after URL parsing, never by substring. */
export function isTrustedSender(frame: WebFrameMain | null, indexUrl: string): boolean {
  if (!frame) return false;
  try {
    const url = new URL(frame.url);
    const expected = new URL(indexUrl);
    return url.protocol === expected.protocol && url.host === expected.host && url.pathname === expected.pathname;
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
