import { mkdirSync, readFileSync } from 'node:fs';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import type { Plan } from '../../shared/model/plan';
import { expect, test } from './fixtures';
import { pdfText } from './pdf-text';

const OUT = 'test-results/screenshots';


test('an incident for a failing WMS: blast radius, a keyboard-driven run, a corrected time, resolve, close and the report', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { name: 'Incidents', level: 1 })).toBeVisible();
  // The demo holds a year of closed incidents; a new one goes to the top.
  await expect(page.getByRole('button', { name: 'Declare incident…' })).toBeVisible();

  // Declare the incident.
  await page.getByRole('button', { name: 'Declare incident…' }).click();
  const declare = page.getByRole('dialog', { name: 'Declare incident' });
  await declare.getByLabel('Title').fill('WMS Central down at the Dallas DC');
  await declare.getByLabel('Severity').selectOption('SEV1');
  await declare.getByRole('combobox', { name: 'Add a failing service' }).fill('Manhattan WMS – Central');
  await declare.getByRole('option', { name: 'Manhattan WMS – Central', exact: true }).click();
  await expect(declare.getByRole('list', { name: 'Failing services' })).toContainText('Manhattan WMS – Central');
  // The commander is required.
  await declare.getByRole('button', { name: 'Declare incident' }).click();
  await expect(declare.getByText('Name the incident commander.').first()).toBeVisible();
  await declare.getByLabel('Incident commander (required)').fill('Ana');
  await declare.getByLabel('Scribe').fill('Raj');
  await page.screenshot({ path: `${OUT}/declare-incident.png` });
  await declare.getByRole('button', { name: 'Declare incident' }).click();
  await expect(declare).toBeHidden();

  // Its page: status, roles and the blast radius from the engine.
  await expect(page.getByRole('heading', { name: /WMS Central down at the Dallas DC/, level: 1 })).toBeVisible();
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status).toContainText('Triage');
  await expect(page.getByRole('region', { name: 'Roles' })).toContainText('Ana');
  // A refused move says why, in the API's words.
  await status.getByRole('button', { name: 'Close incident' }).click();
  await expect(status.getByRole('alert')).toHaveText('Resolve the incident before closing it.');
  const blast = page.getByRole('region', { name: 'Blast radius' });
  await expect(blast.getByRole('table', { name: 'Impacted sites' }).getByRole('row')).not.toHaveCount(1);
  await expect(blast.getByText('Stops').first()).toBeVisible();
  await expect(blast).toContainText(/Impact score \d/);

  await page.screenshot({ path: `${OUT}/incident-page.png`, fullPage: true });

  // A new communications liaison: the role change is on the timeline.
  await page.getByRole('button', { name: 'Edit incident…' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit incident' });
  await expect(edit.getByLabel('Incident commander (required)')).toHaveValue('Ana');
  await edit.getByLabel('Communications liaison').fill('Lena');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('region', { name: 'Roles' })).toContainText('Lena');
  await expect(page.getByRole('list', { name: 'Incident timeline' })).toContainText('Communications liaison: Lena');

  // Start the failover runbook (offered first, as it is linked to the failing service).
  const runs = page.getByRole('region', { name: 'Runbook runs' });
  await expect(runs.getByLabel('Start runbook')).toHaveValue(/\d+/);
  await expect(runs.getByLabel('Start runbook').locator('option:checked')).toHaveText('WMS failover to the secondary region');
  await runs.getByRole('button', { name: 'Start run' }).click();

  // Run mode, from the keyboard: three steps done with notes, one skipped with a reason.
  await expect(page.getByRole('heading', { name: 'WMS failover to the secondary region', level: 1 })).toBeVisible();
  const steps = page.getByRole('list', { name: 'Steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(6);
  await expect(steps.nth(2)).toContainText('Waiting for step 1');
  const notes = ['Primary region health checks red since 09:52', 'Shift leads at Dallas and Memphis told', 'Replica promoted, lag 0'];
  for (let i = 0; i < 3; i++) {
    await expect(steps.nth(i)).toHaveAttribute('aria-current', 'step');
    await page.keyboard.press('n');
    const note = page.getByRole('dialog', { name: `Note on step ${i + 1}` });
    await note.getByLabel('Note').fill(notes[i]!);
    await page.keyboard.press('Enter');
    await expect(note).toBeHidden();
    await page.keyboard.press(' ');
    await expect(steps.nth(i).locator('.run-step-state')).toContainText('Done');
  }
  // Skipping asks for a reason, and refuses none.
  await expect(steps.nth(3)).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('s');
  const skip = page.getByRole('dialog', { name: 'Skip step 4' });
  await page.keyboard.press('Enter');
  await expect(skip.getByRole('alert')).toContainText('needs a reason');
  await skip.getByLabel('Reason for skipping (required)').fill('SD-WAN already routes to the secondary');
  await page.keyboard.press('Enter');
  await expect(skip).toBeHidden();
  await expect(steps.nth(3).locator('.run-step-state')).toContainText('Skipped');
  await expect(steps.nth(4)).toContainText('Next');
  // j / k move the selection.
  await page.keyboard.press('j');
  await expect(steps.nth(5)).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('k');
  await expect(steps.nth(4)).toHaveAttribute('aria-current', 'step');
  await page.screenshot({ path: `${OUT}/run-mode-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${OUT}/run-mode-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });

  // Reload: the run is intact, read from the workspace.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'WMS failover to the secondary region', level: 1 })).toBeVisible();
  const again = page.getByRole('list', { name: 'Steps' }).getByRole('listitem');
  for (let i = 0; i < 3; i++) await expect(again.nth(i).locator('.run-step-state')).toContainText('Done');
  await expect(again.nth(3).locator('.run-step-state')).toContainText('Skipped');
  await expect(again.nth(3)).toContainText('Reason: SD-WAN already routes to the secondary');
  await expect(again.nth(1)).toContainText('Shift leads at Dallas and Memphis told');
  await expect(page.getByRole('list', { name: 'Open runs' })).toContainText('WMS failover');

  // Back to the incident (Escape); correct the time of the first step.
  await page.getByRole('list', { name: 'Steps' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /WMS Central down at the Dallas DC/, level: 1 })).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Incident timeline' });
  await expect(timeline).toContainText('step 1 done');
  await expect(timeline).toContainText('Primary region health checks red since 09:52');
  await timeline.getByRole('button', { name: /Correct time of: .*step 1 done/ }).click();
  const correct = page.getByRole('dialog', { name: 'Correct the time' });
  await correct.getByLabel('New time (UTC)').fill('2026-11-22T09:55');
  await correct.getByLabel('Reason').fill('Done before the run was started in the app');
  await correct.getByRole('button', { name: 'Correct time' }).click();
  await expect(correct).toBeHidden();
  await expect(timeline).toContainText('from 2026-11-22 10:0');
  await expect(timeline).toContainText('to 2026-11-22 09:55:00 UTC. Reason: Done before the run was started in the app');

  // A note and an action item.
  await page.getByLabel('Note', { exact: true }).fill('Vendor confirms a storage fault in the primary region');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(timeline).toContainText('Vendor confirms a storage fault');
  await page.getByLabel('Action item', { exact: true }).fill('Automate the WMS DNS switch');
  await page.getByLabel('Owner', { exact: true }).fill('Network team');
  await page.getByRole('button', { name: 'Add action item' }).click();
  await expect(page.getByRole('table', { name: 'Action items' })).toContainText('Automate the WMS DNS switch');

  // Resolve and close.
  for (const [button, label] of [['Start work', 'Started'], ['Mark mitigated', 'Mitigated'], ['Mark resolved', 'Resolved'], ['Close incident', 'Closed']] as const) {
    await status.getByRole('button', { name: button }).click();
    await expect(status.locator('.status-line')).toHaveText(label);
  }
  await expect(status).toContainText('its status no longer changes');
  await expect(status.getByText(/^Time to restore$/)).toBeVisible();

  // Markdown report.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Report (Markdown)' }).click();
  const markdown = readFileSync(await (await download).path(), 'utf8');
  expect(markdown).toContain('# SEV1 WMS Central down at the Dallas DC');
  expect(markdown).toContain('- Status: Closed');
  expect(markdown).toContain('Manhattan WMS – Central');
  expect(markdown).toMatch(/step 4 skipped: SD\\-WAN already routes to the secondary/);
  expect(markdown).toContain('Done before the run was started in the app');
  expect(markdown).toContain('Automate the WMS DNS switch');

  // The printable report, printed to PDF.
  await page.getByRole('button', { name: 'Printable report' }).click();
  const report = page.getByRole('article', { name: /WMS Central down at the Dallas DC/ });
  await expect(report.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(report).toContainText('Corrected from');
  await page.screenshot({ path: `${OUT}/incident-report-screen.png` });
  // The print layout is what the PDF holds: the frame left out, the report flowing over pages.
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${OUT}/incident-report-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  // In the browser, Save PDF opens the print dialog (Electron saves through printToPDF instead).
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void (w.printed += 1);
  });
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { pages, text } = await pdfText(pdf, ' ');
  expect(pages).toBeGreaterThan(0);
  expect(text).toContain('WMS Central down at the Dallas DC');
  expect(text).toContain('WMS failover to the secondary region');
});

test('runbook library: details rendered safely, an edit is a new version that Ctrl+Z undoes, Markdown export and import', async ({ page, cockpit }, testInfo) => {
  mkdirSync(OUT, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  await page.keyboard.press('Alt+4');
  await page.getByRole('button', { name: 'Runbook library' }).click();
  const list = page.getByRole('table', { name: 'Runbooks' });
  await expect(list.getByRole('row')).toHaveCount(6);
  await list.getByRole('button', { name: 'ERP integration rollback' }).click();
  const detail = page.getByRole('article', { name: 'ERP integration rollback' });
  // Markdown details: emphasis rendered, no raw HTML.
  await expect(detail.locator('.markdown strong').first()).toHaveText('CPI transport');
  await page.screenshot({ path: `${OUT}/runbook-library.png` });

  // Edit: a new version; Ctrl+Z takes it back.
  await detail.getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('dialog', { name: /Edit runbook/ });
  await editor.getByLabel('Step 1 title').fill('Freeze deployments to CPI now');
  await editor.getByRole('button', { name: 'Move step 2 up' }).click();
  await expect(editor.getByLabel('Step 1 title')).toHaveValue(/Undeploy/);
  await page.screenshot({ path: `${OUT}/runbook-editor.png` });
  await editor.getByRole('button', { name: 'Save new version' }).click();
  await expect(editor).toBeHidden();
  await expect(detail).toContainText('Version 2');
  await expect(detail.getByRole('list', { name: 'Steps' }).getByRole('listitem').first()).toContainText('Undeploy');
  // Step 3 waited for step 2 (Undeploy); after the move it waits for step 1, still Undeploy.
  await expect(detail.getByRole('list', { name: 'Steps' }).getByRole('listitem').nth(2)).toContainText('after step 1');
  await page.getByRole('heading', { name: 'Runbook library' }).click();
  await page.keyboard.press('Control+z');
  await expect(detail).toContainText('Version 1');

  // A script in the details stays text; a javascript: link is not a link.
  await detail.getByRole('button', { name: 'Edit' }).click();
  await editor.getByLabel('Step 1 details (Markdown)').fill('<script>window.hacked = 1</script> [bad](javascript:alert(1)) [SAP](https://help.sap.com)');
  await editor.getByRole('button', { name: 'Save new version' }).click();
  await expect(editor).toBeHidden();
  const first = detail.locator('.markdown').first();
  await expect(first).toContainText('<script>');
  await expect(first.getByRole('link')).toHaveCount(1);
  await expect(first.getByRole('link', { name: 'SAP' })).toHaveAttribute('target', '_blank');
  await expect(first.getByRole('link', { name: 'SAP' })).toHaveAttribute('rel', /noopener/);

  // Export, then import a changed copy as a new version.
  const download = page.waitForEvent('download');
  await detail.getByRole('button', { name: 'Export Markdown' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^# ERP integration rollback/);
  const changed = `${testInfo.outputDir}/erp.md`;
  mkdirSync(testInfo.outputDir, { recursive: true });
  const { writeFileSync } = await import('node:fs');
  writeFileSync(changed, text.replace('## 1.', '## 1. Call the CPI owner first\n\n## 2.').replace(/## (\d+)\./g, '##'));
  await page.getByLabel('Markdown runbook file').setInputFiles(changed);
  await expect(detail).toContainText('Call the CPI owner first');
  await expect(list.getByRole('row')).toHaveCount(6);
  // A file that is not a runbook is refused with the reason.
  writeFileSync(changed, 'no title, no steps');
  await page.getByLabel('Markdown runbook file').setInputFiles(changed);
  await expect(page.getByRole('alert')).toContainText('was not imported');

  // Delete asks first; Ctrl+Z brings the runbook back.
  await list.getByRole('button', { name: 'Inventory-sync reconciliation' }).click();
  const inventory = page.getByRole('article', { name: 'Inventory-sync reconciliation' });
  await inventory.getByRole('button', { name: 'Delete' }).click();
  await inventory.getByRole('group', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  await expect(list.getByRole('row')).toHaveCount(5);
  await page.keyboard.press('Control+z');
  await expect(list.getByRole('row')).toHaveCount(6);
});

test('release links: the drawer lists the incidents a release caused and starts its rollback runbook; the editor keeps the runbook', async ({ page, cockpit }) => {
  await cockpit.open(page);
  await page.keyboard.press('Alt+4');
  await page.getByRole('button', { name: 'Declare incident…' }).click();
  const declare = page.getByRole('dialog', { name: 'Declare incident' });
  await declare.getByLabel('Title').fill('Labels fail after the FedEx cutover');
  await declare.getByRole('combobox', { name: 'Add a failing service' }).fill('UPS/FedEx Label');
  await declare.getByRole('option', { name: 'UPS/FedEx Label Service', exact: true }).click();
  await declare.getByLabel('Caused by release (optional)').selectOption({ label: 'UPS/FedEx Label Service – FedEx Ship API (REST) cutover' });
  await declare.getByLabel('Incident commander (required)').fill('Mei');
  await declare.getByRole('button', { name: 'Declare incident' }).click();
  await expect(declare).toBeHidden();

  // The caused-by link opens the release in the calendar; its drawer names the incident.
  await page.getByRole('button', { name: /UPS\/FedEx Label Service – FedEx Ship API \(REST\) cutover \(open in the calendar\)/ }).click();
  const drawer = page.getByRole('complementary', { name: /FedEx Ship API \(REST\) cutover/ });
  await expect(drawer.getByRole('region', { name: 'Incidents' })).toContainText('Labels fail after the FedEx cutover');
  await expect(drawer.getByRole('region', { name: 'Rollback runbook' })).toContainText('Carrier-label degraded mode');

  // The editor shows the rollback runbook and keeps it on save.
  await drawer.getByRole('button', { name: 'Edit release' }).click();
  const editor = page.getByRole('dialog', { name: /Edit release UPS\/FedEx/ });
  await expect(editor.getByLabel('Rollback runbook').locator('option:checked')).toHaveText('Carrier-label degraded mode');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor).toBeHidden();
  const plan = await dispatch(handlers, cockpit.session.ctx, 'plan.get', {});
  if (!plan.ok) throw new Error(plan.error.message);
  const cutover = (plan.value as Plan).releases.find((r) => r.title.startsWith('UPS/FedEx Label Service – FedEx'))!.rollback;
  expect(cutover.runbookId).toBeGreaterThan(0);

  // Start the rollback run from the drawer: run mode opens on it.
  await drawer.getByRole('button', { name: 'Start rollback run' }).click();
  await expect(page.getByRole('heading', { name: 'Carrier-label degraded mode', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Carrier-label degraded mode' })).toContainText('rollback of UPS/FedEx Label Service');

  // Back on the incident: the incident link from the drawer leads there too.
  await page.keyboard.press('Alt+2');
  await page.getByRole('complementary').getByRole('button', { name: 'Labels fail after the FedEx cutover' }).click();
  await expect(page.getByRole('heading', { name: /Labels fail after the FedEx cutover/, level: 1 })).toBeVisible();
});
