import type { PushEvent } from './changes';
import type { Result } from './result';

/** The one object the Electron preload exposes on `window.cockpit`: calls in, change sets out. */
export interface CockpitBridge {
  /** `actor`: the profile the person chose under “Acting as”; the host records it on every write and the rules check it. */
  call(method: string, input: unknown, actor?: string): Promise<Result<unknown>>;
  /** Hears every change set the host pushes (this page's writes, other windows', other processes'); returns the unsubscribe. */
  onPush(listener: (event: PushEvent) => void): () => void;
  /**
   * Electron only: prints the page as it is now (its print stylesheet applies) to a PDF through
   * webContents.printToPDF, and asks where to save it. The browser host prints with window.print().
   */
  savePdf?(suggestedName: string): Promise<{ saved: string | null }>;
}

/** The loopback HTTP host's endpoint and header, shared by host, client and tests. */
export const HTTP_CALL_PATH = '/api/call';
export const HTTP_EVENTS_PATH = '/api/events';
export const TOKEN_HEADER = 'x-cockpit-token';
export const TOKEN_QUERY = 'token';

/** The acting profile's name as a host accepts it from a page: a short non-empty string, or none (the host's default). */
export function actingAs(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const name = raw.trim();
  return name.length > 0 && name.length <= 120 ? name : undefined;
}
