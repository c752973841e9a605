import { mkdirSync } from 'node:fs';
import type { CockpitApp } from './fixtures';
import { expect, test } from './fixtures';

const OUT = 'test-results/screenshots';

async function exported(cockpit: CockpitApp): Promise<unknown> {
  const result = await cockpit.hub.call('export.workspaceJson', {});
  if (!result.ok) throw new Error(result.error.message);
  const { exportedAt: _when, ...rest } = JSON.parse((result.value as { text: string }).text) as Record<string, unknown>;
  return rest;
}

/**
 * Every row of every table but the audit trail and the undo journal, which record the restore
 * itself: runbooks, runs, incidents and their timelines included, which the JSON export leaves out.
 */
function rows(cockpit: CockpitApp): Record<string, unknown[]> {
  const { db } = cockpit.session.ctx;
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const kept = names.filter((name) => !/^(audit|journal)/.test(name));
  expect(kept).toEqual(expect.arrayContaining(['runbooks', 'incidents', 'releases', 'services']));
  // Some tables have no rowid: rows compared as sorted JSON lines.
  return Object.fromEntries(kept.map((name) => [name, (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort()]));
}

test('back up now, change the workspace, restore the backup from the app: the exact earlier state is back, without a reload', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await page.getByRole('button', { name: 'Backups' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('table', { name: 'Backups' }).getByRole('row', { name: /Manual/ })).toBeVisible();
  const earlier = await exported(cockpit);
  const earlierRows = rows(cockpit);
  for (const table of ['runbooks', 'incidents', 'incident_events', 'approvals']) expect(earlierRows[table]!.length, table).toBeGreaterThan(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Add service' }).click();
  const editor = page.getByRole('dialog', { name: 'Add service' });
  await editor.getByLabel('Name', { exact: true }).fill('Dock Door Scheduler');
  await editor.getByLabel('Owner team').fill('DC Operations');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  expect(await exported(cockpit)).not.toEqual(earlier);

  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.getByRole('button', { name: 'Backups' }).click();
  const manual = dialog.getByRole('row', { name: /Manual/ });
  await manual.getByRole('button', { name: /^Restore the backup of/ }).click();
  const confirm = dialog.getByRole('alertdialog', { name: 'Confirm restore' });
  await expect(confirm).toContainText('The current state is backed up first');
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: `${OUT}/backups-restore.png` });
  await confirm.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Restored the backup of/)).toBeVisible();
  expect(await exported(cockpit)).toEqual(earlier);
  expect(rows(cockpit)).toEqual(earlierRows);
  await page.getByRole('searchbox', { name: 'Search services' }).fill('Dock Door');
  await expect(page.getByRole('grid').getByRole('row', { name: /Dock Door Scheduler/ })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // The state the restore replaced was kept.
  await page.getByRole('button', { name: 'Backups' }).click();
  await expect(dialog.getByRole('row', { name: /Before a restore/ })).toBeVisible();
});
