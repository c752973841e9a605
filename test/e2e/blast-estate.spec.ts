import type { Locator, Page } from '@playwright/test';
import { generateEnterprise } from '../../bench/engine-fixtures';
import { replaceWorkspace } from '../../electron/store/replace-workspace';
import { recordedWrite } from '../../electron/store/write-tx';
import { expect, test } from './fixtures';

const SERVICES = 600;

/** What the canvas holds, read from cytoscape on the map's container (a canvas has no roles to read). */
function onMap(map: Locator) {
  const read = (what: 'services' | 'grey' | 'impact' | 'zoom') =>
    map.evaluate((el, w) => {
      const cy = (el as unknown as { _cyreg: { cy: { nodes(): { length: number }; edges(s: string): { length: number }; zoom(): number } } })._cyreg.cy;
      if (w === 'zoom') return cy.zoom();
      return w === 'services' ? cy.nodes().length : cy.edges(w === 'grey' ? '.rest' : '.impact').length;
    }, what);
  return { read };
}

async function focusOn(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Focus on' }).fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).click();
}

test('the whole estate of a 600-service workspace: every service drawn, grey lines off when zoomed out and back when zoomed in', async ({ page, cockpit }) => {
  const { catalog, plan } = generateEnterprise({ services: SERVICES, dependencies: 2400, sites: 12, releases: 20, windows: 4, seed: 3 });
  const { db } = cockpit.session.ctx;
  recordedWrite(db, cockpit.session.ctx, 'Generated estate', (rec) => replaceWorkspace(db, rec, { ...catalog, ...plan, exceptions: [] }), 'import');
  // Every dependency is a line on the estate: in colour on a path from the focus, grey otherwise.
  const lines = catalog.dependencies.filter((d) => d.fromId !== d.toId).length;

  await cockpit.open(page);
  await page.keyboard.press('Alt+3');
  const first = catalog.services[0]!.name;
  await focusOn(page, first);
  const map = page.getByRole('application', { name: /Blast-radius map/ });
  await expect(map).toHaveAttribute('data-state', 'ready');

  await page.getByRole('checkbox', { name: 'Whole estate' }).check();
  await expect(map).toHaveAttribute('aria-label', `Blast-radius map: ${SERVICES} services shown`);
  await expect(map).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('list', { name: 'Map legend' })).toContainText('Other dependencies (shown when zoomed in)');
  const canvas = onMap(map);
  expect(await canvas.read('services')).toBe(SERVICES);
  const impact = await canvas.read('impact');
  const grey = await canvas.read('grey');
  // At the default (readable) zoom every dependency is drawn: the impact ones in colour, the rest grey.
  expect(impact).toBeGreaterThan(0);
  expect(impact + grey).toBe(lines);

  // Fit (key 0): the whole estate in view, too small to read; the grey lines go, the blast radius stays.
  await map.focus();
  await page.keyboard.press('0');
  await expect.poll(() => canvas.read('zoom')).toBeLessThan(0.4);
  await expect.poll(() => canvas.read('grey')).toBe(0);
  expect(await canvas.read('impact')).toBe(impact);
  expect(await canvas.read('services')).toBe(SERVICES);

  // Zooming back in brings every grey line back.
  for (let i = 0; i < 12 && (await canvas.read('zoom')) < 0.45; i++) await page.keyboard.press('+');
  await expect.poll(() => canvas.read('grey')).toBe(grey);

  // Another focus on the estate: the same services, redrawn in place.
  await page.getByRole('list', { name: 'Focus' }).getByRole('button', { name: /^Remove / }).first().click();
  await focusOn(page, catalog.services[1]!.name);
  await expect(map).toHaveAttribute('data-state', 'ready');
  await expect.poll(() => canvas.read('services')).toBe(SERVICES);
  await expect.poll(async () => (await canvas.read('impact')) + (await canvas.read('grey'))).toBe(lines);
});
