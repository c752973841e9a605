import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { AuditEntry } from '../../shared/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import { E2E_NOW, expect, test, type CockpitApp } from './fixtures';

const OUT = 'test-results/screenshots';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A Saturday at least two days ahead, so the whole first weekend is still to come in every US zone. */
function comingSaturday(): Date {
  const now = new Date(E2E_NOW);
  const ahead = ((6 - now.getUTCDay() + 7) % 7) + (((6 - now.getUTCDay() + 7) % 7) < 2 ? 7 : 0);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + ahead));
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
/** "Sat 28 Nov" (the preview adds the year only when an occurrence falls in another year). */
const dayText = (d: Date) => `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;

/** The zone's UTC offset at local noon of a date, as a pattern ("UTC-06:00", any minus sign). */
function offsetPattern(zone: string, date: Date): RegExp {
  const noon = new Date(date.getTime() + 12 * 3_600_000);
  const text = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(noon).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return new RegExp(text.replace('GMT', 'UTC').replace(/[-−]/, '[-−]').replace('+', '\\+'));
}

async function openCalendar(page: Page, cockpit: CockpitApp) {
  await cockpit.open(page);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
}

async function openWindow(page: Page, name: string): Promise<Locator> {
  await page.getByRole('button', { name: `Edit window ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit window ${name}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function audit(cockpit: CockpitApp): Promise<AuditEntry[]> {
  const result = await dispatch(handlers, cockpit.session.ctx, 'audit.list', { limit: 20 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as AuditEntry[];
}

test('declares a recurring hard freeze for three DCs in each site’s local time, with a per-zone preview', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await openCalendar(page, cockpit);
  await page.getByRole('button', { name: 'Add window' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add window' });
  await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();

  const saturday = comingSaturday();
  const sunday = addDays(saturday, 1);
  await dialog.getByLabel('Name', { exact: true }).fill('Weekend peak freeze');
  await dialog.getByRole('group', { name: 'Type' }).getByRole('radio', { name: /^Freeze/ }).check();
  await dialog.getByRole('group', { name: 'Severity' }).getByRole('radio', { name: /^Hard/ }).check();
  await dialog.getByLabel('Start date').fill(isoDate(saturday));
  await dialog.getByLabel('Start time').fill('00:00');
  await dialog.getByLabel('End date').fill(isoDate(sunday));
  await dialog.getByLabel('End time').fill('00:00');
  await dialog.getByLabel('Time zone').selectOption({ label: 'Each site\'s own local time' });
  await dialog.getByLabel('Repeats').selectOption({ label: 'Weekly' });
  const days = dialog.getByRole('group', { name: 'On days' });
  await days.getByRole('checkbox', { name: 'Saturday' }).check();
  await days.getByRole('checkbox', { name: 'Sunday' }).check();
  // The day toggles work from the keyboard.
  const monday = days.getByRole('checkbox', { name: 'Monday' });
  await monday.focus();
  await page.keyboard.press('Space');
  await expect(monday).toBeChecked();
  await page.keyboard.press('Space');
  await expect(monday).not.toBeChecked();

  const scope = dialog.getByRole('group', { name: 'Scope' });
  const sites = scope.getByRole('group', { name: /^Sites/ });
  for (const dc of ['DC Reno', 'DC Dallas', 'DC Columbus']) await sites.getByRole('checkbox', { name: new RegExp(`^${dc}\\b`) }).check();
  await dialog.getByLabel('Reason').fill('Weekend waves run at full staffing during peak: no change to the DC floor.');

  // In words, never RRULE.
  await expect(dialog.getByText('Every Saturday and Sunday 00:00–24:00 in each site\'s local time')).toBeVisible();
  await expect(dialog.getByText(/FREQ=|BYDAY/)).toHaveCount(0);

  // The preview: one group per zone, each with its sites and the next occurrences in that zone's local time.
  const preview = dialog.getByRole('region', { name: 'Next occurrences' });
  await expect(preview.getByText('3 affected sites in 3 time zones, each in its own local time.')).toBeVisible();
  const zones = [
    { zone: 'America/Chicago', site: 'DC Dallas' },
    { zone: 'America/Los_Angeles', site: 'DC Reno' },
    { zone: 'America/New_York', site: 'DC Columbus' },
  ];
  const offsets = new Set<string>();
  for (const { zone, site } of zones) {
    const group = preview.getByRole('region', { name: zone });
    await expect(group).toContainText(site);
    const items = group.getByRole('list', { name: `Next occurrences in ${zone}` }).getByRole('listitem');
    await expect(items).toHaveCount(5);
    await expect(items.nth(0)).toContainText(new RegExp(`^${dayText(saturday)}( \\d{4})? 00:00 – 24:00`));
    await expect(items.nth(1)).toContainText(new RegExp(`^${dayText(sunday)}( \\d{4})? 00:00 – 24:00`));
    await expect(items.nth(2)).toContainText(new RegExp(`^${dayText(addDays(saturday, 7))}( \\d{4})? 00:00 – 24:00`));
    const offset = offsetPattern(zone, saturday);
    await expect(items.nth(0)).toContainText(offset);
    offsets.add(offset.source);
  }
  expect(offsets.size).toBe(3);
  await page.screenshot({ path: `${OUT}/window-editor-scope-light.png` });
  await dialog.getByLabel('Name', { exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/window-editor-light.png` });

  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Added hard freeze Weekend peak freeze.' })).toBeVisible();
  expect((await audit(cockpit)).some((e) => e.entity === 'window' && e.action === 'create' && e.summary.includes('Weekend peak freeze'))).toBe(true);

  // Reopen from the calendar: everything kept, the rule shown in human terms.
  const again = await openWindow(page, 'Weekend peak freeze');
  await expect(again.getByLabel('Name', { exact: true })).toHaveValue('Weekend peak freeze');
  await expect(again.getByRole('radio', { name: /^Freeze/ })).toBeChecked();
  await expect(again.getByRole('radio', { name: /^Hard/ })).toBeChecked();
  await expect(again.getByLabel('Start date')).toHaveValue(isoDate(saturday));
  await expect(again.getByLabel('Start time')).toHaveValue('00:00');
  await expect(again.getByLabel('End date')).toHaveValue(isoDate(sunday));
  await expect(again.getByLabel('End time')).toHaveValue('00:00');
  await expect(again.getByLabel('Time zone')).toHaveValue('site');
  await expect(again.getByLabel('Repeats')).toHaveValue('weekly');
  const keptDays = again.getByRole('group', { name: 'On days' });
  await expect(keptDays.getByRole('checkbox', { name: 'Saturday' })).toBeChecked();
  await expect(keptDays.getByRole('checkbox', { name: 'Sunday' })).toBeChecked();
  await expect(keptDays.getByRole('checkbox', { name: 'Friday' })).not.toBeChecked();
  await expect(again.getByText('Every Saturday and Sunday 00:00–24:00 in each site\'s local time')).toBeVisible();
  const keptSites = again.getByRole('group', { name: /^Sites/ });
  for (const dc of ['DC Reno', 'DC Dallas', 'DC Columbus']) await expect(keptSites.getByRole('checkbox', { name: new RegExp(`^${dc}\\b`) })).toBeChecked();
  await expect(keptSites.getByRole('checkbox', { name: /^DC Joliet\b/ })).not.toBeChecked();
  await expect(again.getByLabel('Reason')).toHaveValue(/full staffing/);
  // A hard freeze lists no way to ask for an exception.
  await expect(again.getByText('Hard freezes accept no exceptions.', { exact: false })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Request exception…' })).toHaveCount(0);

  await page.emulateMedia({ colorScheme: 'dark' });
  await again.getByRole('region', { name: 'Exceptions' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/window-editor-hard-exceptions-dark.png` });
  await again.getByLabel('Name', { exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/window-editor-top-dark.png` });
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toBeHidden();
});

test('shows a field error when the end is before the start, and what to fix in the preview', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openCalendar(page, cockpit);
  await page.getByRole('button', { name: 'Add window' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add window' });
  await dialog.getByLabel('Name', { exact: true }).fill('Backwards window');
  await dialog.getByRole('group', { name: /^Sites/ }).getByRole('checkbox', { name: /^DC Reno\b/ }).check();
  await dialog.getByLabel('Start date').fill('2027-03-10');
  await dialog.getByLabel('Start time').fill('10:00');
  await dialog.getByLabel('End date').fill('2027-03-09');
  await dialog.getByLabel('End time').fill('09:00');
  await expect(dialog.getByRole('region', { name: 'Next occurrences' })).toContainText('End must be after start');

  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeVisible();
  const ends = dialog.getByRole('group', { name: 'Ends' });
  await expect(ends.getByText('End must be after start')).toBeVisible();
  await expect(dialog.getByLabel('End date')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('alert')).toContainText('nothing was saved');
  await page.screenshot({ path: `${OUT}/window-editor-error-dark.png` });

  // Fixing it clears the error; nothing was written meanwhile.
  await dialog.getByLabel('End date').fill('2027-03-10');
  await dialog.getByLabel('End time').fill('14:00');
  await expect(ends.getByText('End must be after start')).toHaveCount(0);
  await expect(dialog.getByText('Once: Wed Mar 10 2027 10:00–14:00 in each site\'s local time')).toBeVisible();
  expect((await audit(cockpit)).some((e) => e.summary.includes('Backwards window'))).toBe(false);
});

test('break-glass exception on a soft freeze: requested, self-approval refused, approved by someone else', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await openCalendar(page, cockpit);
  const release = 'Pricing & Promotions 2.8 – read new condition types';

  let editor = await openWindow(page, 'Month-end close (ERP)');
  // A stored monthly rule on the second-to-last day shows as form fields, not RRULE.
  await expect(editor.getByLabel('Repeats')).toHaveValue('monthly');
  await expect(editor.getByLabel('Day of the month')).toHaveValue('-2');
  await expect(editor.getByLabel('Time zone')).toHaveValue('America/Chicago');
  const exceptions = editor.getByRole('region', { name: 'Exceptions' });
  await expect(exceptions).toContainText('No exceptions on file for this window.');
  const pick = exceptions.getByLabel('Request an exception for');
  const value = await pick.locator('option', { hasText: release }).getAttribute('value');
  await pick.selectOption(value ?? '');
  await exceptions.getByRole('button', { name: 'Request exception…' }).click();

  const request = page.getByRole('dialog', { name: 'Request a freeze exception' });
  await expect(request).toContainText('Month-end close (ERP)');
  await expect(request).toContainText(release);
  await expect(request.getByLabel('Reason')).toBeFocused();
  await request.getByRole('button', { name: 'Request exception' }).click();
  await expect(request.getByText('Give the reason for the exception')).toBeVisible();

  await request.getByLabel('Reason').fill('Pricing must read the new condition types before the December price list goes live on the 1st.');
  await request.getByLabel('Requester').fill('Dana Ortiz');
  await request.getByLabel('Approver (optional)').fill('dana ortiz');
  await expect(request.getByText('The approver cannot be the requester')).toBeVisible();
  await expect(request.getByLabel('Approver (optional)')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: `${OUT}/exception-request-light.png` });
  await request.getByLabel('Approver (optional)').fill('');
  await request.getByRole('button', { name: 'Request exception' }).click();
  await expect(request).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'it awaits approval' })).toBeVisible();

  editor = await openWindow(page, 'Month-end close (ERP)');
  const item = editor.getByRole('listitem', { name: `Exception for ${release}` });
  await expect(item).toContainText('Awaiting approval');
  await expect(item).toContainText('Requested by Dana Ortiz');
  await item.getByRole('button', { name: `Approve exception for ${release}…` }).click();
  await item.getByLabel('Approver').fill('Dana Ortiz');
  await item.getByRole('button', { name: 'Approve', exact: true }).click();
  // The API refuses self-approval; its sentence shows in place.
  await expect(item.getByRole('alert')).toContainText('requested this exception and cannot approve it too');
  await expect(item).toContainText('Awaiting approval');
  await item.getByLabel('Approver').fill('Chris Lee');
  await item.getByLabel('Approver').press('Enter');
  await expect(item).toContainText('Approved');
  await expect(item).toContainText('approved by Chris Lee');
  await expect(editor).toBeVisible(); // Enter approved; it did not save and close the window editor
  await page.screenshot({ path: `${OUT}/window-editor-exceptions-light.png` });

  // Both steps are in the audit log: the request (who asked) and the approval (who approved).
  const trail = (await audit(cockpit)).filter((e) => e.entity === 'exception');
  expect(trail.find((e) => e.action === 'create')?.after).toMatchObject({ requester: 'Dana Ortiz', approver: null });
  expect(trail.find((e) => e.action === 'update')?.after).toMatchObject({ requester: 'Dana Ortiz', approver: 'Chris Lee' });

  // The request dialog in the dark theme, for a second release.
  await page.emulateMedia({ colorScheme: 'dark' });
  const other = await editor.getByLabel('Request an exception for').locator('option').first().getAttribute('value');
  await editor.getByLabel('Request an exception for').selectOption(other ?? '');
  await editor.getByRole('button', { name: 'Request exception…' }).click();
  await expect(request).toBeVisible();
  await page.screenshot({ path: `${OUT}/exception-request-dark.png` });
  await request.getByRole('button', { name: 'Cancel' }).click();
  await expect(request).toBeHidden();
});

test('a stored rule the form cannot show is described in words, kept, and can be replaced', async ({ page, cockpit }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const created = await dispatch(handlers, cockpit.session.ctx, 'window.create', {
    name: 'Last-weekday ERP close', type: 'freeze', severity: 'soft', startLocal: '2026-11-30T18:00', endLocal: '2026-11-30T22:00',
    timeZone: 'America/Chicago', recurrence: 'FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR', scope: { kinds: ['erp'] }, reason: 'Imported from the CAB calendar.',
  });
  expect(created.ok).toBe(true);
  await openCalendar(page, cockpit);
  const editor = await openWindow(page, 'Last-weekday ERP close');
  await expect(editor.getByText('uses options the form cannot show', { exact: false })).toBeVisible();
  await expect(editor.getByText(/^Custom rule: /).first()).toBeVisible();
  await expect(editor.getByText(/FREQ=|BYSETPOS/)).toHaveCount(0);
  await expect(editor.getByLabel('Repeats')).toHaveCount(0);
  // The preview still expands the stored rule.
  await expect(editor.getByRole('region', { name: 'America/Chicago' }).getByRole('listitem')).toHaveCount(5);
  await editor.getByText('uses options the form cannot show', { exact: false }).scrollIntoViewIfNeeded();
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: `${OUT}/window-editor-custom-rule-light.png` });

  await editor.getByRole('button', { name: 'Replace with a simple rule' }).click();
  await expect(editor.getByLabel('Repeats')).toHaveValue('weekly');
  await expect(editor.getByText('uses options the form cannot show', { exact: false })).toHaveCount(0);

  // Delete asks first, in place; "Keep" backs out.
  await editor.getByRole('button', { name: 'Delete window' }).click();
  const confirm = editor.getByRole('group', { name: 'Confirm delete' });
  await expect(confirm).toContainText('Delete this window?');
  await expect(confirm.getByRole('button', { name: 'Keep' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep' }).click();
  await editor.getByRole('button', { name: 'Delete window' }).click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted window Last-weekday ERP close.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit window Last-weekday ERP close' })).toHaveCount(0);
});
