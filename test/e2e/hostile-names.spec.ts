import { mkdirSync, readFileSync } from 'node:fs';
import ical, { type VEvent } from 'node-ical';
import Papa from 'papaparse';
import type { Download, Page } from '@playwright/test';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import { type CockpitApp, expect, openCalendar, test } from './fixtures';
import { pdfText } from './pdf-text';

// Names and texts are free text from people and imports. Whatever markup or script they hold must
// reach every screen, file and printout as the characters typed, never as HTML that runs.

const OUT = 'test-results/screenshots';
const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const SVG = '"><svg onload=window.__xss=3>';
const JS_URL = 'javascript:window.__xss=4';
const MD_LINK = '[x](javascript:window.__xss=5)';

const SITE = `DC ${IMG}`;
const PROCESS = `Picking ${SCRIPT}`;
const TEAM = `Team ${SVG}`;
const SERVICE = `${IMG} Hostile WMS ${SCRIPT}`;
/** 120 characters, the most a name may have, with a long unbroken run that could push a layout apart. */
const LONG = `Downstream${'W'.repeat(50)}${SVG} ${'long-name-'.repeat(4)}`.slice(0, 120);
const RELEASE = `Release ${SVG} ${SCRIPT}`;
const WINDOW = `Freeze ${IMG}`;
const RUNBOOK = `Runbook ${SCRIPT} ${IMG}`;
const STEP = `Step ${SVG}`;
const INCIDENT = `Incident ${IMG} ${SVG}`;
const BUS = 'Integration Event Bus (Kafka)';

