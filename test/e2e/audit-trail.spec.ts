import { mkdirSync } from 'node:fs';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import type { AuditCheckpoint, Method } from '../../shared/api/contract';
import { expect, test, type CockpitApp } from './fixtures';

const OUT = 'test-results/screenshots';

async function api<T>(cockpit: CockpitApp, method: Method, input: object): Promise<T> {
  const result = await dispatch(handlers, cockpit.session.ctx, method, input as never);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** A write by a named profile through the host, so the page is told by a pushed change set. */
async function writeAs(cockpit: CockpitApp, actor: string, method: Method, input: object) {
  const result = await cockpit.hub.call(method, input, actor);
  if (!result.ok) throw new Error(result.error.message);
}

const site = (name: string) => ({ name, kind: 'dc', region: 'UK', timeZone: 'Europe/London' });

test('audit trail: filter by user and entity, search, open an entry, verify the chain, follow new writes', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await writeAs(cockpit, 'Priya Raman', 'site.create', site('Audit Leeds DC'));
  await writeAs(cockpit, 'Kenji Watanabe', 'site.create', site('Audit Reno DC'));
  await cockpit.open(page);
  await page.keyboard.press('Alt+5');
  await page.getByRole('navigation', { name: 'Dashboard views' }).getByRole('button', { name: 'Audit trail' }).click();

  const view = page.getByRole('region', { name: 'Audit trail' });
  const list = view.getByRole('list', { name: 'Audit entries' });
  // Newest first: Kenji's write heads the list; the list is virtualised, so only some rows are in the DOM.
  await expect(list.getByRole('listitem').first()).toContainText('Created site Audit Reno DC');
  const shown = await list.getByRole('listitem').count();
  expect(shown).toBeGreaterThan(5);
  expect(shown).toBeLessThan(120);

  // The chain's head equals the API's checkpoint; the check says intact.
  const head = await api<AuditCheckpoint>(cockpit, 'audit.checkpoint', {});
  const chain = view.getByRole('region', { name: 'Hash chain' });
  await expect(chain).toContainText(head.headHash);
  await expect(chain).toContainText(String(head.count));
  await chain.getByRole('button', { name: 'Verify chain' }).click();
  await expect(chain.getByRole('status')).toContainText(`Intact: ${head.count} entries`);

  // By user.
  await view.getByLabel('User').selectOption('Priya Raman');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('Priya Raman');
  await expect(list.getByRole('listitem')).toContainText('Created site Audit Leeds DC');
  // A write arriving while the view is open is read in (the view follows the store's position).
  await writeAs(cockpit, 'Priya Raman', 'site.create', site('Audit Derby DC'));
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('Created site Audit Derby DC');
  await expect(chain).not.toContainText(head.headHash);
  // The earlier verdict was about a shorter chain: it is gone until the chain is checked again.
  await expect(chain.getByRole('status')).toHaveText('');
  await chain.getByRole('button', { name: 'Verify chain' }).click();
  await expect(chain.getByRole('status')).toContainText(`Intact: ${head.count + 1} entries`);

  // Open an entry: before and after as JSON text.
  await list.getByRole('listitem').first().getByRole('button').click();
  await expect(list.getByRole('region', { name: /^After entry/ })).toContainText('"name": "Audit Derby DC"');
  await expect(list.getByRole('region', { name: /^Before entry/ })).toHaveText(/Before\s*\(none\)/);
  await page.screenshot({ path: `${OUT}/audit-trail-filtered.png` });

  // By entity kind, with the user filter cleared; every row names a site.
  await view.getByRole('button', { name: 'Clear filters' }).click();
  await view.getByLabel('Entity kind').selectOption('site');
  await expect(list.getByRole('listitem').first()).toContainText('Audit Derby DC');
  // The newest entry is a site either way, so wait until every row shown is one (the filtered page has arrived).
  await expect(async () => {
    const entities = await list.getByRole('listitem').locator('.audit-entity').allTextContents();
    expect(entities.length).toBeGreaterThan(3);
    for (const e of entities) expect(e).toMatch(/^Site #\d+$/);
  }).toPass();

  // Words of the summary, within the entity filter.
  await view.getByLabel('Search summaries').fill('audit reno');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('Kenji Watanabe');

  // A time range that holds nothing.
  await view.getByRole('button', { name: 'Clear filters' }).click();
  await view.getByLabel('From').fill('2031-01-01');
  await expect(list.getByRole('listitem')).toHaveCount(0);
  await expect(view.getByText('No entry matches these filters.')).toBeVisible();
  await view.getByRole('button', { name: 'Clear filters' }).click();
  await expect(list.getByRole('listitem').first()).toContainText('Audit Derby DC');

  // Scrolling to the end of the first page loads older entries.
  await list.getByRole('listitem').first().getByRole('button').focus();
  const scroller = view.locator('.audit-scroll');
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(view.getByText(/entries loaded|End of the trail/)).toBeVisible();
  await expect(async () => {
    const n = Number(await list.getByRole('listitem').last().getAttribute('aria-posinset'));
    expect(n).toBeGreaterThan(200);
  }).toPass();
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: `${OUT}/audit-trail.png` });
});
