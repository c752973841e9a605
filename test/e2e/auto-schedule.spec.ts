import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { HTTP_CALL_PATH } from '../../shared/api/bridge';
import { expect, test } from './fixtures';

const OUT = 'test-results/screenshots';

// The demo's expand → dual-write → read-switch → contract chain on the 'Integration weekly' train.
// "expand" is done; the other three sit inside the peak-season freeze, so the scheduler must move
// them, and each must still start after its prerequisite has finished.
const DUAL_WRITE = 'Order Promising 3.0 – write promise_source';
const READ_SWITCH = 'Order Orchestration Hub 7.2 – read promise_source';
const CONTRACT = 'Orders DB: drop legacy promise_flag (contract)';
const CHAIN = [DUAL_WRITE, READ_SWITCH, CONTRACT];

interface Move {
  title: string;
  from: string | null;
  start: number;
  end: number;
  why: string;
}

/**
 * The test host runs inside this worker, so while the solver works the worker cannot talk to the
 * browser. To watch the progress, the next 'schedule.propose' request is held in the browser until
 * release() lets it through to the host.
 */
async function holdNextProposal(page: Page): Promise<{ release(): void }> {
  let release = () => {};
  let armed = true;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${HTTP_CALL_PATH}`, async (route) => {
    const body = route.request().postDataJSON() as { method?: string } | null;
    if (armed && body?.method === 'schedule.propose') {
      armed = false;
      await gate;
    }
    await route.continue();
  });
  return { release: () => release() };
}

async function openAutoSchedule(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Auto-schedule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Auto-schedule' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function chooseChain(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Clear' }).click();
  for (const title of CHAIN) await dialog.getByRole('checkbox', { name: title }).check();
  await expect(dialog.getByRole('group', { name: /Releases to schedule/ })).toContainText('3 of');
}

/** Reads the diff table: one move per row, instants from the UTC <time> elements in the From and To cells. */
async function readMoves(page: Page, dialog: Locator): Promise<Move[]> {
  const table = dialog.getByRole('table', { name: 'Proposed moves' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Release', 'From', 'To', 'Shift', 'Why']);
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  const moves: Move[] = [];
  for (const row of await rows.all()) {
    const title = (await row.getByRole('rowheader').innerText()).split('\n')[0]!.trim();
    const cells = row.getByRole('cell');
    const from = cells.nth(0);
    const to = cells.nth(1);
    const fromTimes = from.getByRole('time');
    const toTimes = to.getByRole('time');
    await expect(toTimes).toHaveCount(2);
    moves.push({
      title,
      from: (await fromTimes.count()) > 0 ? await fromTimes.first().getAttribute('datetime') : null,
      start: Date.parse((await toTimes.nth(0).getAttribute('datetime'))!),
      end: Date.parse((await toTimes.nth(1).getAttribute('datetime'))!),
      why: (await cells.nth(3).innerText()).trim(),
    });
  }
  return moves;
}

test('auto-schedule a chain of dependent releases, apply the diff, undo it', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();

  let dialog = await openAutoSchedule(page);
  // Only releases the scheduler may move are offered; finished and in-progress ones are named apart.
  await expect(dialog.getByRole('checkbox', { name: DUAL_WRITE })).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: /FedEx Ship API/ })).toHaveCount(0);
  await expect(dialog.getByText(/Not offered: 1 release in progress/)).toBeVisible();
  await dialog.getByRole('button', { name: 'All drafts' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Supplier Portal – ASN self-service' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: DUAL_WRITE })).not.toBeChecked();

  // Proposing nothing is refused in place.
  await dialog.getByRole('button', { name: 'Clear' }).click();
  await dialog.getByRole('button', { name: 'Propose plan' }).click();
  await expect(dialog.getByText('Choose at least one release to schedule.')).toBeVisible();

  await chooseChain(dialog);
  await expect(dialog.getByLabel('Time limit')).toHaveValue('3000');
  await page.screenshot({ path: `${OUT}/auto-schedule-choose-light.png` });

  const held = await holdNextProposal(page);
  await dialog.getByRole('button', { name: 'Propose plan' }).click();
  const progress = dialog.getByRole('progressbar', { name: 'Scheduling' });
  await expect(progress).toBeVisible();
  await expect(dialog.getByText(/Searching… \d\.\d s of 3 s/)).toBeVisible();
  // The bar follows elapsed time against the limit.
  const value = async () => Number(await progress.getAttribute('value'));
  const first = await value();
  await expect.poll(value).toBeGreaterThan(first);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: `${OUT}/auto-schedule-progress-light.png` });
  held.release();

  await expect(dialog.getByText('3 releases move')).toBeVisible();
  await expect(progress).toHaveCount(0);
  const moves = await readMoves(page, dialog);
  expect(moves.map((m) => m.title).sort()).toEqual([...CHAIN].sort());
  for (const m of moves) {
    expect(m.from, `${m.title} had a planned start`).not.toBeNull();
    expect(m.why, `${m.title} says why it moves`).not.toBe('');
  }
  const at = (title: string) => moves.find((m) => m.title === title)!;
  // Each dependent starts no earlier than its prerequisite ends (finish-before).
  expect(at(READ_SWITCH).start).toBeGreaterThanOrEqual(at(DUAL_WRITE).end);
  expect(at(CONTRACT).start).toBeGreaterThanOrEqual(at(READ_SWITCH).end);
  await expect(dialog.getByRole('row', { name: new RegExp(DUAL_WRITE) })).toContainText(/freeze/);
  await page.screenshot({ path: `${OUT}/auto-schedule-diff-light.png` });

  // The same diff in a site's zone, and in the dark theme.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  const zoneSelect = page.getByLabel('Times in');
  const dallas = await zoneSelect.getByRole('option', { name: /^DC Dallas/ }).textContent();
  await zoneSelect.selectOption({ label: dallas! });
  await page.emulateMedia({ colorScheme: 'dark' });
  dialog = await openAutoSchedule(page);
  await chooseChain(dialog);
  await dialog.getByLabel('Time limit').selectOption('1 s');
  await page.screenshot({ path: `${OUT}/auto-schedule-choose-dark.png` });
  await dialog.getByRole('button', { name: 'Propose plan' }).click();
  await expect(dialog.getByText('3 releases move')).toBeVisible();
  await expect(dialog.getByText('Times in UTC, and below in DC Dallas time (America/Chicago).')).toBeVisible();
  await expect(dialog.getByRole('row', { name: new RegExp(DUAL_WRITE) })).toContainText('DC Dallas');
  await page.screenshot({ path: `${OUT}/auto-schedule-diff-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });

  await dialog.getByRole('button', { name: 'Apply 3 moves' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Applied auto-schedule: 3 releases moved. Ctrl+Z undoes it.');

  // Applied: the chain now fits where it is.
  dialog = await openAutoSchedule(page);
  await chooseChain(dialog);
  await dialog.getByLabel('Time limit').selectOption('1 s');
  await dialog.getByRole('button', { name: 'Propose plan' }).click();
  await expect(dialog.getByText('Nothing to move: the selected releases already fit.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Apply/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Undo from outside any input puts the chain back: proposing again shows the same moves.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toHaveText('Undone: Apply auto-schedule (3 releases)');

  dialog = await openAutoSchedule(page);
  await chooseChain(dialog);
  await dialog.getByRole('button', { name: 'Propose plan' }).click();
  await expect(dialog.getByText('3 releases move')).toBeVisible();
  const again = await readMoves(page, dialog);
  const key = (list: Move[]) => list.map((m) => `${m.title}|${m.from}|${m.start}`).sort();
  expect(key(again)).toEqual(key(moves));
});

test('cancel ignores a running proposal', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await page.keyboard.press('Alt+2');
  const dialog = await openAutoSchedule(page);
  await chooseChain(dialog);
  await dialog.getByLabel('Time limit').selectOption('1 s');
  const held = await holdNextProposal(page);
  await dialog.getByRole('button', { name: 'Propose plan' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Scheduling' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Scheduling' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Propose plan' })).toBeFocused();
  // The held request reaches the host after the cancel, so that search runs and answers; the answer must not replace step 1.
  const answered = page.waitForResponse((r) => r.url().endsWith(HTTP_CALL_PATH) && r.request().postDataJSON()?.method === 'schedule.propose');
  held.release();
  await answered;
  await expect(dialog.getByRole('checkbox', { name: DUAL_WRITE })).toBeChecked();
  await expect(dialog.getByRole('table', { name: 'Proposed moves' })).toHaveCount(0);
  await expect(dialog.getByText(/releases? moves?/)).toHaveCount(0);
  // Proposing again still works after a cancel.
  await dialog.getByRole('button', { name: 'Propose plan' }).click();
  await expect(dialog.getByRole('table', { name: 'Proposed moves' })).toBeVisible();
});

test('cancel stops the search on the host at once', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await page.keyboard.press('Alt+2');
  const dialog = await openAutoSchedule(page);
  await chooseChain(dialog);
  await dialog.getByLabel('Time limit').selectOption('10 s');
  const answered = page.waitForResponse((r) => r.url().endsWith(HTTP_CALL_PATH) && r.request().postDataJSON()?.method === 'schedule.propose');
  await dialog.getByRole('button', { name: 'Propose plan' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Scheduling' })).toBeVisible();
  await page.waitForTimeout(300);
  const cancelledAt = Date.now();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const response = await answered;
  expect(((await response.json()) as { error?: { code: string } }).error?.code).toBe('CANCELLED');
  // Well before the 10 s budget: the host stopped searching when asked.
  expect(Date.now() - cancelledAt).toBeLessThan(3000);
  await expect(dialog.getByRole('button', { name: 'Propose plan' })).toBeFocused();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
});

test('releases that cannot be scheduled are listed with their reasons', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  await page.keyboard.press('Alt+2');
  const dialog = await openAutoSchedule(page);
  // Drafts and submitted releases: the unplanned draft gets a first slot; the Kafka upgrade finds no 4-hour maintenance window.
  await dialog.getByRole('button', { name: 'All not yet approved' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Supplier Portal – ASN self-service' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: CONTRACT })).toBeChecked();
  await dialog.getByLabel('Time limit').selectOption('1 s');
  await dialog.getByRole('button', { name: 'Propose plan' }).click();
  await expect(dialog.getByText(/, 1 cannot be scheduled\./)).toBeVisible();
  const moves = await readMoves(page, dialog);
  const draft = moves.find((m) => m.title === 'Supplier Portal – ASN self-service');
  expect(draft?.from).toBeNull();
  await expect(dialog.getByRole('row', { name: /Supplier Portal/ })).toContainText('newly planned');
  const infeasible = dialog.getByRole('region', { name: 'Cannot be scheduled' });
  await expect(infeasible.getByRole('listitem').filter({ hasText: 'Integration Event Bus – Kafka 3.7 broker upgrade' }).first()).toContainText(/maintenance window/);
  await page.screenshot({ path: `${OUT}/auto-schedule-infeasible-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${OUT}/auto-schedule-infeasible-dark.png` });
});