async function api<T>(cockpit: CockpitApp, method: Parameters<typeof dispatch>[2], input: unknown): Promise<T> {
  const result = await dispatch(handlers, cockpit.session.ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** The hostile workspace: every kind of name the screens show, seeded through the API before the page opens. */
async function seedHostile(cockpit: CockpitApp) {
  const bus = cockpit.session.ctx.db.prepare('SELECT id FROM services WHERE name = ?').pluck().get(BUS) as number;
  const site = await api<{ id: number }>(cockpit, 'site.create', { name: SITE, region: `West ${SCRIPT}`, timeZone: 'America/Chicago', kind: 'dc' });
  const process = await api<{ id: number }>(cockpit, 'process.create', { name: PROCESS, description: `${JS_URL} ${IMG}` });
  const service = await api<{ id: number }>(cockpit, 'service.create', {
    name: SERVICE, kind: 'wms', tier: 1, hosting: 'cloud', ownerTeam: TEAM, siteIds: [site.id], processIds: [process.id], description: `${JS_URL} ${MD_LINK} ${IMG}`,
  });
  const long = await api<{ id: number }>(cockpit, 'service.create', { name: LONG, kind: 'integration', tier: 2, hosting: 'cloud', ownerTeam: `${TEAM} ${'x'.repeat(60)}`.slice(0, 80), siteIds: [site.id] });
  await api(cockpit, 'dependency.create', { fromId: service.id, toId: bus, kind: 'event', strength: 'hard' });
  await api(cockpit, 'dependency.create', { fromId: long.id, toId: service.id, kind: 'sync-api', strength: 'hard' });
  const release = await api<{ id: number }>(cockpit, 'release.create', {
    title: RELEASE, type: 'standard', status: 'submitted', train: IMG, plannedStart: '2026-11-23T14:00:00Z', durationMinutes: 120, strategy: 'big-bang',
    requester: JS_URL, approvers: [SCRIPT], services: [{ serviceId: service.id, how: 'code' }], waves: [{ name: `Wave ${SVG}`, siteIds: [site.id], soakMinutes: 0 }],
    rollback: { steps: [`${IMG} revert`], expectedMinutes: 30, tested: false }, outcome: null,
  });
  await api(cockpit, 'window.create', {
    name: WINDOW, type: 'maintenance', severity: 'soft', startLocal: '2026-11-23T00:00', endLocal: '2026-11-23T06:00', timeZone: 'site',
    scope: { siteIds: [site.id] }, reason: `${JS_URL} ${SCRIPT}`,
  });
  const runbook = await api<{ id: number }>(cockpit, 'runbook.create', {
    title: RUNBOOK, summary: `${MD_LINK} ${JS_URL} ${IMG}`, serviceIds: [service.id],
    steps: [{ title: STEP, details: `${MD_LINK} <${JS_URL}> ${IMG} ${SCRIPT} [ok](https://example.com)`, ownerRole: SCRIPT }, { title: `Verify ${IMG}`, details: '' }],
  });
  const incident = await api<{ id: number }>(cockpit, 'incident.create', {
    title: INCIDENT, severity: 'SEV1', summary: `${SCRIPT} ${MD_LINK}`, serviceIds: [service.id], releaseId: release.id,
    roles: [{ role: 'Incident commander', name: SVG }],
  });
  await api(cockpit, 'run.start', { runbookId: runbook.id, incidentId: incident.id });
  await api(cockpit, 'incident.note', { incidentId: incident.id, text: `Note ${IMG} ${JS_URL}` });
  await api(cockpit, 'actionItem.save', { incidentId: incident.id, title: `Action ${SCRIPT}`, owner: SVG });
}

/**
 * Watches the page for anything a payload could do: set window.__xss, open a dialog, trip the
 * Content Security Policy (a violation means markup tried to run or load), fetch its `src=x`, or
 * sit in the DOM as an element with handlers.
 */
async function watch(page: Page) {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/content security policy|refused to (execute|load|apply)/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (/\/x$/.test(new URL(request.url()).pathname)) seen.push(`request: ${request.url()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`));
  });
  return async (where: string) => {
    const inPage = await page.evaluate(() => {
      const w = window as unknown as { __xss?: unknown; __csp: string[] };
      const markup = [...document.querySelectorAll('*')].flatMap((el) => [
        ...[...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
        ...(el.tagName === 'SCRIPT' && el.textContent?.includes('__xss') ? ['script element'] : []),
        ...(el.getAttribute('src') === 'x' ? [`${el.tagName} src=x`] : []),
        ...(/^\s*javascript:/i.test(el.getAttribute('href') ?? '') ? [`${el.tagName} href=javascript:`] : []),
      ]);
      return { xss: w.__xss, csp: w.__csp, markup };
    });
    expect({ where, ...inPage, seen }).toEqual({ where, xss: undefined, csp: [], markup: [], seen: [] });
  };
}

async function saved(download: Promise<Download>): Promise<string> {
  return readFileSync((await (await download).path())!, 'utf8');
}

/** Markup that HTML would act on: a tag opening with one of the payloads' element names. */
const RAW_TAG = /<(img|script|svg)\b/i;

