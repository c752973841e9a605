import type { Result } from './result';

/** The one object the Electron preload exposes on `window.cockpit`: invoke only. */
export interface CockpitBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
}

/** The loopback HTTP host's endpoint and header, shared by host, client and tests. */
export const HTTP_CALL_PATH = '/api/call';
export const TOKEN_HEADER = 'x-cockpit-token';
export const TOKEN_QUERY = 'token';
