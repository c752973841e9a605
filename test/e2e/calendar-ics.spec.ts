import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ical, { type VEvent } from 'node-ical';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Exports through the calendar's dialog and returns the downloaded file's text. */
async function exportIcs(page: Page, options: { utc?: boolean } = {}): Promise<string> {
  await page.getByRole('button', { name: 'Export ICS…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export calendar (.ics)' });
  await expect(dialog.getByRole('checkbox', { name: 'Freeze windows' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Planned releases' })).toBeChecked();
  if (options.utc) await dialog.getByRole('radio', { name: /All in UTC/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.ics$/);
  await expect(page.getByText(/^Exported \d+ events to .*\.ics\.$/)).toBeVisible();
  return readFileSync((await file.path())!, 'utf8');
}

const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');

test('export the calendar as ICS and read it back with an independent parser (node-ical)', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await page.keyboard.press('Alt+2');
  const text = await exportIcs(page);
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(text).toContain('BEGIN:VTIMEZONE');

  const parsed = events(text);
  const summaries = parsed.map((e) => String(e.summary));
  expect(summaries).toContain('Peak-season freeze');
  expect(summaries.some((s) => s.startsWith('Release: UPS/FedEx Label Service – FedEx Ship API (REST) cutover'))).toBe(true);
  // The recurring month-end freeze keeps its rule, in its zone.
  const monthEnd = parsed.find((e) => String(e.summary) === 'Month-end close (ERP)');
  expect(monthEnd?.rrule).toBeTruthy();
  expect((monthEnd!.start as Date & { tz?: string }).tz).toMatch(/\//);

  // Stable UIDs: a second export names every item the same way.
  const again = events(await exportIcs(page));
  expect(again.map((e) => e.uid).sort()).toEqual(parsed.map((e) => e.uid).sort());

  // UTC mode: no time-zone definitions, times in UTC.
  const utc = await exportIcs(page, { utc: true });
  expect(utc).not.toContain('BEGIN:VTIMEZONE');
  expect(events(utc).length).toBe(parsed.length);
});

test('import a freeze calendar from an .ics file: every event becomes a freeze window, and importing it again updates them', async ({ page, cockpit }, testInfo) => {
  await cockpit.open(page);
  await page.keyboard.press('Alt+2');
  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'holidays.ics');
  writeFileSync(
    file,
    [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Holidays//EN',
      'BEGIN:VEVENT', 'UID:boxing-day@example.test', 'DTSTAMP:20260101T000000Z', 'SUMMARY:Boxing Day', 'DTSTART;VALUE=DATE:20261226', 'DTEND;VALUE=DATE:20261227', 'RRULE:FREQ=YEARLY', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:stocktake@example.test', 'DTSTAMP:20260101T000000Z', 'SUMMARY:Year-end stocktake', 'DTSTART;TZID=America/Chicago:20261230T180000', 'DTEND;TZID=America/Chicago:20261231T060000', 'END:VEVENT',
      'END:VCALENDAR', '',
    ].join('\r\n'),
  );
  for (let round = 1; round <= 2; round++) {
    await page.getByRole('button', { name: /^Import/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Import/ });
    await dialog.getByRole('radio', { name: 'ICS freeze calendar' }).check();
    await dialog.getByRole('radio', { name: /^Hard/ }).check();
    await dialog.getByLabel('File', { exact: true }).setInputFiles(file);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('region', { name: 'Import complete' })).toBeVisible();
    await expect(page.getByText(round === 1 ? /^Imported 2 / : /nothing changed|^Updated/).first()).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).first().click();
  }
  await expect(page.getByText(/ · 8 windows ·/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit window Boxing Day' })).toBeAttached();
});