test('catalog and calendar show hostile names as text, and the JSON, CSV and ICS exports carry them as data', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await seedHostile(cockpit);
  const check = await watch(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);

  // Catalog: the table and the service's drawer.
  await page.getByRole('searchbox', { name: 'Search services' }).fill('Hostile WMS');
  const row = page.getByRole('grid').getByRole('row').filter({ hasText: SERVICE });
  await expect(row).toContainText(TEAM);
  await row.click();
  const detail = page.getByRole('region', { name: SERVICE });
  await expect(detail.getByText(SERVICE, { exact: true }).first()).toBeVisible();
  await expect(detail).toContainText(SITE);
  await expect(detail).toContainText(PROCESS);
  // The longest name stays inside the drawer, cut with an ellipsis, whole in its title.
  const usedBy = detail.getByRole('button', { name: LONG });
  await expect(usedBy).toHaveAttribute('title', LONG);
  const [link, drawer] = [await usedBy.boundingBox(), await detail.boundingBox()];
  expect(link!.x + link!.width).toBeLessThanOrEqual(drawer!.x + drawer!.width);
  await check('service drawer');
  await page.getByRole('searchbox', { name: 'Search services' }).fill('');
  await page.getByRole('searchbox', { name: 'Search services' }).fill('W');
  await page.screenshot({ path: `${OUT}/hostile-catalog.png` });
  for (const [tab, name] of [['Sites', SITE], ['Business processes', PROCESS]] as const) {
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await expect(page.getByRole('tabpanel').getByText(name, { exact: true }).first()).toBeVisible();
  }
  await check('catalog tabs');

  const json = JSON.parse(await saved(Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Workspace JSON' }).click()]).then(([d]) => d))) as {
    catalog?: { services: { name: string }[] }; services?: { name: string }[];
  };
  expect(JSON.stringify(json)).toContain(JSON.stringify(SERVICE).slice(1, -1));
  const csv = await saved(Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Services CSV' }).click()]).then(([d]) => d));
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => Object.values(r)[0])).toContain(SERVICE);
  expect(rows.find((r) => Object.values(r)[0] === LONG)).toBeTruthy();

  // Calendar: the release bar, its drawer, the window.
  const timeline = await openCalendar(page);
  await page.getByRole('radio', { name: 'Month' }).click();
  const bar = timeline.getByRole('button', { name: new RegExp(`^${RELEASE.replace(/[()[\]\\^$.|?*+{}]/g, '\\$&')}`) }).first();
  await bar.click();
  const releaseDrawer = page.getByRole('complementary');
  await expect(releaseDrawer.getByText(RELEASE, { exact: true }).first()).toBeVisible();
  await expect(releaseDrawer).toContainText(`Caught by scope: ${SERVICE}, ${SITE}`);
  await check('release drawer');
  await expect(page.getByText(WINDOW, { exact: true }).first()).toBeAttached();
  await check('calendar');

  // ICS: the independent parser reads each name back exactly, and no line was smuggled in.
  await page.getByRole('button', { name: 'Export ICS…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export calendar (.ics)' });
  await dialog.getByRole('checkbox', { name: /maintenance/i }).check();
  const ics = await saved(Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()]).then(([d]) => d));
  const summaries = Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === 'VEVENT').map((e) => String(e.summary));
  expect(summaries).toContain(WINDOW);
  expect(summaries.some((s) => s.startsWith(`Release: ${RELEASE}`))).toBe(true);
  await check('ICS export');
});

test('blast radius of a hostile service: map, impact panel and the SVG and Markdown exports stay inert', async ({ page, cockpit }, testInfo) => {
  mkdirSync(OUT, { recursive: true });
  await seedHostile(cockpit);
  const check = await watch(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  await page.keyboard.press('Alt+3');
  await page.getByRole('combobox', { name: 'Focus on' }).fill('Hostile WMS');
  await page.getByRole('option').filter({ hasText: SERVICE }).first().click();
  const map = page.getByRole('application', { name: /Blast-radius map/ });
  await expect(map).toHaveAttribute('data-state', 'ready');
  const panel = page.getByRole('complementary', { name: 'Impact' });
  await expect(panel.getByRole('listitem', { name: LONG })).toBeVisible();
  await expect(panel.getByText(SITE, { exact: true }).first()).toBeVisible();
  await expect(panel).toContainText(PROCESS);
  await expect(panel).toContainText(TEAM);
  await expect(page.getByRole('list', { name: 'Focus' })).toContainText(SERVICE);
  await check('blast radius');
  await page.screenshot({ path: `${OUT}/hostile-blast.png` });

  const save = async (button: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    const path = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    return readFileSync(path, 'utf8');
  };
  // The SVG, parsed as a browser would open it: the names are text nodes, nothing is an element or handler.
  const svg = await save('Export SVG');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      tags: [...new Set(all.map((el) => el.localName))].filter((t) => ['script', 'img', 'foreignObject', 'iframe', 'a'].includes(t)),
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      text: doc.documentElement.textContent ?? '',
    };
  }, svg);
  expect(parsed).toMatchObject({ error: null, tags: [], handlers: [] });
  expect(parsed.text).toContain(SERVICE);
  // One <svg> (the file's own root), and the payloads only as entities.
  expect(svg.match(/<svg\b/g)).toHaveLength(1);
  expect(svg).not.toMatch(/<(img|script)\b/i);
  expect(svg).toContain('&lt;img src=x onerror=');

  const md = await save('Export Markdown');
  expect(md).not.toMatch(RAW_TAG);
  expect(md).toContain('&lt;script&gt;');
  await check('blast exports');
});


