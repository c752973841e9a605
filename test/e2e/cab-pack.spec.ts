import { mkdirSync } from 'node:fs';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import type { AuditCheckpoint, Method, WorkspaceSnapshot } from '../../shared/api/contract';
import { E2E_NOW, expect, test, type CockpitApp } from './fixtures';
import { pdfText } from './pdf-text';

const OUT = 'test-results/screenshots';
const DAY = 86_400_000;

async function api<T>(cockpit: CockpitApp, method: Method, input: object): Promise<T> {
  const result = await dispatch(handlers, cockpit.session.ctx, method, input as never);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}


/** "2026-12-04" of an instant, in this process's zone (the page runs in the same one). */
const localDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('CAB pack: a chosen week with an approved demo release, its approvals, the audit head, and the PDF', async ({ page, cockpit }) => {
  mkdirSync(OUT, { recursive: true });
  const snapshot = await api<WorkspaceSnapshot>(cockpit, 'workspace.snapshot', {});
  // A release past next week that has approvals: the spec has to move the pack to its week.
  const approved = new Set(snapshot.governance.approvals.filter((a) => a.withdrawnAt === null).map((a) => a.releaseId));
  const release = snapshot.plan.releases
    .filter((r) => r.plannedStart && Date.parse(r.plannedStart) > E2E_NOW + 9 * DAY && r.status !== 'cancelled' && approved.has(r.id))
    .sort((a, b) => Date.parse(a.plannedStart!) - Date.parse(b.plannedStart!))[0]!;
  expect(release).toBeTruthy();
  const approvers = snapshot.governance.approvals.filter((a) => a.releaseId === release.id && a.withdrawnAt === null).map((a) => a.approver);

  await page.emulateMedia({ colorScheme: 'light' });
  await cockpit.open(page);
  await page.keyboard.press('Alt+5');
  await page.getByRole('navigation', { name: 'Dashboard views' }).getByRole('button', { name: 'CAB pack' }).click();
  const pack = page.getByRole('article', { name: /^Week of/ });
  // Next week by default: Monday 23 November (the specs run on Sunday 22 November 2026).
  await expect(pack.getByRole('heading', { level: 1 })).toContainText('Week of Mon 23 Nov 2026');

  await page.getByLabel('Week starting').fill(localDay(Date.parse(release.plannedStart!)));
  const section = pack.getByRole('region', { name: `${release.title} #${release.id}` });
  await expect(section).toBeVisible();
  await expect(section.getByRole('heading', { level: 3 })).toHaveText(`${release.title} #${release.id}`);
  const approvals = section.getByRole('region', { name: 'Approvals' });
  for (const name of approvers) await expect(approvals.getByRole('list', { name: 'Approved by' })).toContainText(name);
  await expect(section.getByRole('region', { name: 'Risk' })).toContainText(/Risk: [\d.]+ of 100/);
  await expect(section.getByRole('region', { name: 'Blast radius' })).toContainText(/By tier: \d+ tier 1, \d+ tier 2, \d+ tier 3/);
  await expect(section.getByRole('region', { name: 'Conflicts' })).toContainText(/checked \w{3} \d+ \w{3} \d{4} \d\d:\d\d/);
  await expect(section.getByRole('region', { name: 'Test evidence and backout plan' })).toContainText('Rollback tested:');

  // The week's windows from the store's calendar: the peak freeze covers late November to early January.
  const windows = pack.getByRole('region', { name: 'Freeze and maintenance windows this week' });
  await expect(windows.getByRole('table', { name: 'Windows this week' })).toContainText('Peak-season freeze');

  // The audit head shown is the API's checkpoint, with what it proves and what it does not.
  const head = await api<AuditCheckpoint>(cockpit, 'audit.checkpoint', {});
  const checkpoint = pack.getByRole('region', { name: 'Audit trail checkpoint' });
  await expect(checkpoint).toContainText(head.headHash);
  await expect(checkpoint).toContainText(String(head.count));
  await expect(checkpoint).toContainText('tamper-evident');
  await expect(checkpoint).not.toContainText('tamper-proof');
  await page.screenshot({ path: `${OUT}/cab-pack-screen.png` });

  // In the browser, Export PDF and Print open the print dialog (Electron saves through printToPDF).
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void (w.printed += 1);
  });
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);

  // The first printed page, at A4 width (96 dpi), as the board will read it.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: `${OUT}/cab-pack-print.png` });
  await page.setViewportSize({ width: 1440, height: 900 });
  const { pages, text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const squeeze = (t: string) => t.replace(/\s+/g, '');
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(squeeze(text)).toContain(squeeze(release.title));
  expect(squeeze(text)).toContain(head.headHash);
  expect(text).not.toContain('Previous week');

  // A week without releases says so and offers the next week that has some.
  const starts = snapshot.plan.releases.filter((r) => r.plannedStart && r.status !== 'cancelled').map((r) => Date.parse(r.plannedStart!));
  const monday = (ms: number) => {
    const d = new Date(ms);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7)).getTime();
  };
  const busy = new Set(starts.map(monday));
  // The first week of the plan's span with no release (the demo's history has gaps), else the week before it all.
  const first = monday(Math.min(...starts));
  let quiet = first;
  while (busy.has(quiet) && quiet < Math.max(...starts)) quiet = monday(quiet + 8 * DAY);
  if (busy.has(quiet) || quiet > Math.max(...starts)) quiet = monday(first - 3 * DAY);
  const following = Math.min(...starts.filter((ms) => ms >= quiet));
  await page.getByLabel('Week starting').fill(localDay(quiet));
  const empty = pack.getByRole('region', { name: 'No releases' });
  await expect(empty).toContainText('No release is planned to start this week.');
  await empty.getByRole('button', { name: /^Show the week of/ }).click();
  await expect(page.getByLabel('Week starting')).toHaveValue(localDay(monday(following)));
  await expect(pack.getByRole('region', { name: 'Releases' })).toBeVisible();
});
