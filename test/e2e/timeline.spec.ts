import { mkdirSync } from 'node:fs';
import { expect, openCalendar, test } from './fixtures';

const OUT = 'test-results/screenshots';

/** The demo's in-progress carrier cutover sits in the peak freeze, two days long, around today. */
const CUTOVER = /^UPS\/FedEx Label Service – FedEx Ship API \(REST\) cutover/;

test('the demo plan on the timeline: conflicts marked, the drawer names each with its evidence; screenshots at week and quarter zoom', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  const timeline = await openCalendar(page);
  await expect(page.getByText(/releases in conflict/)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Week' })).toHaveAttribute('aria-checked', 'true');
  await expect(timeline.getByText('Times in UTC')).toBeVisible();

  const bar = timeline.getByRole('button', { name: CUTOVER });
  await expect(bar).toHaveAccessibleName(/In progress, .* \(UTC\), 2 conflicts \(1 blocking\)/);
  await bar.click();
  const drawer = page.getByRole('complementary', { name: /FedEx Ship API/ });
  await expect(drawer.getByRole('heading', { name: '2 conflicts' })).toBeVisible();
  await expect(drawer.getByText('Hard freeze', { exact: true })).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Window: Peak-season freeze' })).toBeVisible();
  await expect(drawer.getByText(/^Occurrence: .* local \(America\/[A-Za-z_]+\) = .* UTC$/).first()).toBeVisible();
  await page.screenshot({ path: `${OUT}/calendar-week.png` });

  await page.getByRole('radio', { name: 'Quarter' }).click();
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(drawer).toHaveCount(0);
  await timeline.evaluate((el) => el.scrollTo({ top: 0 }));
  await page.screenshot({ path: `${OUT}/calendar-quarter.png` });

  await page.getByRole('switch', { name: 'Dark theme' }).click();
  await expect(page.getByRole('switch', { name: 'Dark theme' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('radio', { name: 'Month' }).click();
  await page.screenshot({ path: `${OUT}/calendar-month-dark.png` });
});

test('grouping by site and showing a site’s local time', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const timeline = await openCalendar(page);
  await page.getByLabel('Group by').selectOption('site');
  // The demo's year of history gives every site group several lanes, so DC Reno sits below the fold.
  const reno = timeline.getByRole('button', { name: /^DC Reno/ });
  await timeline.hover();
  for (let i = 0; i < 30 && (await reno.count()) === 0; i++) await page.mouse.wheel(0, 400);
  await reno.scrollIntoViewIfNeeded();
  await expect(timeline.getByRole('button', { name: /^DC Reno/ })).toBeVisible();
  const renoZone = await page.getByLabel('Times in').locator('option', { hasText: 'DC Reno' }).getAttribute('value');
  await page.getByLabel('Times in').selectOption(renoZone!);
  await expect(timeline.getByText(/^Times in America\/Los_Angeles \(UTC-0[78]:00\)$/)).toBeVisible();
  await expect(timeline.getByRole('button', { name: CUTOVER }).first()).toHaveAccessibleName(/\(America\/Los_Angeles\)/);
  // Collapsing a group hides its releases and says so.
  await timeline.getByRole('button', { name: /^DC Reno/ }).click();
  await expect(timeline.getByRole('button', { name: /^DC Reno/ })).toHaveAttribute('aria-expanded', 'false');
});

test('dragging a release previews the conflicts it would have before the drop; the drop is one undo step', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const timeline = await openCalendar(page);
  await page.getByRole('radio', { name: 'Month' }).click();
  const bar = timeline.getByRole('button', { name: CUTOVER }).first();
  await bar.scrollIntoViewIfNeeded();
  const box = (await bar.boundingBox())!;
  await page.mouse.move(box.x + 8, box.y + box.height / 2);
  await page.mouse.down();
  // About ten days earlier at month zoom: out of the peak freeze, still outside the carrier service's maintenance windows.
  await page.mouse.move(box.x + 8 - 300, box.y + box.height / 2, { steps: 10 });
  const preview = page.getByRole('status', { name: 'Drop preview' });
  await expect(preview).toContainText('Would cause 1 conflict');
  await expect(preview).toContainText('outside its maintenance windows');
  await expect(preview).not.toContainText('hard freeze');
  await page.mouse.up();
  await expect(page.getByText(/^Moved UPS\/FedEx .* 1 conflict: .* Ctrl\+Z undoes it\.$/)).toBeVisible();
  await expect(bar).toHaveAccessibleName(/1 conflict\b/);

  await page.keyboard.press('Control+z');
  await expect(page.getByText(/^Undone: Edit release UPS\/FedEx/)).toBeVisible();
  await expect(bar).toHaveAccessibleName(/2 conflicts \(1 blocking\)/);
});

test('keyboard: move the selection, nudge by a step, open, and delete with a question first', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const timeline = await openCalendar(page);
  await timeline.focus();
  await page.keyboard.press('ArrowDown');
  const first = page.locator(':focus');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  // Entry starts on screen (this week), not at the demo's first release a year back.
  await expect(page.getByText('Nov 2026', { exact: true })).toBeVisible();
  const firstName = await first.getAttribute('aria-label');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).not.toHaveAttribute('aria-label', firstName!);
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', firstName!);

  // Shift+→ nudges later by the week view's step (one hour) and says so.
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByText(/^Moved .* Ctrl\+Z undoes it\.$/)).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByText(/^Undone: Edit release/)).toBeVisible();

  await page.locator('[aria-pressed="true"]').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /^Edit release/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.locator('[aria-pressed="true"]').first().focus();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('alertdialog', { name: /^Delete / });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
});

test('double-clicking an empty spot in a service’s row adds a release there, for that service', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const timeline = await openCalendar(page);
  const group = timeline.getByRole('button', { name: /^Inventory Sync Service/ });
  await expect(group).toBeVisible();
  // The today line marks the instant the specs run at (E2E_NOW, Sun 22 Nov 10:00 UTC).
  const today = (await timeline.locator('.tl-today').boundingBox())!;
  const row = (await group.boundingBox())!;
  await page.mouse.dblclick(today.x + 2, row.y + row.height / 2);
  const dialog = page.getByRole('dialog', { name: 'Add release' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Start date')).toHaveValue('2026-11-22');
  await expect(dialog.getByLabel('Start time')).toHaveValue('10:00');
  await expect(dialog.getByRole('row', { name: /Inventory Sync Service/ })).toBeVisible();
});
