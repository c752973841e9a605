import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../electron/main/app-paths';
import { isTrustedSender, safeExternalUrl } from '../../electron/main/trusted-sender';
import { secureWebPreferences } from '../../electron/main/web-preferences';
import { CONTENT_SECURITY_POLICY } from '../../electron/host/security-headers';
import { readFileSync } from 'node:fs';

const frame = (url: string) => ({ url }) as Parameters<typeof isTrustedSender>[0];

describe('Electron shell security', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false,
    });
  });

  it('answers IPC only from our own page, compared after parsing', () => {
    const index = 'cockpit://app/index.html';
    expect(isTrustedSender(frame('cockpit://app/index.html'), index)).toBe(true);
    expect(isTrustedSender(frame('cockpit://app/index.html?x=1#catalog'), index)).toBe(true);
    expect(isTrustedSender(frame('https://app/index.html'), index)).toBe(false);
    expect(isTrustedSender(frame('cockpit://evil/index.html'), index)).toBe(false);
    expect(isTrustedSender(frame('file:///opt/cockpit/dist/renderer/index.html'), index)).toBe(false);
    expect(isTrustedSender(frame('cockpit://app/index.html.evil'), index)).toBe(false);
    expect(isTrustedSender(null, index)).toBe(false);
  });

  it('serves only files inside the renderer folder on the app scheme', () => {
    const root = '/opt/cockpit/dist/renderer';
    expect(resolveAppPath('cockpit://app/index.html', root)).toBe('/opt/cockpit/dist/renderer/index.html');
    expect(resolveAppPath('cockpit://app/blast-layout.js', root)).toBe('/opt/cockpit/dist/renderer/blast-layout.js');
    expect(resolveAppPath('cockpit://app/', root)).toBe('/opt/cockpit/dist/renderer/index.html');
    // URL parsing removes dot segments, so these stay inside the folder; encoded slashes are caught after decoding.
    expect(resolveAppPath('cockpit://app/../main/main.cjs', root)).toBe('/opt/cockpit/dist/renderer/main/main.cjs');
    expect(resolveAppPath('cockpit://app/%2e%2e/%2e%2e/etc/passwd', root)).toBe('/opt/cockpit/dist/renderer/etc/passwd');
    for (const bad of [ 'cockpit://app/..%2f..%2fetc%2fpasswd', 'cockpit://other/index.html', 'file:///opt/cockpit/dist/renderer/index.html', 'cockpit://app/%E0%A4%A']) {
      expect(resolveAppPath(bad, root)).toBeNull();
    }
  });

  it('opens only http(s) links externally', () => {
    expect(safeExternalUrl('https://docs.example.com/runbook')).toBe('https://docs.example.com/runbook');
    expect(safeExternalUrl('file:///etc/passwd')).toBeNull();
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('smb://share/x')).toBeNull();
    expect(safeExternalUrl('not a url')).toBeNull();
  });

  it('ships the same strict CSP in index.html as the browser host sends', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
      expect(meta).toContain(directive);
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(meta).not.toContain('unsafe-inline');
    expect(meta).not.toContain('unsafe-eval');
  });
});
