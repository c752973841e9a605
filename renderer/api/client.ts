import { HTTP_CALL_PATH, HTTP_EVENTS_PATH, TOKEN_HEADER, TOKEN_QUERY, type CockpitBridge } from '../../shared/api/bridge';
import type { PushEvent } from '../../shared/api/changes';
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

/** How long to wait before reconnecting a lost push stream (the host restarting, a laptop waking). */
const RECONNECT_MS = 1000;

/**
 * The host's pushes over HTTP: a server-sent event stream read with fetch, so the token goes in a
 * header and never in a URL. `onReconnect` runs each time the stream is (back) up, to catch up.
 */
function streamPushes(token: string | null, listener: (event: PushEvent) => void, onReconnect: () => void): () => void {
  let stopped = false;
  let controller: AbortController | null = null;
  const connect = async (): Promise<void> => {
    controller = new AbortController();
    try {
      const response = await fetch(HTTP_EVENTS_PATH, { headers: token ? { [TOKEN_HEADER]: token } : {}, signal: controller.signal, cache: 'no-store' });
      if (!response.ok || !response.body) throw new Error(`push stream refused (${response.status})`);
      // Connected (or back): whatever was written before the stream was open is fetched now.
      onReconnect();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
          if (data) listener(JSON.parse(data) as PushEvent);
        }
      }
    } catch {
      // Lost or refused: try again below.
    }
    if (!stopped) setTimeout(() => void connect(), RECONNECT_MS);
  };
  void connect();
  return () => {
    stopped = true;
    controller?.abort();
  };
}

const httpBridge = (token: string | null): CockpitBridge => ({
  async call(method, input, actor) {
    try {
      const response = await fetch(HTTP_CALL_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
        body: JSON.stringify({ method, input, actor }),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'Lost contact with the Release Cockpit host. Is `npm run serve` still running?' } };
    }
  },
  onPush: (listener) => streamPushes(token, listener, () => reconnectListeners.forEach((l) => l())),
});

const reconnectListeners = new Set<() => void>();

let bridge: CockpitBridge | null = null;
function getBridge(): CockpitBridge {
  bridge ??= window.cockpit ?? httpBridge(browserToken());
  return bridge;
}

const ACTOR_KEY = 'cockpit.actingAs';
let actor: string | undefined = localStorage.getItem(ACTOR_KEY) ?? undefined;

/** The profile this page acts as; sent with every call, so the host records it and checks the rules against it. */
export const actingAs = (): string | undefined => actor;
export function setActingAs(name: string | undefined): void {
  actor = name;
  if (name) localStorage.setItem(ACTOR_KEY, name);
  else localStorage.removeItem(ACTOR_KEY);
}

/** Typed call into the one API contract; never throws, always a Result. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  return (await getBridge().call(method, input, actor)) as Result<Output<M>>;
}

/**
 * Hears every change set the host pushes. `onReconnect` runs when a lost push stream is back (the
 * browser host; Electron's IPC is never lost), so the caller can catch up on what it missed.
 */
export function onPush(listener: (event: PushEvent) => void, onReconnect?: () => void): () => void {
  if (onReconnect) reconnectListeners.add(onReconnect);
  const off = getBridge().onPush(listener);
  return () => {
    off();
    if (onReconnect) reconnectListeners.delete(onReconnect);
  };
}
