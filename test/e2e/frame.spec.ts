import { expect, test } from './fixtures';

test('opens on the demo distributor network', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await expect(page.getByRole('tab', { name: /Services/ })).toHaveAttribute('aria-selected', 'true');
  const count = await page.getByRole('tab', { name: /Services/ }).innerText();
  expect(Number(/\d+/.exec(count)?.[0])).toBeGreaterThanOrEqual(40);
  await page.getByRole('searchbox', { name: 'Search services' }).fill('Inventory Sync');
  await expect(page.getByRole('grid').getByRole('row', { name: /Inventory Sync Service/ })).toBeVisible();
  await page.getByRole('tab', { name: /Sites/ }).click();
  await expect(page.getByText('DC Reno').first()).toBeVisible();
  await expect(page.getByText('America/Chicago').first()).toBeVisible();
});

test('every section opens from the navigation and from the keyboard', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('button', { name: /^Dashboard/ }).or(nav.getByRole('link', { name: /^Dashboard/ })).first().click();
  await expect(page.getByRole('navigation', { name: 'Dashboard views' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('tab', { name: /Services/ })).toBeVisible();
});

test('the theme switch changes and remembers the theme', async ({ page, cockpit }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  const toggle = page.getByRole('switch', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBg).not.toBe(lightBg);
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Dark theme' })).toHaveAttribute('aria-checked', 'true');
});

test('keyboard: Up/Down through the sections, Enter opens one; Up/Down through the services grid, Enter opens one', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('button', { name: /^Catalog/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(nav.getByRole('button', { name: /^Calendar/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(nav.getByRole('button', { name: /^Calendar/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(nav.getByRole('button', { name: /^Catalog/ })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('searchbox', { name: 'Search services' }).fill('Manhattan WMS');
  const rows = page.getByRole('grid', { name: 'Services' }).getByRole('row');
  await expect(rows).toHaveCount(4); // the header row and three regional WMS tenants
  await rows.nth(1).focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toBeFocused();
  await expect(rows.nth(2)).toContainText('Manhattan WMS – East');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Manhattan WMS – East' })).toBeVisible();
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
});

test('reopens on the section used last, and a #section address opens that section', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#calendar');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Release timeline' })).toBeVisible();

  await page.goto(new URL('#catalog', page.url()).toString());
  await expect(page.getByRole('tab', { name: /Services/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('tab', { name: /Services/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toHaveCount(0);
});
