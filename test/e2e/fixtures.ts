import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handlers } from '../../electron/api/handler-table';
import { RENDERER_OUT } from '../../electron/build/bundle';
import { startHttpHost, type RunningHost } from '../../electron/host/http-host';
import { openSession, type Session } from '../../electron/host/session';

export interface CockpitApp {
  host: RunningHost;
  session: Session;
  workspace: string;
  /** Open the app in the test's page and wait for the frame to be ready. */
  open(page: Page): Promise<void>;
}

/**
 * The demo places its releases around "now" and its peak freeze on fixed dates (Nov 20 – Jan 5),
 * so what a spec sees depends on the day it runs. Every spec runs at this instant instead, on the
 * host and in the page alike; both clocks then move on in real time from it.
 */
export const E2E_NOW = Date.parse('2026-11-22T10:00:00Z');

/** Each test gets its own temporary workspace (seeded with the demo distributor) and its own host. */
export const test = base.extend<{ cockpit: CockpitApp }>({
  // Playwright requires the destructuring pattern even when a fixture uses no other fixture.
  // eslint-disable-next-line no-empty-pattern
  cockpit: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cockpit-e2e-'));
    const workspace = join(dir, 'workspace.sqlite');
    const offset = E2E_NOW - Date.now();
    const session = openSession(workspace, { actor: 'e2e', now: () => new Date(Date.now() + offset) });
    const host = await startHttpHost({ table: handlers, ctx: session.ctx, staticDir: RENDERER_OUT });
    await use({
      host,
      session,
      workspace,
      async open(page) {
        await page.clock.install({ time: Date.now() + offset });
        await page.goto(host.url);
        await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
      },
    });
    await host.close();
    session.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
