import { mkdirSync } from 'node:fs';
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
  await expect(panel.getByText('Runbook: not linked yet (the Runbooks section is not built)').first()).toBeVisible();
  await expect(mapOf(page)).toHaveAttribute('data-state', 'ready');
});
