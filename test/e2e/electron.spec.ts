import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildElectron } from '../../electron/build/bundle';

/**
 * The Electron binary, or why there is none. Read from the package's path.txt rather than require('electron'),
 * which would try to download the binary (blocked on machines without internet).
 */
function electronBinary(): { path: string } | { missing: string } {
  if (process.env.COCKPIT_ELECTRON) {
    return existsSync(process.env.COCKPIT_ELECTRON) ? { path: process.env.COCKPIT_ELECTRON } : { missing: `COCKPIT_ELECTRON points at ${process.env.COCKPIT_ELECTRON}, which does not exist` };
  }
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'No Electron binary is installed (its download was skipped or blocked)' };
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `Electron binary not found at ${binary}` };
}

const binary = electronBinary();

test.describe('Electron shell', () => {
  test.skip('missing' in binary, 'missing' in binary ? `${binary.missing}; the same renderer and handler table are covered through the browser host.` : '');

  test('opens the cockpit window on a demo workspace with a locked-down renderer', async () => {
    if (!('path' in binary)) return;
    await buildElectron();
    const dir = mkdtempSync(join(tmpdir(), 'cockpit-electron-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: ['.', '--workspace', join(dir, 'ws.sqlite'), '--no-sandbox'],
      env: { ...process.env, ELECTRON_DISABLE_SECURITY_WARNINGS: 'false' },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys((window as unknown as { cockpit: object }).cockpit))).toEqual(['call', 'savePdf', 'onPush']);
      const before = page.url();
      await page.evaluate(() => { window.location.href = 'https://example.com/'; });
      await page.waitForTimeout(500);
      expect(page.url()).toBe(before);
      const opened = await page.evaluate(() => window.open('https://example.com/') === null);
      expect(opened).toBe(true);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
