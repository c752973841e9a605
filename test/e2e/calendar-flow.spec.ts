import { readFileSync } from 'node:fs';
import ical, { type VEvent } from 'node-ical';
import type { Locator, Page } from '@playwright/test';
import { E2E_NOW, expect, test } from './fixtures';

// The "done when", end to end through roles and labels: a recurring hard freeze for three DCs
// in their local time, a release inside it with the conflict named and its evidence, dragging it out
// clears the conflict, and the ICS export read back by an independent parser keeps the rule and zones.
// (Auto-schedule → diff → apply → undo is auto-schedule.spec.ts; ICS round trips are calendar-ics.spec.ts.)

const FREEZE = 'Weekend DC floor freeze';
const RELEASE = 'Manhattan WMS Central – wave-pick rules';
const THREE_DCS = ['DC Reno', 'DC Dallas', 'DC Columbus'];

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** A Saturday well after peak season (which the demo freezes), so only our freeze is in play. */
function saturdayAfterPeak(): Date {
  const now = new Date(E2E_NOW);
  const d = new Date(Date.UTC(now.getUTCFullYear() + 1, 1, 10)); // 10 February next year
  d.setUTCDate(d.getUTCDate() + ((6 - d.getUTCDay() + 7) % 7));
  return d;
}

async function declareFreeze(page: Page) {
  await page.getByRole('button', { name: 'Add window' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add window' });
  await dialog.getByLabel('Name', { exact: true }).fill(FREEZE);
  await dialog.getByRole('group', { name: 'Type' }).getByRole('radio', { name: /^Freeze/ }).check();
  await dialog.getByRole('group', { name: 'Severity' }).getByRole('radio', { name: /^Hard/ }).check();
  // The rule starts this coming weekend and repeats every weekend after it.
  const thisSaturday = new Date(E2E_NOW + ((6 - new Date(E2E_NOW).getUTCDay() + 7) % 7 || 7) * 86_400_000);
  await dialog.getByLabel('Start date').fill(iso(thisSaturday));
  await dialog.getByLabel('Start time').fill('00:00');
  await dialog.getByLabel('End date').fill(iso(new Date(thisSaturday.getTime() + 86_400_000)));
  await dialog.getByLabel('End time').fill('00:00');
  await dialog.getByLabel('Time zone').selectOption({ label: 'Each site\'s own local time' });
  await dialog.getByLabel('Repeats').selectOption({ label: 'Weekly' });
  const days = dialog.getByRole('group', { name: 'On days' });
  await days.getByRole('checkbox', { name: 'Saturday' }).check();
  await days.getByRole('checkbox', { name: 'Sunday' }).check();
  const sites = dialog.getByRole('group', { name: 'Scope' }).getByRole('group', { name: /^Sites/ });
  for (const dc of THREE_DCS) await sites.getByRole('checkbox', { name: new RegExp(`^${dc}\\b`) }).check();
  await dialog.getByLabel('Reason').fill('Weekend waves run at full staffing: no change to the DC floor systems.');
  await expect(dialog.getByText('Every Saturday and Sunday 00:00–24:00 in each site\'s local time')).toBeVisible();
  const preview = dialog.getByRole('region', { name: 'Next occurrences' });
  await expect(preview.getByText('3 affected sites in 3 time zones, each in its own local time.')).toBeVisible();
  for (const zone of ['America/Los_Angeles', 'America/Chicago', 'America/New_York']) await expect(preview.getByRole('region', { name: zone })).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

async function addReleaseOn(page: Page, saturday: Date) {
  await page.getByRole('button', { name: 'Add release' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add release' });
  await dialog.getByLabel('Title', { exact: true }).fill(RELEASE);
  await dialog.getByLabel('Requester').fill('Liam Chen');
  const picker = dialog.getByRole('combobox', { name: 'Add service' });
  await picker.fill('Manhattan WMS – Cen');
  await dialog.getByRole('option', { name: 'Manhattan WMS – Central', exact: true }).click();
  await dialog.getByLabel('Time zone').selectOption('America/Chicago');
  await dialog.getByLabel('Start date').fill(iso(saturday));
  await dialog.getByLabel('Start time').fill('06:00');
  await dialog.getByLabel('Duration hours').fill('12');
  await dialog.getByLabel('Duration minutes').fill('0');
  // The editor already warns before saving.
  await expect(dialog.getByText(new RegExp(`hard freeze "${FREEZE}"`)).first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

function freezeConflict(drawer: Locator): Locator {
  // The conflict's own item (its evidence list nests inside it): the one with the type heading.
  return drawer
    .getByRole('listitem')
    .filter({ has: drawer.page().getByRole('button', { name: `Window: ${FREEZE}` }) })
    .filter({ has: drawer.page().getByText('Hard freeze', { exact: true }) });
}

test('declare a recurring hard freeze for three DCs, plan a release inside it, see the conflict with its evidence, drag it out and see it clear; the ICS export keeps the rule', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await page.keyboard.press('Alt+2');
  const timeline = page.getByRole('region', { name: 'Release timeline' });
  await expect(timeline).toBeVisible();
  const saturday = saturdayAfterPeak();

  await declareFreeze(page);
  await expect(timeline.getByRole('button', { name: `Edit window ${FREEZE}` })).toBeAttached();

  await addReleaseOn(page, saturday);
  // Saved and selected: the drawer names the conflict, the window occurrence in Chicago time and the site it catches.
  const drawer = page.getByRole('complementary', { name: RELEASE });
  await expect(drawer).toBeVisible();
  const conflict = freezeConflict(drawer);
  await expect(conflict).toHaveCount(1);
  await expect(conflict.getByText('Hard freeze', { exact: true })).toBeVisible();
  await expect(conflict).toContainText(`planned inside hard freeze "${FREEZE}"`);
  await expect(conflict.getByText(/^Occurrence: Sat \d+ Feb 00:00 – (Sun \d+ Feb )?00:00 local \(America\/Chicago\)/)).toBeVisible();
  await expect(conflict.getByText(/^Caught by scope: .*DC Dallas/)).toBeVisible();
  const bar = timeline.getByRole('button', { name: new RegExp(`^${RELEASE}`) }).first();
  await expect(bar).toHaveAccessibleName(/blocking/);

  // Drag it two days later (Saturday 06:00 → Monday 06:00): the preview says the freeze is gone before the drop.
  await page.getByRole('radio', { name: 'Week' }).click();
  await bar.scrollIntoViewIfNeeded();
  const box = (await bar.boundingBox())!;
  const pxPerDay = box.width * 2; // the bar is twelve hours long
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 2 * pxPerDay, box.y + box.height / 2, { steps: 12 });
  const preview = page.getByRole('status', { name: 'Drop preview' });
  await expect(preview).toContainText(/^Mon /);
  await expect(preview).not.toContainText(FREEZE);
  await page.mouse.up();
  await expect(page.getByText(new RegExp(`^Moved ${RELEASE} to Mon `))).toBeVisible();
  await expect(freezeConflict(drawer)).toHaveCount(0);

  // ICS: the freeze comes back from an independent parser as one weekly event per site zone, rule kept.
  await page.getByRole('button', { name: 'Export ICS…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export calendar (.ics)' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
  const freezes = events.filter((e) => String(e.summary) === FREEZE);
  expect(freezes.map((e) => (e.start as Date & { tz?: string }).tz).sort()).toEqual(['America/Chicago', 'America/Los_Angeles', 'America/New_York']);
  for (const event of freezes) expect(event.rrule?.toString()).toMatch(/FREQ=WEEKLY/);
  expect(text).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=(SA,SU|SU,SA)/);
  expect(events.some((e) => String(e.summary) === `Release: ${RELEASE}`)).toBe(true);
});
