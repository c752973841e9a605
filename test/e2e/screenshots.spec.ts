import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const OUT = 'test-results/screenshots';

// Saves the screens people see, for review; asserts they are populated rather than comparing pixels.
test('catalog screenshots in light and dark themes', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row')).not.toHaveCount(0);
  await page.screenshot({ path: `${OUT}/catalog-light.png` });

  await page.getByRole('searchbox', { name: 'Search services' }).fill('order orch');
  await grid.getByRole('row', { name: /Order Orchestration/ }).first().click();
  await expect(page.getByRole('heading', { name: /Order Orchestration/ })).toBeVisible();
  await page.screenshot({ path: `${OUT}/catalog-detail-light.png` });

  await page.getByRole('switch', { name: 'Dark theme' }).click();
  await page.screenshot({ path: `${OUT}/catalog-detail-dark.png` });

  await page.getByRole('tab', { name: /Dependencies/ }).click();
  await page.screenshot({ path: `${OUT}/dependencies-dark.png` });
  await page.getByRole('tab', { name: /Sites/ }).click();
  await page.screenshot({ path: `${OUT}/sites-dark.png` });
});

test('editor, import report and unbuilt-section screenshots', async ({ page, cockpit }, testInfo) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  await page.getByRole('button', { name: 'Add service' }).click();
  const editor = page.getByRole('dialog', { name: 'Add service' });
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: `${OUT}/service-editor-error.png` });
  await editor.getByRole('button', { name: 'Cancel' }).click();

  const bad = join(testInfo.outputDir, 'bad.csv');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(bad, 'name,kind,tier\nA,wms,7\nB,nonsense,1\n');
  await page.getByRole('button', { name: /^Import/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Import into the catalog' });
  await dialog.getByLabel('File', { exact: true }).setInputFiles(bad);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('region', { name: 'Nothing was imported' })).toBeVisible();
  await page.screenshot({ path: `${OUT}/import-rejected.png` });
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('navigation', { name: 'Dashboard views' })).toBeVisible();
  await page.screenshot({ path: `${OUT}/dashboard.png` });
});
