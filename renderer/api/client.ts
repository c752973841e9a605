import { HTTP_CALL_PATH, TOKEN_HEADER, TOKEN_QUERY, type CockpitBridge } from '../../shared/api/bridge';
import type { Input, Method, Output } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';

declare global {
  interface Window {
    cockpit?: CockpitBridge;
  }
}

const TOKEN_KEY = 'cockpit.token';

/** The browser host hands its token in the URL once; keep it for this tab and take it out of the address bar. */
function browserToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY);
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete(TOKEN_QUERY);
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const httpBridge = (token: string | null): CockpitBridge => ({
  async call(method, input) {
    try {
      const response = await fetch(HTTP_CALL_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
        body: JSON.stringify({ method, input }),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'Lost contact with the Release Cockpit host. Is `npm run serve` still running?' } };
    }
  },
});

let bridge: CockpitBridge | null = null;
function getBridge(): CockpitBridge {
  bridge ??= window.cockpit ?? httpBridge(browserToken());
  return bridge;
}

/** Typed call into the one API contract; never throws, always a Result. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  return (await getBridge().call(method, input)) as Result<Output<M>>;
}

/** For places where a failure should surface as an exception (e.g. inside a store action). */
export class CallError extends Error {
  constructor(readonly error: Extract<Result<unknown>, { ok: false }>['error']) {
    super(error.message);
  }
}

export async function callOrThrow<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await call(method, input);
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}