test('runbooks, an incident, run mode and the printable report show hostile texts as text', async ({ page, cockpit }) => {
  await seedHostile(cockpit);
  const check = await watch(page);
  await cockpit.open(page);
  await page.keyboard.press('Alt+4');
  await page.getByRole('table', { name: 'Incidents' }).getByRole('button', { name: INCIDENT }).click();
  await expect(page.getByRole('heading', { name: INCIDENT, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Roles' })).toContainText(SVG);
  const timeline = page.getByRole('list', { name: 'Incident timeline' });
  await expect(timeline).toContainText(`Note ${IMG} ${JS_URL}`);
  await expect(page.getByRole('table', { name: 'Action items' })).toContainText(`Action ${SCRIPT}`);
  await expect(page.getByRole('region', { name: 'Blast radius' })).toContainText(LONG);
  await check('incident page');

  const md = await saved(Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Report (Markdown)' }).click()]).then(([d]) => d));
  expect(md).not.toMatch(RAW_TAG);
  expect(md).not.toContain('](javascript:');
  const json = JSON.parse(await saved(Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Report (JSON)' }).click()]).then(([d]) => d))) as { incident: { title: string } };
  expect(json.incident.title).toBe(INCIDENT);

  // Run mode.
  await page.getByRole('list', { name: 'Runs of this incident' }).getByRole('button', { name: 'Open run mode' }).click();
  await expect(page.getByRole('heading', { name: RUNBOOK, level: 1 })).toBeVisible();
  const steps = page.getByRole('list', { name: 'Steps' });
  await expect(steps.getByRole('listitem').first()).toContainText(STEP);
  await expect(steps.getByRole('listitem').first()).toContainText(SCRIPT);
  await expect(steps.getByRole('listitem').nth(1)).toContainText(`Verify ${IMG}`);
  await check('run mode');
  await page.keyboard.press('Escape');

  // The runbook library: the summary and steps, Markdown rendered without the hostile links or HTML.
  await page.getByRole('button', { name: 'Runbook library' }).click();
  await page.getByRole('table', { name: 'Runbooks' }).getByRole('button', { name: RUNBOOK }).click();
  const detail = page.getByRole('article', { name: RUNBOOK });
  await expect(detail.getByRole('heading', { name: RUNBOOK })).toBeVisible();
  await expect(detail).toContainText(STEP);
  await expect(detail.getByRole('link')).toHaveCount(1);
  await expect(detail).toContainText(SCRIPT);
  await check('runbook library');
  const runbookMd = await saved(Promise.all([page.waitForEvent('download'), detail.getByRole('button', { name: 'Export Markdown' }).click()]).then(([d]) => d));
  expect(runbookMd).toContain(RUNBOOK);
  await check('runbook export');

  // The printable report, and the PDF it prints to.
  await page.getByRole('button', { name: 'Incidents', exact: true }).click();
  await page.getByRole('table', { name: 'Incidents' }).getByRole('button', { name: INCIDENT }).click();
  await page.getByRole('button', { name: 'Printable report' }).click();
  const report = page.getByRole('article', { name: INCIDENT });
  await expect(report).toContainText(`Action ${SCRIPT}`);
  await check('printable report');
  // pdf.js splits lines where the PDF wraps them, so spaces are compared out.
  const squeeze = (t: string) => t.replace(/\s+/g, '');
  const text = squeeze((await pdfText(await page.pdf({ format: 'A4', printBackground: true }))).text);
  for (const literal of [INCIDENT, SERVICE, `Action ${SCRIPT}`]) expect(text).toContain(squeeze(literal));
});
