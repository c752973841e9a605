// Playwright-driven figures for the catalog with 10,000 services: open, search, sort, scroll.
// Run: npx tsx bench/ui-catalog.ts [--services N] [--dependencies N]   (uses Chromium at COCKPIT_CHROMIUM or /usr/bin/chromium)
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dispatch } from '../electron/api/dispatch';
import { handlers } from '../electron/api/handler-table';
import { buildRenderer, RENDERER_OUT } from '../electron/build/bundle';
import { startHttpHost } from '../electron/host/http-host';
import { openSession } from '../electron/host/session';
import { WorkspaceHub } from '../electron/host/workspace-hub';

const { values } = parseArgs({ options: { services: { type: 'string', default: '10000' }, dependencies: { type: 'string', default: '50000' } } });
const services = Number(values.services);
const dependencies = Number(values.dependencies);

function servicesCsv(n: number): string {
  const kinds = ['integration', 'wms', 'erp', 'tms', 'edi', 'portal', 'analytics', 'database'];
  const rows = ['name,kind,tier,owner_team,hosting'];
  for (let i = 0; i < n; i++) rows.push(`Service ${String(i).padStart(5, '0')},${kinds[i % kinds.length]},${(i % 3) + 1},Team ${i % 60},cloud`);
  return rows.join('\n');
}

function dependenciesCsv(n: number, count: number): string {
  const rows = ['from,to,kind,strength'];
  const seen = new Set<string>();
  let x = 12345;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
  while (seen.size < count) {
    const a = next() % n;
    const b = next() % n;
    const key = `${a}>${b}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    rows.push(`Service ${String(a).padStart(5, '0')},Service ${String(b).padStart(5, '0')},event,${seen.size % 3 ? 'hard' : 'soft'}`);
  }
  return rows.join('\n');
}

async function main(): Promise<void> {
  await buildRenderer();
  const dir = mkdtempSync(join(tmpdir(), 'cockpit-ui-bench-'));
  const session = openSession(join(dir, 'ws.sqlite'), { seedNew: false });
  for (const [method, text] of [['import.servicesCsv', servicesCsv(services)], ['import.dependenciesCsv', dependenciesCsv(services, dependencies)]] as const) {
    const result = await dispatch(handlers, session.ctx, method, { text });
    if (!result.ok) throw new Error(result.error.message);
  }
  const host = await startHttpHost({ hub: new WorkspaceHub(session), staticDir: RENDERER_OUT });
  const browser = await chromium.launch({
    executablePath: process.env.COCKPIT_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const t0 = performance.now();
    await page.goto(host.url);
    await page.getByRole('grid').getByRole('row', { name: /Service 00000/ }).waitFor();
    const openMs = performance.now() - t0;

    const t1 = performance.now();
    await page.getByRole('searchbox', { name: 'Search services' }).fill('Service 0999');
    await page.getByRole('grid').getByRole('row', { name: /Service 09999/ }).waitFor();
    const searchMs = performance.now() - t1;
    await page.getByRole('searchbox', { name: 'Search services' }).fill('');

    const t2 = performance.now();
    await page.getByRole('columnheader', { name: /Tier/ }).click();
    await page.getByRole('columnheader', { name: /Tier/ }).and(page.locator('[aria-sort]')).waitFor();
    const sortMs = performance.now() - t2;

    // Scroll the whole list in steps and count frames: a smooth list keeps frames near 16 ms.
    const scroll = await page.evaluate(async () => {
      const grid = document.querySelector('[role="grid"] [data-scroll]') ?? [...document.querySelectorAll('[role="grid"] *')].find((el) => el.scrollHeight > el.clientHeight + 100);
      if (!grid) return { frames: 0, worstFrameMs: -1, domRows: -1 };
      const frames: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 120; i++) {
        grid.scrollTop += grid.scrollHeight / 120;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      frames.sort((a, b) => a - b);
      return { frames: frames.length, p95FrameMs: frames[Math.floor(frames.length * 0.95)], worstFrameMs: frames[frames.length - 1], domRows: document.querySelectorAll('[role="grid"] [role="row"]').length };
    });
    console.log(JSON.stringify({ services, dependencies, openMs: Math.round(openMs), searchMs: Math.round(searchMs), sortMs: Math.round(sortMs), scroll }, null, 2));
  } finally {
    await browser.close();
    await host.close();
    session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
