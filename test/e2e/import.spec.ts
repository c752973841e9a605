import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openImport(page: Page, kind: RegExp) {
  await page.getByRole('button', { name: /^Import/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Import into the catalog' });
  await dialog.getByRole('radio', { name: kind }).check();
  return dialog;
}

test('a services CSV with one bad row changes nothing and names the row; a good one imports', async ({ page, cockpit }, testInfo) => {
  await cockpit.open(page);
  const count = () => cockpit.session.ctx.db.prepare('SELECT count(*) FROM services').pluck().get() as number;
  const before = count();
  mkdirSync(testInfo.outputDir, { recursive: true });

  const bad = join(testInfo.outputDir, 'services-bad.csv');
  writeFileSync(bad, ['name,kind,tier,owner_team,hosting', 'Cross-dock Planner,wms,2,DC Operations,cloud', 'Dock Door Sensors,edge,5,DC Operations,edge', 'Returns Grading App,portal,3,Returns,cloud'].join('\n'));
  const dialog = await openImport(page, /^Services CSV/);
  await dialog.getByLabel('File', { exact: true }).setInputFiles(bad);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const rejected = dialog.getByRole('region', { name: 'Nothing was imported' });
  await expect(rejected).toBeVisible();
  await expect(rejected).toContainText(/Line 3/i);
  await expect(rejected).toContainText(/tier must be 1, 2 or 3/);
  expect(count()).toBe(before);

  const good = join(testInfo.outputDir, 'services-good.csv');
  writeFileSync(good, ['name,kind,tier,owner_team,hosting,sites', 'Cross-dock Planner,wms,2,DC Operations,cloud,DC Reno;DC Dallas', 'Dock Door Sensors,edge,3,DC Operations,edge,DC Dallas'].join('\n'));
  await dialog.getByLabel('File', { exact: true }).setInputFiles(good);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toContainText(/2 services/);
  expect(count()).toBe(before + 2);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await page.getByRole('searchbox', { name: 'Search services' }).fill('Cross-dock Planner');
  await expect(page.getByRole('grid').getByRole('row', { name: /Cross-dock Planner/ })).toBeVisible();
});

test('a Backstage catalog-info.yaml imports and its dependencies show in the detail panel', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const dialog = await openImport(page, /^Backstage/);
  await dialog.getByLabel('Files', { exact: true }).setInputFiles('test/fixtures/backstage/catalog-info.yaml');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('region', { name: 'Nothing was imported' })).toHaveCount(0);
  await expect(dialog).toContainText(/Imported|created|services/i);
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  await page.getByRole('searchbox', { name: 'Search services' }).fill('Order Router');
  await page.getByRole('grid').getByRole('row', { name: /Order Router/ }).first().click();
  const detail = page.getByRole('region', { name: 'Order Router' });
  await expect(detail).toContainText('Depends on');
  await expect(detail).toContainText(/Orders DB|orders-db/i);
  await expect(detail).toContainText(/inventory-sync/i);
});
