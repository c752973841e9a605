import { mkdirSync, readFileSync } from 'node:fs';
import { runBlastRadius } from '../../electron/cli/engine-commands';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const OUT = 'test-results/screenshots';
const BUS = 'Integration Event Bus (Kafka)';

async function openBlast(page: Page) {
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: 'Blast radius', level: 1 })).toBeVisible();
}

async function focusOn(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Focus on' }).fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }).click();
}

const mapOf = (page: Page) => page.getByRole('application', { name: /Blast-radius map/ });
const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Impact' });

test('a tier-1 integration service: sites with local times, processes, teams, upstream and depth', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  await openBlast(page);
  await expect(page.getByRole('region', { name: 'Nothing in focus' })).toBeVisible();
  await focusOn(page, BUS);

  const map = mapOf(page);
  await expect(map).toHaveAttribute('data-state', 'ready');
  const panel = panelOf(page);
  await expect(panel.getByText('27 services impacted: 12 hard, 15 soft.')).toBeVisible();
  const sites = panel.getByRole('list', { name: 'Impacted sites' });
  await expect(sites.getByRole('listitem')).toHaveCount(8);
  // The clock is pinned to 2026-11-22T10:00Z: 04:00 in Dallas (America/Chicago), a night shift.
  await expect(sites.getByRole('listitem').filter({ hasText: 'DC Dallas' })).toContainText('local time 04:00 Sun (off hours)');
  await expect(panel.getByRole('list', { name: 'Impacted processes' })).toContainText('Pick-pack-ship');
  await expect(panel.getByRole('list', { name: 'Impacted processes' })).toContainText('Carrier labels');
  const teams = panel.getByRole('list', { name: 'Teams to notify' });
  await expect(teams).toContainText('Order Platform');
  await expect(panel.getByRole('textbox', { name: 'Team list to copy' })).toHaveValue(/Order Platform/);
  await expect(map).toHaveAttribute('data-nodes', '28');
  await page.screenshot({ path: `${OUT}/blast-demo-light.png` });

  // Keyboard search on the map selects and centres a service.
  const find = page.getByRole('combobox', { name: 'Find on map' });
  await find.fill('Shipment Event');
  await find.press('ArrowDown');
  await find.press('Enter');
  const router = cockpit.session.ctx.db.prepare('SELECT id FROM services WHERE name = ?').pluck().get('Shipment Event Router') as number;
  await expect(map).toHaveAttribute('data-selected', String(router));

  await page.getByRole('checkbox', { name: 'Group by site' }).check();
  await expect(map).toHaveAttribute('data-state', 'ready');
  await page.screenshot({ path: `${OUT}/blast-demo-grouped-light.png` });
  await page.getByRole('checkbox', { name: 'Group by site' }).uncheck();

  await page.getByRole('combobox', { name: 'Depth' }).selectOption('1');
  await expect(panel.getByText('7 services impacted: 5 hard, 2 soft.')).toBeVisible();
  await expect(map).toHaveAttribute('data-nodes', '8');

  await page.getByRole('radio', { name: 'Upstream (what it needs)' }).check();
  await expect(panel.getByText(/needed:/)).toBeVisible();
  await expect(panel.getByText('These services need no other service.').or(panel.getByRole('list', { name: 'Impacted services' }))).toBeVisible();

  await page.getByRole('switch', { name: 'Dark theme' }).click();
  await page.getByRole('radio', { name: 'Downstream (what breaks)' }).check();
  await page.getByRole('combobox', { name: 'Depth' }).selectOption('3');
  await expect(map).toHaveAttribute('data-state', 'ready');
  await page.screenshot({ path: `${OUT}/blast-demo-dark.png` });
});

test('incident what-if: what stops and what degrades', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await openBlast(page);
  await page.getByRole('radio', { name: 'Incident what-if' }).check();
  await page.getByRole('combobox', { name: 'Mark a service failing' }).fill('SAP S/4HANA');
  await page.getByRole('option', { name: /^SAP S\/4HANA Cloud \(ERP\)/ }).click();
  const panel = panelOf(page);
  await expect(panel.getByText(/services? stop, \d+ services? degrade\./)).toBeVisible();
  const stops = panel.getByRole('list', { name: 'Processes that stop' });
  await expect(stops).toContainText('Invoicing');
  const degrades = panel.getByRole('list', { name: 'Processes that degrade' });
  await expect(degrades).toContainText('Pick-pack-ship');
  // A second failing service from the list: WMS West failing makes pick-pack-ship stop outright.
  await panel.getByRole('button', { name: 'Mark Manhattan WMS – West failing' }).click();
  await expect(page.getByRole('list', { name: 'Failing services' })).toContainText('Manhattan WMS – West');
  await expect(panel.getByRole('list', { name: 'Processes that stop' })).toContainText('Pick-pack-ship');
  await expect(mapOf(page)).toHaveAttribute('data-state', 'ready');
  // Each impacted service links to the runbooks that cover it, and says so when none does.
  await expect(panel.getByText('No runbook covers this service yet').first()).toBeVisible();
  const wms = panel.getByRole('listitem', { name: 'Manhattan WMS – Central' });
  await wms.getByRole('button', { name: 'Runbook for Manhattan WMS – Central: WMS failover to the secondary region' }).click();
  await expect(page.getByRole('heading', { name: 'Runbook library', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'WMS failover to the secondary region', level: 2 })).toBeVisible();
});

