import { mkdirSync } from 'node:fs';
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
