import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { AuditEntry, WorkspaceSnapshot } from '../../shared/api/contract';
import type { Plan } from '../../shared/model/plan';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import { E2E_NOW, expect, openCalendar, test, type CockpitApp } from './fixtures';

const OUT = 'test-results/screenshots';
const TITLE = 'ATP 4.2 – carrier transit cache';
const SERVICE = 'Order Promising (ATP) Service';

async function api<T>(cockpit: CockpitApp, method: Parameters<typeof dispatch>[2], input: unknown): Promise<T> {
  const result = await dispatch(handlers, cockpit.session.ctx, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

const dateAhead = (days: number) => new Date(E2E_NOW + days * 86_400_000).toISOString().slice(0, 10);

async function actAs(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Acting as' }).selectOption(name);
  await expect(page.getByRole('combobox', { name: 'Acting as' })).toHaveValue(name);
}

/** The release is selected on the calendar: its drawer opens the editor. */
async function openEditor(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Edit release' }).click();
  const dialog = page.getByRole('dialog', { name: `Edit release ${TITLE}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function closeEditor(dialog: Locator) {
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Light and dark, each once the page has switched theme (it follows the system's colour scheme). */
async function shoot(page: Page, name: string) {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: `${OUT}/${name}-${theme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
}

test('a tier-1 change is submitted, refused to its requester, approved by two others, and withdrawn by an edit', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  const acting = page.getByRole('combobox', { name: 'Acting as' });
  await expect(acting.locator('option:checked')).toHaveText('Choose who you are');
  await actAs(page, 'Liam Chen');
  await openCalendar(page);

  // As the requester: a new release touching a tier-1 service, created and submitted at once.
  await page.getByRole('button', { name: 'Add release' }).click();
  const create = page.getByRole('dialog', { name: 'Add release' });
  await create.getByLabel('Title', { exact: true }).fill(TITLE);
  await expect(create.getByLabel('Requester')).toHaveValue('Liam Chen');
  await create.getByRole('combobox', { name: 'Add service' }).fill('Order Prom');
  await create.getByRole('option', { name: SERVICE, exact: true }).click();
  await create.getByLabel('Start date').fill(dateAhead(12));
  const control = create.getByRole('region', { name: 'Change control' });
  await expect(control.getByLabel('Change type')).toHaveValue('normal');
  await expect(control).toContainText('Needs 2 approvers (one from Operations) before it starts (tier 1)');
  await create.getByRole('button', { name: 'Create and submit' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Added release ${TITLE} and submitted it for approval.` })).toBeVisible();

  // The requester cannot approve their own change: the host's refusal shows in place.
  let dialog = await openEditor(page);
  const status = dialog.getByRole('status', { name: 'Release status' });
  await expect(status).toContainText('Submitted');
  await expect(dialog.getByText('No approvals yet.')).toBeVisible();
  await expect(dialog.getByText('Still needed: one approver from Operations and 1 more approver (not Liam Chen).')).toBeVisible();
  // Approval is not a status one picks; a refused move says why and stays reachable.
  const schedule = dialog.getByRole('button', { name: 'Schedule' });
  await expect(schedule).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Approve as Liam Chen' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Liam Chen requested' })).toContainText('separation of duties');
  await closeEditor(dialog);

  // Operations approves: one more approver still needed.
  await actAs(page, 'Marcus Delgado');
  dialog = await openEditor(page);
  await dialog.getByRole('button', { name: 'Approve as Marcus Delgado' }).click();
  const approvals = dialog.getByRole('list', { name: 'Approvals' });
  await expect(approvals.getByRole('listitem')).toHaveCount(1);
  await expect(approvals).toContainText('Marcus Delgado · Operations');
  await expect(dialog.getByText('Still needed: 1 more approver (not Liam Chen).')).toBeVisible();
  await expect(status).toContainText('Submitted');
  await closeEditor(dialog);

  // A second profile approves: the tier-1 policy is met and the release is approved.
  await actAs(page, 'Priya Raman');
  dialog = await openEditor(page);
  await dialog.getByRole('button', { name: 'Approve as Priya Raman' }).click();
  await expect(dialog.getByRole('status', { name: 'Release status' })).toContainText('Approved');
  await expect(dialog.getByRole('list', { name: 'Approvals' }).getByRole('listitem')).toHaveCount(2);
  await expect(dialog.getByText('The tier 1 policy is met.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Schedule' })).toBeVisible();
  // Unsaved edits hold the moves back, with the reason as the button's description.
  await dialog.getByLabel('Start date').fill(dateAhead(13));
  await expect(dialog.getByRole('button', { name: 'Schedule' })).toHaveAttribute('aria-disabled', 'true');
  await expect(dialog.getByRole('button', { name: 'Schedule' })).toHaveAccessibleDescription(/Save or discard your changes first/);
  await dialog.getByRole('region', { name: 'Change control' }).scrollIntoViewIfNeeded();
  await shoot(page, 'change-control');

  // Editing what was approved (its planned start) withdraws the approvals: back to submitted.
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  dialog = await openEditor(page);
  await expect(dialog.getByRole('status', { name: 'Release status' })).toContainText('Submitted');
  const withdrawn = dialog.getByRole('list', { name: 'Approvals' }).getByRole('listitem');
  await expect(withdrawn).toHaveCount(2);
  for (const item of await withdrawn.all()) await expect(item).toContainText('Withdrawn: Changed after approval: planned start');
  await expect(withdrawn.locator('s')).toHaveCount(2);
  await dialog.getByRole('region', { name: 'Change control' }).scrollIntoViewIfNeeded();
  await shoot(page, 'change-control-withdrawn');
  await closeEditor(dialog);

  // The audit names who did what: the requester created it, each approver approved as themselves.
  const release = (await api<Plan>(cockpit, 'plan.get', {})).releases.find((r) => r.title === TITLE)!;
  const approvalAudit = await api<AuditEntry[]>(cockpit, 'audit.list', { limit: 1000, entity: 'approval' });
  const approvedBy = approvalAudit.filter((e) => e.action === 'create' && (e.after as { releaseId: number }).releaseId === release.id).map((e) => e.actor);
  expect(approvedBy.sort()).toEqual(['Marcus Delgado', 'Priya Raman']);
  const releaseAudit = await api<AuditEntry[]>(cockpit, 'audit.list', { limit: 1000, entity: 'release', entityId: release.id });
  expect(releaseAudit.find((e) => e.action === 'create')?.actor).toBe('Liam Chen');
  // The approval that completed the policy moved the release, recorded as that approver; the edit as the editor.
  expect(releaseAudit.filter((e) => e.actor === 'Priya Raman').map((e) => (e.after as { status: string }).status)).toEqual(['submitted', 'approved']);
  expect(release.status).toBe('submitted');
});

test('an emergency change starts at once, is flagged until approved afterwards, and closes with its outcome', async ({ page, cockpit }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  await actAs(page, 'Owen McAllister');
  await openCalendar(page);
  await page.getByRole('button', { name: 'Add release' }).click();
  const create = page.getByRole('dialog', { name: 'Add release' });
  await create.getByLabel('Title', { exact: true }).fill(TITLE);
  await create.getByRole('combobox', { name: 'Add service' }).fill('Order Prom');
  await create.getByRole('option', { name: SERVICE, exact: true }).click();
  await create.getByLabel('Start date').fill(dateAhead(0));
  await create.getByLabel('Change type').selectOption('emergency');
  await expect(create.getByRole('region', { name: 'Change control' })).toContainText('Starts at once; needs 2 approvers (one from Operations) afterwards (tier 1).');
  await create.getByRole('button', { name: 'Save as draft' }).click();
  await expect(create).toBeHidden();

  const dialog = await openEditor(page);
  await expect(dialog.getByRole('status', { name: 'Release status' })).toContainText('Draft');
  await dialog.getByRole('button', { name: 'Start now (emergency)' }).click();
  await expect(dialog.getByRole('status', { name: 'Release status' })).toContainText('In progress');
  await expect(dialog.getByText('Emergency change without its approval: it started, and still needs')).toBeVisible();
  // Closing asks how it went; the outcome note goes with it.
  await dialog.getByRole('button', { name: 'Close as done…' }).click();
  const closing = dialog.getByRole('group', { name: 'Close the release' });
  await closing.getByLabel('Outcome', { exact: true }).selectOption('success-with-issues');
  await dialog.getByLabel('Outcome note').fill('Cache warmed slowly at DC Reno.');
  await closing.getByRole('button', { name: 'Close release' }).click();
  await expect(dialog.getByRole('status', { name: 'Release status' })).toContainText('Done');
  await expect(dialog.getByText('Unsaved changes')).toHaveCount(0);
  // Still flagged until the approvals come afterwards, and an approver may still give one.
  await expect(dialog.getByText('Emergency change without its approval')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Approve as Owen McAllister' })).toBeVisible();
  await closeEditor(dialog);
  const release = (await api<Plan>(cockpit, 'plan.get', {})).releases.find((r) => r.title === TITLE)!;
  expect({ status: release.status, outcomeResult: release.outcomeResult, outcome: release.outcome }).toEqual({ status: 'done', outcomeResult: 'success-with-issues', outcome: 'Cache warmed slowly at DC Reno.' });
});

test('profiles and the approval policy: only a change manager keeps profiles and changes a policy', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  await actAs(page, 'Liam Chen');
  await page.getByRole('button', { name: 'Profiles & approval policy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Profiles & approval policy' });
  await expect(dialog.getByRole('table', { name: 'Profiles' }).getByRole('row')).toHaveCount(13);

  // An engineer's policy change is refused by the host, with its reason.
  const tier2 = dialog.getByRole('form', { name: 'Tier 2 policy' });
  await tier2.getByRole('group', { name: 'Normal changes' }).getByLabel('Approvers').fill('2');
  await tier2.getByRole('button', { name: 'Save tier 2 policy' }).click();
  await expect(tier2.getByRole('alert')).toContainText('Only a change manager can change an approval policy; Liam Chen is engineering.');
  await tier2.scrollIntoViewIfNeeded();
  await shoot(page, 'policy-refused');

  // An engineer cannot add a profile either: profiles decide who may approve.
  const addProfile = async (within: typeof dialog) => {
    const form = within.getByRole('form', { name: 'Add profile' });
    await form.getByLabel('Name').fill('Nadia Petrova');
    await form.getByLabel('Role').selectOption('security');
    await form.getByLabel('Team').fill('Identity & Security');
    await form.getByRole('button', { name: 'Add profile' }).click();
  };
  await addProfile(dialog);
  await expect(dialog.getByText('Only a change manager can add, edit or delete profiles; Liam Chen is engineering.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // As the change manager, both are saved.
  await actAs(page, 'Priya Raman');
  await page.getByRole('button', { name: 'Profiles & approval policy' }).click();
  const again = page.getByRole('dialog', { name: 'Profiles & approval policy' });
  await addProfile(again);
  await expect(again.getByRole('row', { name: /Nadia Petrova Security/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Acting as' }).getByRole('option', { name: 'Nadia Petrova · Security' })).toHaveCount(1);
  await shoot(page, 'profiles-policy');
  const tier2Again = again.getByRole('form', { name: 'Tier 2 policy' });
  await tier2Again.getByRole('group', { name: 'Normal changes' }).getByLabel('Approvers').fill('2');
  await tier2Again.getByRole('group', { name: 'Normal changes' }).getByRole('checkbox', { name: 'Operations' }).check();
  await tier2Again.getByRole('button', { name: 'Save tier 2 policy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the approval policy for tier 2.' })).toBeVisible();
  const snapshot = await api<WorkspaceSnapshot>(cockpit, 'workspace.snapshot', {});
  expect(snapshot.governance.policies.find((p) => p.tier === 2)?.normal).toEqual({ approvers: 2, roles: ['operations'] });
  await again.getByRole('form', { name: 'Tier 1 policy' }).scrollIntoViewIfNeeded();
  await shoot(page, 'profiles-policy-tiers');
});