/** The CLI's `blast-radius --json` for the same workspace and focus. */
async function cliBlast(workspace: string, name: string, values: Record<string, string | boolean>) {
  const out: string[] = [];
  const code = await runBlastRadius({ workspace, json: true, ...values }, [name], { out: (l) => out.push(l), err: () => undefined });
  expect(code).toBe(0);
  return JSON.parse(out.join('\n')) as { impacted: Array<{ service: string; hops: number; strength: string }>; sites: string[]; processes: string[]; score: number };
}

async function panelServices(page: Page) {
  const items = panelOf(page).getByRole('list', { name: 'Impacted services' }).getByRole('listitem');
  return items.evaluateAll((lis) => lis.map((li) => ({ service: li.getAttribute('aria-label')!, hops: Number(li.getAttribute('data-hops')), strength: li.getAttribute('data-strength')! })));
}

test('the panel lists exactly what the CLI blast-radius --json finds, downstream and upstream', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await openBlast(page);
  for (const name of [BUS, 'SAP S/4HANA Cloud (ERP)', 'Manhattan WMS – West']) {
    const removes = page.getByRole('list', { name: 'Focus' }).getByRole('button', { name: /^Remove / });
    while ((await removes.count()) > 0) await removes.first().click();
    await focusOn(page, name);
    for (const [direction, depth] of [['downstream', '3'], ['upstream', 'all']] as const) {
      await page.getByRole('radio', { name: direction === 'downstream' ? 'Downstream (what breaks)' : 'Upstream (what it needs)' }).check();
      await page.getByRole('combobox', { name: 'Depth' }).selectOption(depth);
      const cli = await cliBlast(cockpit.workspace, name, { ...(depth === 'all' ? {} : { depth }), ...(direction === 'upstream' ? { upstream: true } : {}) });
      await expect(panelOf(page).getByRole('heading', { name: `Impacted services (${cli.impacted.length})` })).toBeVisible();
      expect(await panelServices(page)).toEqual(cli.impacted);
      const sites = await panelOf(page).getByRole('list', { name: 'Impacted sites' }).getByRole('listitem').locator('.blast-name').allInnerTexts().catch(() => []);
      expect([...sites].sort()).toEqual([...cli.sites].sort());
      await expect(panelOf(page).locator('.blast-stats div', { hasText: 'Score' }).locator('dd')).toHaveText(String(cli.score));
    }
  }
});

test('the calendar drawer opens a release blast radius per wave', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await page.keyboard.press('Alt+2');
  await page.getByRole('radio', { name: 'Month' }).click();
  const timeline = page.getByRole('region', { name: 'Release timeline' });
  await timeline.getByRole('button', { name: /^Manhattan WMS 2025\.2 quarterly upgrade/ }).first().click();
  await page.getByRole('complementary').getByRole('button', { name: 'Blast radius per wave' }).click();
  const waves = page.getByRole('region', { name: /Blast radius per wave: Manhattan WMS 2025\.2/ });
  await expect(waves).toBeVisible();
  const rows = waves.getByRole('row');
  await expect(rows.filter({ hasText: 'Pilot – DC Phoenix' })).toContainText('DC Phoenix');
  await expect(rows.filter({ hasText: 'Pilot – DC Phoenix' })).toContainText('1 site of 8 (13%)');
  await expect(rows.filter({ hasText: 'Wave 3 – East & international' })).toContainText('8 sites of 8 (100%)');
  await expect(page.getByRole('list', { name: 'Focus' })).toContainText('Release: Manhattan WMS 2025.2 quarterly upgrade');
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await expect(waves).toBeHidden();
  await expect(mapOf(page)).toHaveAttribute('data-state', 'ready');
});

test('exports: PNG, SVG with the focused label, Markdown listing the impacted services, catalog names escaped', async ({ page, cockpit }, testInfo) => {
  // A service whose name is markup: every export must carry it as text.
  const hostile = '<img src=x onerror=alert(1)> *Carrier* | [link](x)';
  const api = async <T>(method: string, input: unknown) => {
    const response = await fetch(`http://127.0.0.1:${cockpit.host.port}/api/call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cockpit-token': cockpit.host.token },
      body: JSON.stringify({ method, input }),
    });
    const result = (await response.json()) as { ok: boolean; value: T };
    expect(result.ok).toBe(true);
    return result.value;
  };
  const bus = cockpit.session.ctx.db.prepare('SELECT id FROM services WHERE name = ?').pluck().get(BUS) as number;
  const created = await api<{ id: number }>('service.create', { name: hostile, kind: 'carrier', tier: 2, hosting: 'saas', ownerTeam: 'Team <b>' });
  await api('dependency.create', { fromId: created.id, toId: bus, kind: 'event', strength: 'hard' });

  await cockpit.open(page);
  await openBlast(page);
  await focusOn(page, BUS);
  await expect(mapOf(page)).toHaveAttribute('data-state', 'ready');
  await expect(panelOf(page).getByRole('listitem', { name: hostile })).toBeVisible();

  const save = async (button: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    const path = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    return path;
  };
  const png = readFileSync(await save('Export PNG'));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(5_000);

  const svg = readFileSync(await save('Export SVG'), 'utf8');
  expect(svg).toMatch(/^<svg/);
  expect(svg).toContain('Integration Event Bus (Kafka)');
  expect(svg).not.toContain('<img');
  expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');

  const md = readFileSync(await save('Export Markdown'), 'utf8');
  expect(md).toContain('# Blast radius of Integration Event Bus \\(Kafka\\)');
  for (const name of ['Order Orchestration Hub', 'Inventory Sync Service', 'Shipment Event Router']) expect(md).toContain(`| ${name} |`);
  expect(md).not.toContain('<img');
  expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt; \\*Carrier\\* \\| \\[link\\]\\(x\\)');
  expect(md).toContain('Team &lt;b&gt;');
});
