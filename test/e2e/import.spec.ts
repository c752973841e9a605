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

// A multi-document descriptor: a System (becomes a business process), two Components and a Resource,
// with spec.dependsOn pointing at the Resource and the other Component.
const BACKSTAGE = `apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: yard-operations
  title: Yard operations
spec:
  owner: group:default/dc-operations
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: yard-planner
  title: Yard Planner
  description: Assigns trailers to dock doors.
spec:
  type: service
  lifecycle: production
  owner: group:default/dc-operations
  system: yard-operations
  dependsOn: ['resource:default/yard-db', 'component:gate-camera-feed']
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: gate-camera-feed
  title: Gate Camera Feed
spec:
  type: service
  lifecycle: production
  owner: group:default/dc-operations
  system: yard-operations
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: yard-db
  title: Yard DB
spec:
  type: database
  owner: group:default/dc-operations
  system: yard-operations
`;

test('a Backstage catalog-info.yaml imports and its dependencies show in the detail panel', async ({ page, cockpit }, testInfo) => {
  await cockpit.open(page);
  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'catalog-info.yaml');
  writeFileSync(file, BACKSTAGE);
  const dialog = await openImport(page, /^Backstage/);
  await dialog.getByLabel('Files', { exact: true }).setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('region', { name: 'Import complete' })).toContainText(/Imported .*3 services/);
  await expect(dialog.getByRole('region', { name: 'Nothing was imported' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(page.getByRole('status')).toContainText(/Imported/);

  await page.getByRole('searchbox', { name: 'Search services' }).fill('Yard Planner');
  await page.getByRole('grid').getByRole('row', { name: /Yard Planner/ }).first().click();
  const detail = page.getByRole('region', { name: 'Yard Planner' });
  const dependsOn = detail.getByRole('list', { name: 'Depends on' });
  await expect(dependsOn.getByRole('button', { name: 'Yard DB' })).toBeVisible();
  await expect(dependsOn.getByRole('button', { name: 'Gate Camera Feed' })).toBeVisible();
  await expect(detail.getByRole('list', { name: 'Business processes' })).toContainText('Yard operations');

  await dependsOn.getByRole('button', { name: 'Yard DB' }).click();
  const db = page.getByRole('region', { name: 'Yard DB' });
  await expect(db.getByRole('list', { name: 'Used by' }).getByRole('button', { name: 'Yard Planner' })).toBeVisible();
});

test('a from/to call graph naming unknown services is refused, then imports with “Create missing services” ticked and lists them', async ({ page, cockpit }, testInfo) => {
  await cockpit.open(page);
  const known = cockpit.session.ctx.db.prepare('SELECT name FROM services ORDER BY id LIMIT 1').pluck().get() as string;
  const count = () => cockpit.session.ctx.db.prepare('SELECT count(*) FROM services').pluck().get() as number;
  const before = count();
  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'call-graph.csv');
  writeFileSync(file, `from,to\n${known},checkout-svc\ncheckout-svc,fraud-svc\n`);

  const dialog = await openImport(page, /^Dependencies CSV/);
  const createMissing = dialog.getByRole('checkbox', { name: 'Create missing services' });
  await expect(createMissing).not.toBeChecked();
  await dialog.getByLabel('File', { exact: true }).setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('region', { name: 'Nothing was imported' })).toContainText(/unknown service “checkout-svc”/);
  expect(count()).toBe(before);

  await createMissing.check();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const report = dialog.getByRole('region', { name: 'Import complete' });
  await expect(report).toContainText(/Imported 2 services and 2 dependencies/);
  await expect(report).toContainText('2 unclassified services created');
  await expect(report.getByRole('listitem')).toHaveText(['checkout-svc', 'fraud-svc']);
  expect(count()).toBe(before + 2);
});
