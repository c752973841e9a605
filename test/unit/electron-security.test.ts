import { describe, expect, it } from 'vitest';
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

  it('answers IPC only from our own index.html, compared after parsing', () => {
    const index = '/opt/cockpit/dist/renderer/index.html';
    expect(isTrustedSender(frame('file:///opt/cockpit/dist/renderer/index.html'), index)).toBe(true);
    expect(isTrustedSender(frame('file:///opt/cockpit/dist/renderer/index.html?x=1#catalog'), index)).toBe(true);
    expect(isTrustedSender(frame('https://evil.example/opt/cockpit/dist/renderer/index.html'), index)).toBe(false);
    expect(isTrustedSender(frame('file:///tmp/evil/index.html'), index)).toBe(false);
    expect(isTrustedSender(frame('file:///opt/cockpit/dist/renderer/index.html.evil'), index)).toBe(false);
    expect(isTrustedSender(null, index)).toBe(false);
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
