import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type RunningHost } from '../../electron/host/http-host';
import { openSession } from '../../electron/host/session';
import { WorkspaceHub } from '../../electron/host/workspace-hub';
import { HTTP_CALL_PATH, HTTP_EVENTS_PATH, TOKEN_HEADER } from '../../shared/api/bridge';

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A raw request, so the Host header and the path are exactly what a test says. */
function send(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...opts.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

let dir: string;
let logged: string[];
let hub: WorkspaceHub;
let host: RunningHost;
const api = (token: string, body = '{"method":"workspace.info","input":{}}') =>
  send(host.port, HTTP_CALL_PATH, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token }, body });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cockpit-host-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Release Cockpit</title>');
  writeFileSync(join(dir, 'app.js'), 'console.log(1)');
  logged = [];
  hub = new WorkspaceHub(openSession(':memory:', { actor: 'test' }));
  host = await startHttpHost({ hub, staticDir: dir, log: (text) => logged.push(text) });
});
afterAll(async () => {
  await host.close();
  hub.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the loopback host never lets its token leak', () => {
  it('sends Referrer-Policy: no-referrer on every kind of answer', async () => {
    const { port, token } = host;
    const answers = await Promise.all([
      send(port, `/?token=${token}`),
      send(port, '/'),
      send(port, '/app.js'),
      send(port, '/missing.js'),
      send(port, '/', { headers: { host: `evil.example:${port}` } }),
      send(port, '/', { headers: { origin: 'https://evil.example' } }),
      api(token),
      api('wrong'),
      api(token, 'not json'),
      send(port, HTTP_CALL_PATH),
      send(port, HTTP_EVENTS_PATH),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 401, 200, 404, 421, 403, 200, 401, 400, 405, 401]);
    for (const answer of answers) expect(answer.headers['referrer-policy']).toBe('no-referrer');
    // Nothing but the HttpOnly page cookie ever carries the token back.
    for (const answer of answers) expect(answer.body).not.toContain(token);
  });

  it('answers an unreadable address that carries the token, and logs nothing with the token in it', async () => {
    logged.length = 0;
    const answer = await send(host.port, `//[x?token=${host.token}`);
    expect(answer.status).toBe(400);
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    // It was a 500 whose logged TypeError carried the whole address, token and all.
    expect(logged).toEqual([]);
  });

  it('takes the token out of an error it logs', async () => {
    const leaky = { call: () => Promise.reject(new Error(`failed for ${HTTP_CALL_PATH}?token=${host.token}`)), subscribe: () => () => undefined } as unknown as WorkspaceHub;
    const lines: string[] = [];
    const other = await startHttpHost({ hub: leaky, staticDir: dir, token: host.token, log: (text) => lines.push(text) });
    try {
      const answer = await send(other.port, HTTP_CALL_PATH, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: other.token }, body: '{}' });
      expect(answer.status).toBe(500);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('failed for /api/call?token=‹token›');
      expect(lines[0]).not.toContain(other.token);
    } finally {
      await other.close();
    }
  });

  it('refuses a wrong token of the same length, of another length, and of the same length in characters but not in bytes', async () => {
    const { token } = host;
    const sameLength = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const headers = (t: string) => ({ headers: { 'content-type': 'application/json', [TOKEN_HEADER]: t }, method: 'POST', body: '{"method":"workspace.info"}' });
    expect((await send(host.port, HTTP_CALL_PATH, headers(sameLength))).status).toBe(401);
    expect((await send(host.port, HTTP_CALL_PATH, headers(token.slice(1)))).status).toBe(401);
    expect((await send(host.port, HTTP_CALL_PATH, headers(`${token}x`))).status).toBe(401);
    expect((await send(host.port, `/?token=${encodeURIComponent(`${token.slice(0, -1)}é`)}`)).status).toBe(401);
    expect((await send(host.port, HTTP_CALL_PATH, headers(token))).status).toBe(200);
  });

  it('refuses a body over the limit with a message naming it, without reading it all', async () => {
    const big = `{"method":"import.servicesCsv","input":{"text":"${'x'.repeat(61_000_000)}"}}`;
    const answer = await api(host.token, big);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/larger than 60 MB, the limit/);
  }, 30_000);
});
