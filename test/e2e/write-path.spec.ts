import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { HTTP_CALL_PATH } from '../../shared/api/bridge';
import { expect, openCalendar, test } from './fixtures';

const run = promisify(execFile);
const CUTOVER = /^UPS\/FedEx Label Service – FedEx Ship API \(REST\) cutover/;

/** Every API call the page makes from now on, by method. */
function recordCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith(HTTP_CALL_PATH)) calls.push((request.postDataJSON() as { method: string }).method);
  });
  return calls;
}

/** A mark the page would lose on a reload or a navigation. */
async function markPage(page: Page) {
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  return async () => expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
}

const rebuilds = async (page: Page) => Number(await page.locator('[data-conflict-rebuilds]').getAttribute('data-conflict-rebuilds'));

test('a drag on the calendar makes exactly one call and the page applies its change set without reading the workspace again', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const timeline = await openCalendar(page);
  await page.getByRole('radio', { name: 'Month' }).click();
  const bar = timeline.getByRole('button', { name: CUTOVER }).first();
  await bar.scrollIntoViewIfNeeded();
  const sameDocument = await markPage(page);
  const rebuildsBefore = await rebuilds(page);
  const calls = recordCalls(page);
  const box = (await bar.boundingBox())!;
  await page.mouse.move(box.x + 8, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 8 - 300, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByText(/^Moved UPS\/FedEx .* Ctrl\+Z undoes it\.$/)).toBeVisible();
  await expect(bar).toHaveAccessibleName(/1 conflict\b/);
  await page.waitForTimeout(600); // the host's push of the same change set arrives and is skipped
  expect(calls).toEqual(['release.update']);
  // A release edit updates the conflict index in place: no rebuild.
  expect(await rebuilds(page)).toBe(rebuildsBefore);
  await sameDocument();
});

test('a window edit rebuilds conflicts once', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await openCalendar(page);
  const before = await rebuilds(page);
  const calls = recordCalls(page);
  await page.getByRole('button', { name: 'Edit window Peak-season freeze' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit window Peak-season freeze' });
  await dialog.getByLabel('Name', { exact: true }).fill('Peak-season freeze 2026');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Edit window Peak-season freeze 2026' })).toBeVisible();
  await expect(page.getByText('checking conflicts…')).toHaveCount(0);
  await page.waitForTimeout(600);
  expect(await rebuilds(page)).toBe(before + 1);
  expect(calls).toEqual(['window.update']);
});

test('an import from the command line into the workspace the page has open shows up without a reload, and the page can undo it', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await expect(page.getByRole('heading', { name: 'Catalog', level: 1 })).toBeVisible();
  const sameDocument = await markPage(page);
  const csv = join(dirname(cockpit.workspace), 'services.csv');
  writeFileSync(csv, 'name,kind,tier,owner_team,hosting,sites,processes,rto_minutes,rpo_minutes,description\nYard Camera Gateway,edge,3,Yard Ops,edge,DC Reno,,60,15,Gate cameras at the Reno yard\n');
  // Another process on the same file: the host sees it through SQLite's data_version and pushes the change set.
  const { stdout } = await run(process.execPath, ['bin/release-cockpit.mjs', 'import', csv, '--workspace', cockpit.workspace]);
  expect(stdout).toMatch(/1 service/);
  await page.getByRole('searchbox', { name: 'Search services' }).fill('Yard Camera');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row', { name: /Yard Camera Gateway/ })).toBeVisible();
  await sameDocument();

  // The CLI's import is an undo step of the workspace: the page undoes it.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', /^Undo: Import services from CSV/);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByText(/^Undone: Import services from CSV/)).toBeVisible();
  await expect(grid.getByRole('row', { name: /Yard Camera Gateway/ })).toHaveCount(0);
  await sameDocument();
});

test('undo survives a restart: a step taken before the host restarts is undone after', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await page.getByRole('button', { name: 'Add service' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add service' });
  await dialog.getByLabel('Name', { exact: true }).fill('Dock Door Scheduler');
  await dialog.getByLabel('Owner team').fill('DC Operations');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('grid').getByRole('row', { name: /Dock Door Scheduler/ })).toBeVisible();
  const restarted = await cockpit.restart();
  await page.goto(restarted.url);
  await expect(page.getByRole('grid').getByRole('row', { name: /Dock Door Scheduler/ })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByText(/^Undone: Add service Dock Door Scheduler/)).toBeVisible();
  await expect(page.getByRole('grid').getByRole('row', { name: /Dock Door Scheduler/ })).toHaveCount(0);
});

test('switching the browser host to another workspace file tells the page, which reads it without a reload', async ({ page, cockpit }) => {
  await cockpit.open(page);
  const sameDocument = await markPage(page);
  const other = join(dirname(cockpit.workspace), 'empty.sqlite');
  const result = await cockpit.hub.call('workspace.open', { path: other, create: true });
  expect(result.ok).toBe(true);
  await expect(page.getByText(other)).toBeVisible();
  await expect(page.getByRole('grid').getByRole('row', { name: /Manhattan WMS/ })).toHaveCount(0);
  await sameDocument();
});

test('the push stream needs the token, like every call', async ({ cockpit }) => {
  const origin = new URL(cockpit.host.url).origin;
  expect((await fetch(`${origin}/api/events`)).status).toBe(401);
  expect((await fetch(`${origin}/api/events`, { headers: { 'x-cockpit-token': 'wrong' } })).status).toBe(401);
  expect((await fetch(`${origin}/api/events`, { headers: { 'x-cockpit-token': cockpit.host.token, origin: 'http://evil.example' } })).status).toBe(403);
  const ok = await fetch(`${origin}/api/events`, { headers: { 'x-cockpit-token': cockpit.host.token } });
  expect(ok.status).toBe(200);
  expect(ok.headers.get('content-type')).toMatch(/^text\/event-stream/);
  await ok.body?.cancel();
});
