import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { WorkspaceSnapshot } from '../../shared/api/contract';
import { expect, test, type CockpitApp } from './fixtures';

const OUT = 'test-results/screenshots';
const MEASURES = ['Deployment frequency', 'Change lead time', 'Change fail rate', 'Failed deployment recovery time', 'Deployment rework rate', 'Rollback rate'];

// Months are read in the page's zone; UTC here so the test's own count uses the same month edges.
test.use({ timezoneId: 'UTC' });

async function snapshot(cockpit: CockpitApp): Promise<WorkspaceSnapshot> {
  const result = await cockpit.hub.call('workspace.snapshot', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as WorkspaceSnapshot;
}

/** Deployments finished in October 2026 and how many failed, counted straight from the snapshot. */
function octoberFailures(ws: WorkspaceSnapshot): { failed: number; deployments: number } {
  const from = Date.parse('2026-10-01T00:00:00Z');
  const to = Date.parse('2026-11-01T00:00:00Z');
  const causedIncident = new Set(ws.ops.incidents.filter((i) => i.status !== 'cancelled' && i.releaseId !== null).map((i) => i.releaseId));
  const deployed = ws.plan.releases.filter((r) => {
    const at = r.finishedAt ? Date.parse(r.finishedAt) : Number.NaN;
    return ['done', 'rolled-back', 'failed'].includes(r.status) && at >= from && at < to;
  });
  const failed = deployed.filter(
    (r) => ['failed', 'rolled-back', 'hotfix-needed'].includes(r.outcomeResult ?? '') || r.status === 'failed' || r.status === 'rolled-back' || causedIncident.has(r.id),
  );
  return { failed: failed.length, deployments: deployed.length };
}

/** Emergency changes that went ahead with no approval still standing. */
function unapprovedEmergencies(ws: WorkspaceSnapshot): string[] {
  const approved = new Set(ws.governance.approvals.filter((a) => a.withdrawnAt === null).map((a) => a.releaseId));
  return ws.plan.releases.filter((r) => r.type === 'emergency' && r.finishedAt && !approved.has(r.id)).map((r) => r.title);
}

async function openDashboard(page: Page) {
  const started = Date.now();
  await page.keyboard.press('Alt+5');
  const view = page.getByRole('region', { name: 'Delivery measures' });
  await expect(view.getByRole('region', { name: 'Rollback rate' }).getByRole('img')).toBeVisible();
  return { view, ms: Date.now() - started };
}

test('delivery measures: a chart per measure, a table with the numbers behind a rate, its CSV, and the emergency changes missing approval', async ({ page, cockpit }, testInfo) => {
  const ws = await snapshot(cockpit);
  await cockpit.open(page);
  const { view, ms } = await openDashboard(page);
  testInfo.annotations.push({ type: 'dashboard open', description: `${ms} ms` });

  for (const title of MEASURES) {
    const card = view.getByRole('region', { name: title });
    await expect(card.getByRole('img')).toHaveAttribute('aria-label', new RegExp(`^${title} by month, last 12 months`));
    await expect(card.getByRole('button', { name: 'Table' })).toBeVisible();
    await expect(card.getByRole('button', { name: 'Download CSV' })).toBeVisible();
  }
  await expect(view.getByRole('region', { name: 'Risk of upcoming releases' }).getByRole('img')).toBeVisible();
  await expect(view.getByRole('region', { name: 'Freeze coverage, next 90 days' }).getByRole('img')).toBeVisible();
  await expect(view.getByText('Bands: DORA, 2024 Accelerate State of DevOps Report').first()).toBeVisible();

  // The table shows the same month's numerator and denominator the test counts itself.
  const { failed, deployments } = octoberFailures(ws);
  expect(deployments).toBeGreaterThan(0);
  const card = view.getByRole('region', { name: 'Change fail rate' });
  await card.getByRole('button', { name: 'Table' }).click();
  await expect(card.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  const table = card.getByRole('table', { name: 'Change fail rate by month, last 12 months' });
  await expect(table.getByRole('columnheader')).toHaveText(['Month', 'Failed deployments', 'Deployments', 'Change fail rate (%)', 'DORA band']);
  const october = table.getByRole('row', { name: /^Oct 2026/ });
  const rate = Math.round((failed / deployments) * 1000) / 10;
  await expect(october.getByRole('cell')).toHaveText([String(failed), String(deployments), rate.toLocaleString('en-GB'), /Elite|High|Low/]);

  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('change-fail-rate-by-month.csv');
  const lines = readFileSync((await download.path())!, 'utf8').split('\r\n');
  expect(lines[0]).toBe('Month,Failed deployments,Deployments,Change fail rate (%),DORA band');
  expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^Oct 2026,${failed},${deployments},${rate},(Elite|High|Low)$`)));
  expect(lines).toHaveLength(13);

  // The demo's two emergency changes without their approval, each opening its release.
  const missing = unapprovedEmergencies(ws);
  expect(missing).toHaveLength(2);
  const attention = view.getByRole('region', { name: 'Emergency changes missing their approval' });
  const rows = attention.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  for (const title of missing) await expect(attention.getByRole('button', { name: title })).toBeVisible();
  await attention.getByRole('button', { name: missing[0] }).click();
  await expect(page.getByRole('complementary', { name: missing[0] })).toBeVisible();
});

test('the period and grouping controls switch every chart, and a group without deployments says no data', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const { view } = await openDashboard(page);
  await view.getByRole('radio', { name: 'Last 26 weeks' }).click();
  const frequency = view.getByRole('region', { name: 'Deployment frequency' });
  await expect(frequency.getByRole('img')).toHaveAttribute('aria-label', /^Deployment frequency by week, last 26 weeks/);
  await frequency.getByRole('button', { name: 'Table' }).click();
  await expect(frequency.getByRole('table').getByRole('row')).toHaveCount(27);

  await view.getByRole('radio', { name: 'Tier' }).click();
  await expect(frequency.getByRole('table').getByRole('columnheader').first()).toHaveText('Tier');
  await expect(frequency.getByRole('table').getByRole('row', { name: /^Tier 1/ })).toBeVisible();
  // Keyboard: the controls are buttons in the tab order.
  await view.getByRole('radio', { name: 'Over time' }).focus();
  await page.keyboard.press('Enter');
  await expect(view.getByRole('radio', { name: 'Over time' })).toHaveAttribute('aria-checked', 'true');
});

test('dashboard screenshots in light and dark themes', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  await openDashboard(page);
  await page.screenshot({ path: `${OUT}/dashboard-measures-light.png` });
  // The section scrolls inside the frame: a tall window shows every card at once for review.
  await page.setViewportSize({ width: 1440, height: 2600 });
  // Charts are drawn as they scroll into view: wait for all eight.
  const drawn = page.locator('.dash-chart svg.recharts-surface');
  await expect(drawn).toHaveCount(8);
  await page.screenshot({ path: `${OUT}/dashboard-measures-full-light.png` });
  await page.getByRole('switch', { name: 'Dark theme' }).click();
  await page.screenshot({ path: `${OUT}/dashboard-measures-full-dark.png` });
  await page.getByRole('radio', { name: 'Site' }).click();
  await expect(page.getByRole('img', { name: /^Deployment frequency by site/ }).locator('svg.recharts-surface')).toBeVisible();
  await page.screenshot({ path: `${OUT}/dashboard-measures-by-site-dark.png` });
});
