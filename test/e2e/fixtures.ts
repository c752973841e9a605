import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RENDERER_OUT } from '../../electron/build/bundle';
import { startHttpHost, type RunningHost } from '../../electron/host/http-host';
import { openSession, type Session } from '../../electron/host/session';
import { WorkspaceHub } from '../../electron/host/workspace-hub';

export interface CockpitApp {
  host: RunningHost;
  /** The workspace the host has open now (the page can switch it). */
  session: Session;
  hub: WorkspaceHub;
  workspace: string;
  /** Open the app in the test's page and wait for the frame to be ready. */
  open(page: Page): Promise<void>;
  /** Closes the host and the workspace, then opens both again on the same file (a restart of the app). */
  restart(): Promise<RunningHost>;
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
    const start = async () => {
      const hub = new WorkspaceHub(openSession(workspace, { actor: 'e2e', now: () => new Date(Date.now() + offset) }), { log: console.error });
      return { hub, host: await startHttpHost({ hub, staticDir: RENDERER_OUT }) };
    };
    let { hub, host } = await start();
    await use({
      get host() {
        return host;
      },
      get session() {
        return hub.session;
      },
      get hub() {
        return hub;
      },
      workspace,
      async open(page) {
        await page.clock.install({ time: Date.now() + offset });
        await page.goto(host.url);
        await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
      },
      async restart() {
        await host.close();
        hub.close();
        ({ hub, host } = await start());
        return host;
      },
    });
    await host.close();
    hub.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };

/** Alt+2, then waits until every conflict is checked: bars name their conflicts, so names settle first. */
export async function openCalendar(page: Page) {
  await page.keyboard.press('Alt+2');
  const timeline = page.getByRole('region', { name: 'Release timeline' });
  await expect(timeline).toBeVisible();
  await expect(page.getByText('checking conflicts…')).toHaveCount(0);
  return timeline;
}
