import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import type { AddressInfo } from 'node:net';
import { actingAs, HTTP_CALL_PATH, HTTP_EVENTS_PATH, TOKEN_HEADER, TOKEN_QUERY } from '../../shared/api/bridge';
import type { Result } from '../../shared/api/result';
import { MAX_IMPORT_CHARS } from '../../shared/import/limits';
import { hostAllowed, originAllowed, tokenMatches } from './request-guards';
import { SECURITY_HEADERS } from './security-headers';
import { readStatic } from './static-files';
import type { WorkspaceHub } from './workspace-hub';

export interface HostOptions {
  hub: WorkspaceHub;
  staticDir: string;
  port?: number;
  token?: string;
  /** Gets errors as text with the token taken out: a request's URL, say, may carry it. */
  log?: (error: string) => void;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Room for the largest file an import takes, as JSON text (escapes make it longer than the file). */
const MAX_BODY_BYTES = 3 * MAX_IMPORT_CHARS;
/** A comment line now and then keeps idle event streams from being cut by anything in between. */
const KEEPALIVE_MS = 15_000;

function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type });
  res.end(body);
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(result));
}

const refusedPage = (why: string) =>
  `<!doctype html><meta charset="utf-8"><title>Release Cockpit</title><body style="font-family:sans-serif;margin:3rem"><h1>Access refused</h1><p>${why}</p></body>`;

class TooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Refuse at once and keep nothing more; the answer goes back, then the connection is closed.
        req.removeAllListeners('data');
        req.resume();
        reject(new TooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The browser host: the same handler table as the Electron IPC adapter, over HTTP on 127.0.0.1.
 * Every request must name our own host; the page and every API call must carry the per-run token.
 */
export function startHttpHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  // Cookies ignore ports, so each host names its own.
  const pageCookie = () => `cockpit_page_${port}`;

  // The launch URL printed by `npm run serve` is the one place the token may be seen.
  const log = (error: unknown) => opts.log?.(inspect(error).replaceAll(token, '‹token›'));

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      log(error);
      if (!res.headersSent) sendResult(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The host failed to answer.' } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return send(res, 421, 'text/plain; charset=utf-8', 'Unknown host name.');
    if (!originAllowed(req, port)) return send(res, 403, 'text/plain; charset=utf-8', 'Cross-origin requests are refused.');
    const url = URL.parse(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url) return send(res, 400, 'text/plain; charset=utf-8', 'That address cannot be read.');

    if (url.pathname === HTTP_CALL_PATH) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST.');
      if (!tokenMatches(token, req.headers[TOKEN_HEADER] as string | undefined)) {
        return sendResult(res, 401, { ok: false, error: { code: 'UNAUTHORISED', message: 'This request lacks the access token printed by `npm run serve`.' } });
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendResult(res, 415, { ok: false, error: { code: 'VALIDATION', message: 'Send JSON.' } });
      }
      let payload: { method?: unknown; input?: unknown; actor?: unknown };
      try {
        payload = JSON.parse(await readBody(req)) as typeof payload;
        if (typeof payload !== 'object' || payload === null) throw new Error('not an object');
      } catch (error) {
        const message = error instanceof TooLarge
          ? `The request is larger than ${MAX_BODY_BYTES / 1_000_000} MB, the limit; nothing was read past it.`
          : 'The request was not valid JSON.';
        if (error instanceof TooLarge) res.shouldKeepAlive = false;
        return sendResult(res, error instanceof TooLarge ? 413 : 400, { ok: false, error: { code: 'VALIDATION', message } });
      }
      const result = await opts.hub.call(String(payload.method ?? ''), payload.input, actingAs(payload.actor));
      return sendResult(res, 200, result);
    }

    if (url.pathname === HTTP_EVENTS_PATH) {
      if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'Use GET.');
      // Read with fetch, not EventSource, so the token travels in a header and never in a URL.
      if (!tokenMatches(token, req.headers[TOKEN_HEADER] as string | undefined)) return send(res, 401, 'text/plain; charset=utf-8', 'This request lacks the access token.');
      return streamEvents(res);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      // The address bar loses the token once the app has it, so a reload proves itself with a strict same-site cookie.
      if (!tokenMatches(token, url.searchParams.get(TOKEN_QUERY)) && !tokenMatches(token, cookieValue(req, pageCookie()))) {
        return send(res, 401, 'text/html; charset=utf-8', refusedPage('Open the full address printed by <code>npm run serve</code>, including its <code>?token=…</code> part.'));
      }
      const page = readStatic(opts.staticDir, 'index.html');
      if (!page) return send(res, 500, 'text/plain; charset=utf-8', 'The renderer is not built. Run `npm run build`.');
      res.setHeader('set-cookie', `${pageCookie()}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      return send(res, 200, page.type, page.body);
    }
    // Scripts and styles carry no workspace data, so they need no token; the page itself always does.
    const file = readStatic(opts.staticDir, url.pathname);
    if (file?.type.startsWith('text/html')) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    return send(res, 200, file.type, file.body);
  }

  /** Server-sent events: every change set the hub publishes, as `data: <json>` blocks. */
  function streamEvents(res: ServerResponse): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = opts.hub.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
    res.on('close', () => {
      clearInterval(keepalive);
      unsubscribe();
    });
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      server.off('error', reject);
      resolvePromise({
        url: `http://127.0.0.1:${port}/?${TOKEN_QUERY}=${token}`,
        port,
        token,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
