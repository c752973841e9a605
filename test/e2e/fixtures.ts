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

/** Each test gets its own temporary workspace (seeded with the demo distributor) and its own host. */
export const test = base.extend<{ cockpit: CockpitApp }>({
  // Playwright requires the destructuring pattern even when a fixture uses no other fixture.
  // eslint-disable-next-line no-empty-pattern
  cockpit: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cockpit-e2e-'));
    const workspace = join(dir, 'workspace.sqlite');
    const session = openSession(workspace, { actor: 'e2e' });
    const host = await startHttpHost({ table: handlers, ctx: session.ctx, staticDir: RENDERER_OUT });
    await use({
      host,
      session,
      workspace,
      async open(page) {
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
