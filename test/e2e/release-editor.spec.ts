import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { BlastRadiusView } from '../../shared/api/contract';
import type { Conflict } from '../../shared/engine/conflicts/conflict-types';
import type { ReleaseRisk } from '../../shared/engine/risk/release-risk';
import type { Catalog } from '../../shared/model/catalog';
import type { Plan } from '../../shared/model/plan';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import { E2E_NOW, expect, test, type CockpitApp } from './fixtures';

const OUT = 'test-results/screenshots';
const TITLE = 'Order Hub 7.3 – promise_source cleanup';
const ZONE = 'America/Chicago';

async function openCalendar(page: Page, cockpit: CockpitApp) {
  await cockpit.open(page);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
}

async function api<T>(cockpit: CockpitApp, method: Parameters<typeof dispatch>[2], input: unknown): Promise<T> {
  const result = await dispatch(handlers, cockpit.session.ctx, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** What the engine says about these services downstream, read through the API. */
async function impactedCount(cockpit: CockpitApp, names: string[]): Promise<number> {
  const catalog = await api<Catalog>(cockpit, 'catalog.get', {});
  const serviceIds = names.map((n) => catalog.services.find((s) => s.name === n)!.id);
  const view = await api<BlastRadiusView>(cockpit, 'service.blastRadius', { serviceIds });
  return view.counts.impacted;
}

async function addService(dialog: Locator, name: string, how: string) {
  const picker = dialog.getByRole('combobox', { name: 'Add service' });
  await picker.fill(name.slice(0, 9));
  await dialog.getByRole('option', { name, exact: true }).click();
  await dialog.getByLabel(`How ${name} changes`).selectOption(how);
}

/** Ten days ahead, as a date in the site's zone. */
function dateAhead(days: number): string {
  return new Date(E2E_NOW + days * 86_400_000).toISOString().slice(0, 10);
}

test('adds a release with services, waves and a rollback plan, with a live side panel, then edits it', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await openCalendar(page, cockpit);
  await page.getByRole('button', { name: 'Add release' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add release' });
  await expect(dialog.getByLabel('Title', { exact: true })).toBeFocused();
  await dialog.getByLabel('Title', { exact: true }).fill(TITLE);
  await dialog.getByLabel('Change type').selectOption('normal');
  await dialog.getByLabel('Requester').fill('Liam Chen');
  // Status and approvals are change control's: a new release starts as a draft, nobody types approvers.
  const control = dialog.getByRole('region', { name: 'Change control' });
  await expect(control).toContainText('Status New');
  await expect(dialog.getByRole('combobox', { name: 'Status' })).toHaveCount(0);
  await expect(dialog.getByRole('combobox', { name: 'Approvers' })).toHaveCount(0);

  // Services, with the blast radius following each one.
  const blast = dialog.getByRole('region', { name: 'Blast radius' });
  await expect(blast).toContainText('Add the services it touches');
  await addService(dialog, 'Dock Appointment Scheduler', 'config');
  const one = await impactedCount(cockpit, ['Dock Appointment Scheduler']);
  await expect(blast).toContainText(`${one} services depend on these changes.`);
  await addService(dialog, 'Orders DB (PostgreSQL)', 'schema');
  const two = await impactedCount(cockpit, ['Dock Appointment Scheduler', 'Orders DB (PostgreSQL)']);
  expect(two).toBeGreaterThan(one);
  await expect(blast).toContainText(`${two} services depend on these changes.`);
  await expect(blast.getByText('Most exposed')).toBeVisible();
  await expect(dialog.getByRole('table').first().getByRole('row')).toHaveCount(3);

  // When: a start in a site's zone, a duration, the waves strategy.
  const start = dateAhead(10);
  await dialog.getByLabel('Time zone').selectOption(ZONE);
  await dialog.getByLabel('Start date').fill(start);
  await dialog.getByLabel('Start time').fill('03:00');
  await dialog.getByLabel('Duration hours').fill('2');
  await dialog.getByLabel('Duration minutes').fill('30');
  await expect(dialog.getByText(/2 h 30 min: ends .* 05:30 America\/Chicago/)).toBeVisible();
  await dialog.getByLabel('Strategy').selectOption('waves');

  // Waves: a three-site first wave and the pilot second: the pilot rule warns.
  await dialog.getByRole('button', { name: 'Add wave' }).click();
  const first = dialog.getByRole('group', { name: 'Wave 1', exact: true });
  await expect(first.getByLabel('Name', { exact: true })).toBeFocused();
  await first.getByLabel('Name', { exact: true }).fill('West & Central');
  for (const dc of ['DC Reno', 'DC Phoenix', 'DC Dallas']) await first.getByRole('checkbox', { name: dc }).check();
  await dialog.getByRole('button', { name: 'Add wave' }).click();
  const second = dialog.getByRole('group', { name: 'Wave 2', exact: true });
  await second.getByLabel('Name', { exact: true }).fill('Pilot – DC Columbus');
  await second.getByRole('checkbox', { name: 'DC Columbus' }).check();
  await second.getByLabel('Soak (minutes)').fill('0');
  const warning = dialog.getByText('The pilot “Pilot – DC Columbus” is wave 2. Move it to the top');
  await expect(warning).toBeVisible();
  await dialog.getByRole('region', { name: 'Waves' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/release-editor-waves-warning-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${OUT}/release-editor-waves-warning-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });

  // Reorder with the keyboard-reachable buttons: the warning goes away.
  await second.getByRole('button', { name: 'Move wave 2 up' }).click();
  await expect(warning).toHaveCount(0);
  await expect(dialog.getByRole('group', { name: 'Wave 1', exact: true }).getByLabel('Name', { exact: true })).toHaveValue('Pilot – DC Columbus');
  await expect(dialog.getByRole('group', { name: 'Wave 2', exact: true }).getByLabel('Name', { exact: true })).toHaveValue('West & Central');
  await expect(dialog.getByRole('button', { name: 'Move wave 1 down' })).toBeFocused();

  // Rollback: Enter adds the next step.
  await dialog.getByRole('button', { name: 'Add step' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Rollback step 1', exact: true })).toBeFocused();
  await page.keyboard.type('Turn off flag hub.readPromiseSource');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Rollback step 2', exact: true })).toBeFocused();
  await page.keyboard.type('Restore promise_source from the pre-change snapshot');
  await dialog.getByLabel('Expected minutes to roll back').fill('25');
  await dialog.getByLabel('Rollback tested').check();

  // Depends on another release, by title.
  await dialog.getByRole('combobox', { name: 'Add prerequisite release' }).fill('drop legacy');
  await dialog.getByRole('option', { name: 'Orders DB: drop legacy promise_flag (contract)' }).click();
  await dialog.getByLabel('How this release waits for Orders DB: drop legacy promise_flag (contract)').selectOption('start-after');

  // Risk with its factors, and the conflicts the draft would have.
  const risk = dialog.getByRole('region', { name: 'Risk' });
  await expect(risk).toContainText('of 100');
  await expect(risk.getByRole('list', { name: 'Risk factors' }).getByRole('listitem')).toHaveCount(7);
  await expect(risk).toContainText('Rollback plan tested.');
  await expect(risk).toContainText('Changes: config, schema.');
  const conflicts = dialog.getByRole('region', { name: 'Conflicts if saved' });
  await expect(conflicts.getByText(/^(No conflicts|\d+ conflicts?.*)$/)).toBeVisible();
  await dialog.getByRole('button', { name: /conflicts?, \d+ blocking\. Show them\./ }).click();
  await page.screenshot({ path: `${OUT}/release-editor-conflicts-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${OUT}/release-editor-conflicts-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await dialog.getByRole('region', { name: 'Services touched' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/release-editor-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${OUT}/release-editor-dark.png` });
  await dialog.getByRole('region', { name: 'Rollback' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/release-editor-rollback-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });

  // Every control in the filled-in dialog has an accessible name.
  const unnamed = (await dialog.ariaSnapshot()).split('\n').filter((line) => /^\s*- (textbox|combobox|spinbutton|checkbox|button|radio|listbox)(\s*\[[^\]]*\])*(:.*)?$/.test(line));
  expect(unnamed).toEqual([]);

  await dialog.getByRole('button', { name: 'Save as draft', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Added release ${TITLE}.` })).toBeVisible();

  // The release is selected: its drawer offers the editor again, with everything kept.
  await page.getByRole('button', { name: 'Edit release' }).click();
  const again = page.getByRole('dialog', { name: `Edit release ${TITLE}` });
  await expect(again.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
  // The side panel, computed in the renderer, agrees with the host's engine on the stored release.
  const stored = (await api<Plan>(cockpit, 'plan.get', {})).releases.find((r) => r.title === TITLE)!;
  const hostRisk = await api<ReleaseRisk>(cockpit, 'release.risk', { id: stored.id });
  const score = Number.isInteger(hostRisk.score) ? String(hostRisk.score) : hostRisk.score.toFixed(1);
  await expect(again.getByRole('region', { name: 'Risk' })).toContainText(`${score} of 100 ${hostRisk.level === 'low' ? 'Low' : hostRisk.level === 'medium' ? 'Medium' : 'High'} risk`);
  const hostConflicts = (await api<Conflict[]>(cockpit, 'plan.conflicts', {})).filter((c) => c.releaseIds.includes(stored.id));
  await expect(again.getByRole('button', { name: `${hostConflicts.length} conflicts, ${hostConflicts.filter((c) => c.severity === 'blocking').length} blocking. Show them.` })).toBeVisible();
  await expect(again.getByLabel('Requester')).toHaveValue('Liam Chen');
  await expect(again.getByRole('status', { name: 'Release status' })).toContainText('Draft');
  await expect(again.getByRole('button', { name: 'Submit for approval' })).toBeVisible();
  await expect(again.getByLabel('How Orders DB (PostgreSQL) changes')).toHaveValue('schema');
  await expect(again.getByLabel('How Dock Appointment Scheduler changes')).toHaveValue('config');
  // Shown in the calendar's zone (UTC); back in Chicago it is the time typed.
  await expect(again.getByLabel('Time zone')).toHaveValue('UTC');
  await again.getByLabel('Time zone').selectOption(ZONE);
  await expect(again.getByLabel('Start date')).toHaveValue(start);
  await expect(again.getByLabel('Start time')).toHaveValue('03:00');
  await expect(again.getByLabel('Duration hours')).toHaveValue('2');
  await expect(again.getByLabel('Duration minutes')).toHaveValue('30');
  await expect(again.getByLabel('Strategy')).toHaveValue('waves');
  await expect(again.getByRole('group', { name: 'Wave 1', exact: true }).getByLabel('Name', { exact: true })).toHaveValue('Pilot – DC Columbus');
  await expect(again.getByRole('group', { name: 'Wave 1', exact: true }).getByRole('checkbox', { name: 'DC Columbus' })).toBeChecked();
  await expect(again.getByRole('group', { name: 'Wave 2', exact: true }).getByRole('checkbox', { name: 'DC Dallas' })).toBeChecked();
  await expect(again.getByRole('textbox', { name: 'Rollback step 1', exact: true })).toHaveValue('Turn off flag hub.readPromiseSource');
  await expect(again.getByRole('textbox', { name: 'Rollback step 2', exact: true })).toHaveValue('Restore promise_source from the pre-change snapshot');
  await expect(again.getByLabel('Expected minutes to roll back')).toHaveValue('25');
  await expect(again.getByLabel('Rollback tested')).toBeChecked();
  await expect(again.getByLabel('How this release waits for Orders DB: drop legacy promise_flag (contract)')).toHaveValue('start-after');

  // An empty title is refused by the API, shown at the field, and focused.
  await again.getByLabel('Title', { exact: true }).fill('   ');
  await again.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(again.getByText('Title is required', { exact: true })).toBeVisible();
  await expect(again.getByLabel('Title', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(again.getByLabel('Title', { exact: true })).toHaveAccessibleDescription('Title is required');
  await expect(again.getByRole('alert').filter({ hasText: 'Title is required' })).toBeVisible();
  // activeElement rather than toBeFocused(): :focus also needs the window to have focus, which a
  // parallel worker's browser can take away on a busy machine.
  await expect.poll(() => again.getByLabel('Title', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${OUT}/release-editor-error-dark.png` });

  // Closing with unsaved changes asks first; Keep editing keeps them.
  await page.keyboard.press('Escape');
  await expect(again.getByText('You have unsaved changes. Close without saving?')).toBeVisible();
  await expect(again.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await again.getByRole('button', { name: 'Keep editing' }).click();
  await expect(again.getByLabel('Title', { exact: true })).toHaveValue('   ');
  await expect(again.getByLabel('Title', { exact: true })).toBeFocused();
  await again.getByRole('button', { name: 'Cancel', exact: true }).click();
  await again.getByRole('button', { name: 'Discard changes' }).click();
  await expect(again).toBeHidden();
});

test('deletes a release after asking, and refuses a start without a date', async ({ page, cockpit }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openCalendar(page, cockpit);
  await page.getByRole('button', { name: 'Add release' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add release' });
  await dialog.getByLabel('Title', { exact: true }).fill('Short-lived release');
  await dialog.getByRole('button', { name: 'Save as draft', exact: true }).click();
  await expect(dialog.getByText('Choose a start date, or tick “Not planned yet”.')).toBeVisible();
  await expect(dialog.getByRole('alert').filter({ hasText: 'nothing was saved' })).toBeVisible();
  await dialog.getByLabel('Not planned yet').check();
  await expect(dialog.getByRole('region', { name: 'Conflicts if saved' })).toContainText('Not checked yet');
  await dialog.getByRole('button', { name: 'Save as draft', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Added release Short-lived release.' })).toBeVisible();

  await page.getByRole('button', { name: 'Edit release' }).click();
  const again = page.getByRole('dialog', { name: 'Edit release Short-lived release' });
  await expect(again.getByLabel('Not planned yet')).toBeChecked();
  await again.getByRole('button', { name: 'Delete release' }).click();
  const confirm = again.getByRole('group', { name: 'Confirm delete' });
  await expect(confirm.getByRole('button', { name: 'Keep' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(again.getByRole('button', { name: 'Delete release' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm.getByRole('button', { name: 'Keep' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(again).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted release Short-lived release.' })).toBeVisible();
  const plan = await api<Plan>(cockpit, 'plan.get', {});
  expect(plan.releases.some((r) => r.title === 'Short-lived release')).toBe(false);
});

