// Playwright-driven figures for the calendar with 5,000 releases and 500 freeze/maintenance windows:
// open, conflict computation in the renderer, scroll frame times, zoom, DOM size.
// Run: npx tsx bench/ui-calendar.ts [--releases N] [--windows N] [--services N] [--dependencies N] [--sites N]
//        [--freeze-share 0..1] [--seed N] [--runs N] [--profile]   (uses Chromium at COCKPIT_CHROMIUM or /usr/bin/chromium)
// --profile builds the renderer unminified and adds the CPU profile's heaviest functions per phase.
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildRenderer, RENDERER_OUT } from '../electron/build/bundle';
import { startHttpHost } from '../electron/host/http-host';
import { openSession } from '../electron/host/session';
import { WorkspaceHub } from '../electron/host/workspace-hub';
import { recordedWrite } from '../electron/store/write-tx';
import { replaceWorkspace } from '../electron/store/replace-workspace';
import type { Plan } from '../shared/model/plan';
import { generateEnterprise } from './engine-fixtures';

const { values } = parseArgs({
  options: {
    releases: { type: 'string', default: '5000' },
    windows: { type: 'string', default: '500' },
    services: { type: 'string', default: '300' },
    dependencies: { type: 'string', default: '900' },
    sites: { type: 'string', default: '30' },
    'freeze-share': { type: 'string', default: '0.12' },
    seed: { type: 'string', default: '7' },
    runs: { type: 'string', default: '3' },
    profile: { type: 'boolean', default: false },
  },
});
const size = {
  releases: Number(values.releases),
  windows: Number(values.windows),
  services: Number(values.services),
  dependencies: Number(values.dependencies),
  sites: Number(values.sites),
  freezeShare: Number(values['freeze-share']),
};
const seed = Number(values.seed);
const runs = Math.max(1, Number(values.runs));
const profiling = values.profile;

/** Reported, not enforced: a benchmark on a shared machine must not fail a build. */
const TARGETS = { openMs: 1000, scrollP95FrameMs: 50, longTaskMs: 300 };

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** Releases are folded into 13 weeks around today: 4 weeks back, 9 ahead. */
const SPAN_WEEKS = 13;
const WEEKS_BACK = 4;

const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (ms: number) => Math.round(ms * 10) / 10;
/** A step that hangs (a page that stops producing frames) fails the run instead of waiting forever. */
function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => void whereStuck().then((where) => reject(new Error(`${what} took over ${ms} ms${where}`))), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The page's debugger session, to say where its script was when a step hung. */
let stuckProbe: CDPSession | null = null;
async function whereStuck(): Promise<string> {
  const cdp = stuckProbe;
  if (!cdp) return '';
  try {
    const paused = new Promise<{ callFrames: Array<{ functionName: string; url: string; location: { lineNumber: number; columnNumber?: number } }> }>((resolve) => cdp.once('Debugger.paused', (event) => resolve(event)));
    await cdp.send('Debugger.enable');
    await cdp.send('Debugger.pause');
    const { callFrames } = await Promise.race([paused, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no pause')), 5000))]);
    await cdp.send('Debugger.resume');
    return `; the page was in:\n${callFrames.slice(0, 12).map((f) => `  ${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.location.lineNumber + 1}:${(f.location.columnNumber ?? 0) + 1}`).join('\n')}`;
  } catch (error) {
    const state = await Promise.race([
      cdp.send('Runtime.evaluate', { expression: 'document.visibilityState + ", focus " + document.hasFocus()', returnByValue: true }),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000)),
    ]).catch(() => null);
    return `; its script could not be paused (${error instanceof Error ? error.message : String(error)}): ${state ? `the page was idle, waiting for a frame (${String(state.result.value)})` : 'the page answers nothing (frozen or stuck outside script)'}`;
  }
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * The generator spreads releases over a calendar year; the timeline opens on today, so fold every
 * planned start by whole multiples of 13 weeks into [today - 4 weeks, today + 9 weeks). Whole weeks
 * keep each release's weekday and UTC time of day, so most stay inside their weekly maintenance slot.
 */
function foldAroundToday(plan: Plan, nowMs: number): void {
  const monday = Math.floor((nowMs - 4 * DAY_MS) / WEEK_MS) * WEEK_MS + 4 * DAY_MS; // the epoch was a Thursday
  const from = monday - WEEKS_BACK * WEEK_MS;
  const span = SPAN_WEEKS * WEEK_MS;
  for (const release of plan.releases) {
    if (!release.plannedStart) continue;
    const ms = Date.parse(release.plannedStart);
    const shift = Math.floor((ms - from) / span) * span;
    release.plannedStart = new Date(ms - shift).toISOString();
  }
}

// ---- in the page ----------------------------------------------------------------------------------

interface BenchProbe {
  keydownAt: number | null;
  readyAt: number | null;
  paintedAt: number | null;
  longTasks: Array<{ start: number; ms: number }>;
  arm(): void;
}

/** Installed before the app's script: notes Alt+2, the first frame with bars, and long tasks. */
function installProbe(): void {
  const probe = {
    keydownAt: null as number | null,
    readyAt: null as number | null,
    paintedAt: null as number | null,
    longTasks: [] as Array<{ start: number; ms: number }>,
    arm() {
      probe.keydownAt = null;
      probe.readyAt = null;
      probe.paintedAt = null;
      probe.longTasks = [];
    },
  };
  (window as unknown as { __bench: BenchProbe }).__bench = probe;
  window.addEventListener('keydown', (e) => {
    if (e.altKey && e.code === 'Digit2') probe.keydownAt = e.timeStamp;
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, ms: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }
  const check = () => {
    if (probe.readyAt !== null) return;
    const region = document.querySelector('[role="region"][aria-label="Release timeline"]');
    if (!region || !region.querySelector('.tl-bar') || region.getBoundingClientRect().height === 0) return;
    probe.readyAt = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => (probe.paintedAt = performance.now())));
  };
  const start = () => new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true });
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
}

interface FrameStats {
  frames: number;
  p50FrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
  over50ms: number;
  /** Pixels actually travelled (the box can clamp at its ends). */
  travelledPx: number;
}

/** Scrolls the timeline by `stepPx` per frame for `durationMs`, turning back at the ends (and halfway, with bounce). */
async function scrollFrames(page: Page, axis: 'vertical' | 'horizontal', stepPx: number, durationMs: number, bounceHalfway: boolean): Promise<FrameStats> {
  log(`  scroll ${axis}`);
  return withTimeout(page.evaluate(async ({ axis, stepPx, durationMs, bounceHalfway }) => {
    const el = document.querySelector<HTMLElement>('[role="region"][aria-label="Release timeline"]')!;
    const prop = axis === 'vertical' ? 'scrollTop' : 'scrollLeft';
    const max = axis === 'vertical' ? el.scrollHeight - el.clientHeight : el.scrollWidth - el.clientWidth;
    const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
    const deltas: number[] = [];
    let direction = 1;
    let travelled = 0;
    let last = await frame();
    const t0 = last;
    while (last - t0 < durationMs) {
      if (bounceHalfway && direction === 1 && last - t0 >= durationMs / 2) direction = -1;
      const before = el[prop];
      let next = before + direction * stepPx;
      if (next > max || next < 0) {
        direction = -direction;
        next = before + direction * stepPx;
      }
      el[prop] = next;
      travelled += Math.abs(el[prop] - before);
      const now = await frame();
      deltas.push(now - last);
      last = now;
    }
    deltas.sort((a, b) => a - b);
    const at = (p: number) => deltas[Math.min(deltas.length - 1, Math.floor(p * deltas.length))]!;
    const r = (x: number) => Math.round(x * 10) / 10;
    return { frames: deltas.length, p50FrameMs: r(at(0.5)), p95FrameMs: r(at(0.95)), maxFrameMs: r(deltas[deltas.length - 1]!), over50ms: deltas.filter((d) => d > 50).length, travelledPx: Math.round(travelled) };
  }, { axis, stepPx, durationMs, bounceHalfway }), durationMs + 30_000, `scrolling ${axis}`);
}

interface ZoomStats {
  /** Click to the frame after the last DOM change (the new zoom is on screen). */
  ms: number;
  /** Click to the end of React's synchronous render and commit. */
  syncMs: number;
  bars: number;
  elements: number;
}

/** Clicks a zoom radio in the page and waits until the timeline's DOM has been still for two frames. */
async function zoomTo(page: Page, label: string): Promise<ZoomStats> {
  log(`  zoom ${label}`);
  return withTimeout(page.evaluate(async (label) => {
    const region = document.querySelector('[role="region"][aria-label="Release timeline"]')!;
    const radio = [...document.querySelectorAll<HTMLElement>('[role="radiogroup"][aria-label="Zoom"] [role="radio"]')].find((el) => el.textContent?.trim() === label)!;
    let mutated = false;
    const observer = new MutationObserver(() => (mutated = true));
    observer.observe(region, { childList: true, subtree: true, attributes: true, characterData: true });
    const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    radio.click();
    const syncMs = performance.now() - t0;
    let lastChangeFrame = -1;
    const times: number[] = [];
    for (let i = 0; i < 120; i++) {
      times.push(await frame());
      if (mutated) lastChangeFrame = i;
      mutated = false;
      if (i >= 2 && i - lastChangeFrame >= 2) break;
    }
    observer.disconnect();
    const r = (x: number) => Math.round(x * 10) / 10;
    return {
      ms: r(times[Math.min(times.length - 1, lastChangeFrame + 1)]! - t0),
      syncMs: r(syncMs),
      bars: region.querySelectorAll('.tl-bar').length,
      elements: region.querySelectorAll('*').length,
    };
  }, label), 30_000, `zooming to ${label}`);
}

const domCounts = (page: Page) =>
  page.evaluate(() => {
    const region = document.querySelector('[role="region"][aria-label="Release timeline"]')!;
    return {
      bars: region.querySelectorAll('.tl-bar').length,
      rows: region.querySelectorAll('.tl-row').length,
      shades: region.querySelectorAll('.tl-shade').length,
      elements: region.querySelectorAll('*').length,
      documentElements: document.querySelectorAll('*').length,
    };
  });

const measures = (page: Page, name: string) =>
  page.evaluate((name) => performance.getEntriesByName(name, 'measure').map((e) => ({ start: Math.round(e.startTime), ms: Math.round(e.duration * 10) / 10 })), name);

async function readProbe(page: Page): Promise<Omit<BenchProbe, 'arm'>> {
  return page.evaluate(() => {
    const p = (window as unknown as { __bench: BenchProbe }).__bench;
    return { keydownAt: p.keydownAt, readyAt: p.readyAt, paintedAt: p.paintedAt, longTasks: p.longTasks };
  });
}

async function pressUntil(page: Page, key: string, done: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.keyboard.press(key);
    try {
      await done();
      return;
    } catch {
      // the shortcut listener was not attached yet; press again
    }
  }
  throw new Error(`${key} did not switch the section`);
}

// ---- CPU profile (only with --profile) ------------------------------------------------------------

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** Module of each line of the unminified bundle, from esbuild's `// path` comments. */
function moduleLines(): Array<[number, string]> {
  const lines = readFileSync(join(RENDERER_OUT, 'app.js'), 'utf8').split('\n');
  const out: Array<[number, string]> = [];
  lines.forEach((line, i) => {
    const m = /^\s*\/\/ (\S+\.(?:[cm]?[jt]sx?))$/.exec(line);
    if (m) out.push([i, m[1]!.replace(/^.*?node_modules\//, 'node_modules/').replace(/^(\.\.\/)+/, '')]);
  });
  return out;
}

function summariseProfile(profile: CpuProfile, modules: Array<[number, string]>, top = 40) {
  const moduleOf = (line: number) => {
    let lo = 0;
    let hi = modules.length - 1;
    let found = '';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (modules[mid]![0] <= line) {
        found = modules[mid]![1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found.replace(/^node_modules\/([^/]+).*/, 'node_modules/$1');
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const keyOf = (id: number) => {
    const f = byId.get(id)!.callFrame;
    if (!f.url) return f.functionName || '(native)';
    return `${f.functionName || '(anonymous)'} ${moduleOf(f.lineNumber)}:${f.lineNumber + 1}`;
  };
  const selfByKey = new Map<string, number>();
  const totalByKey = new Map<string, number>();
  // Inclusive time, counted once per key on a stack (recursion does not double it).
  const walk = (id: number, onStack: Set<string>): number => {
    const node = byId.get(id)!;
    let total = self.get(id) ?? 0;
    const key = keyOf(id);
    selfByKey.set(key, (selfByKey.get(key) ?? 0) + (self.get(id) ?? 0));
    const fresh = !onStack.has(key);
    if (fresh) onStack.add(key);
    for (const child of node.children ?? []) total += walk(child, onStack);
    if (fresh) {
      onStack.delete(key);
      totalByKey.set(key, (totalByKey.get(key) ?? 0) + total);
    }
    return total;
  };
  const root = profile.nodes[0]!.id;
  const totalMs = walk(root, new Set());
  const sorted = (m: Map<string, number>) => [...m].filter(([k]) => k !== '(root)' && k !== '(program)' && k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, ms]) => ({ fn, ms: round(ms) }));
  return { sampledMs: round(totalMs), idleMs: round(selfByKey.get('(idle)') ?? 0), self: sorted(selfByKey), inclusive: sorted(totalByKey) };
}

async function profiled<T>(cdp: CDPSession | null, modules: Array<[number, string]>, out: Record<string, unknown>, phase: string, work: () => Promise<T>): Promise<T> {
  if (!cdp) return work();
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  out[phase] = summariseProfile(profile as unknown as CpuProfile, modules);
  return result;
}

// ---- main -----------------------------------------------------------------------------------------

/**
 * One drag of a release by about a day at week zoom, as a user makes it: the API calls it causes and
 * the time from the drop to every conflict of the plan marked again (the last conflict pass to end).
 */
async function dragOnce(page: Page): Promise<{ calls: string[]; dropToConflictsMs: number | null }> {
  const bar = page.locator('.tl-bar.status-scheduled, .tl-bar.status-approved, .tl-bar.status-draft').first();
  await bar.scrollIntoViewIfNeeded();
  const box = (await bar.boundingBox())!;
  const calls: string[] = [];
  const onRequest = (request: { url(): string; postDataJSON(): unknown }) => {
    if (request.url().endsWith('/api/call')) calls.push((request.postDataJSON() as { method: string }).method);
  };
  page.on('request', onRequest);
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 64, box.y + box.height / 2, { steps: 6 });
  const droppedAt = await page.evaluate(() => performance.now());
  await page.mouse.up();
  const passEnds = () => page.evaluate((after) => performance.getEntriesByName('plan:conflicts', 'measure').filter((m) => m.startTime >= after).map((m) => m.startTime + m.duration), droppedAt);
  const until = Date.now() + 20_000;
  while ((await passEnds()).length === 0 && Date.now() < until) await page.waitForTimeout(20);
  await page.waitForTimeout(1500); // a second pass, if the page makes one, ends meanwhile
  page.off('request', onRequest);
  const ends = await passEnds();
  return { calls, dropToConflictsMs: ends.length ? round(Math.max(...ends) - droppedAt) : null };
}

async function main(): Promise<void> {
  log(`building the renderer${profiling ? ' (unminified, for --profile)' : ''}…`);
  await buildRenderer(profiling ? { minify: false } : {});

  const nowMs = Date.now();
  log(`generating ${size.releases} releases, ${size.windows} windows, ${size.services} services, ${size.sites} sites…`);
  const { catalog, plan } = generateEnterprise({ ...size, seed, year: new Date(nowMs).getUTCFullYear() });
  foldAroundToday(plan, nowMs);
  const dir = mkdtempSync(join(tmpdir(), 'cockpit-calendar-bench-'));
  const session = openSession(join(dir, 'ws.sqlite'), { seedNew: false });
  const t = performance.now();
  recordedWrite(session.ctx.db, session.ctx, 'Calendar benchmark workspace', (rec) => replaceWorkspace(session.ctx.db, rec, { ...catalog, ...plan, exceptions: [] }), 'import');
  log(`workspace written in ${Math.round(performance.now() - t)} ms`);
  const host = await startHttpHost({ hub: new WorkspaceHub(session), staticDir: RENDERER_OUT });
  // A browser per run: each cold start is really cold, and a later run never inherits an earlier
  // one's windows (a second context in one headless browser has stalled waiting for frames).
  const launch = () =>
    chromium.launch({
      executablePath: process.env.COCKPIT_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
        // Frame timing is the measure: a page Chromium takes for hidden or occluded must not be throttled.
        '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
      ],
    });
  let browser = await launch();
  const modules = profiling ? moduleLines() : [];
  const profiles: Record<string, unknown> = {};
  const perRun: Array<Record<string, unknown>> = [];

  try {
    for (let run = 0; run < runs; run++) {
      const last = run === runs - 1;
      log(`run ${run + 1}/${runs}…`);
      if (run > 0) {
        await browser.close();
        browser = await launch();
      }
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.bringToFront();
      page.on('pageerror', (error) => log(`page error: ${error.message}`));
      // tsx (esbuild, keepNames) wraps named inner functions in __name(); give the page a no-op one.
      await page.addInitScript('globalThis.__name = (fn) => fn;');
      await page.addInitScript(installProbe);
      const cdp = profiling && last ? await context.newCDPSession(page) : null;
      stuckProbe = cdp ?? (await context.newCDPSession(page));
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      }
      const region = page.getByRole('region', { name: 'Release timeline' });
      const waitPainted = () => page.waitForFunction(() => (window as unknown as { __bench: BenchProbe }).__bench.paintedAt !== null, undefined, { timeout: 120_000, polling: 20 });

      // Cold: the app starts on the section in the address (or the one used last), here the calendar;
      // navigation start to the first frame with bars is the cold open.
      await profiled(cdp, modules, profiles, 'cold', async () => {
        await page.goto(`${host.url}#calendar`, { waitUntil: 'commit' });
        await waitPainted();
      });
      const cold = await readProbe(page);
      log('  cold open done');
      // Let the start-up work finish: the conflict pass runs between frames after the first paint.
      await page.locator('.page.calendar .page-lede').filter({ hasNotText: 'checking' }).waitFor({ timeout: 60_000 });
      const summary = (await page.locator('.page.calendar .page-lede').textContent())?.trim() ?? '';
      await page.waitForTimeout(300);
      const loads = await measures(page, 'plan:load');
      const conflictPasses = await measures(page, 'plan:conflicts');
      const nearPasses = await measures(page, 'plan:conflicts-near');

      // Warm: plan and catalog are loaded; Alt+1 then Alt+2 remounts the calendar.
      const reopen: Array<{ readyMs: number; paintedMs: number; longestTaskMs: number }> = [];
      for (let i = 0; i < 3; i++) {
        await pressUntil(page, 'Alt+1', () => region.waitFor({ state: 'detached', timeout: 2000 }));
        await page.waitForTimeout(400);
        await page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench.arm());
        await profiled(i === 0 ? cdp : null, modules, profiles, 'open', async () => {
          await page.keyboard.press('Alt+2');
          await waitPainted();
        });
        const p = await readProbe(page);
        log(`  open ${i + 1} done`);
        reopen.push({
          readyMs: round(p.readyAt! - p.keydownAt!),
          paintedMs: round(p.paintedAt! - p.keydownAt!),
          longestTaskMs: round(Math.max(0, ...p.longTasks.filter((x) => x.start >= p.keydownAt! - 1).map((x) => x.ms))),
        });
      }
      await page.waitForTimeout(300);
      const dom = await domCounts(page);

      const scrollWeek = await profiled(cdp, modules, profiles, 'scrollWeek', async () => ({
        vertical: await scrollFrames(page, 'vertical', 120, 2000, false),
        horizontal: await scrollFrames(page, 'horizontal', 120, 2000, true),
      }));
      // Back to the top and to today for the zoom figures.
      await page.evaluate(() => document.querySelector<HTMLElement>('[role="region"][aria-label="Release timeline"]')!.scrollTo(0, 0));
      await page.getByRole('button', { name: 'Today', exact: true }).click({ timeout: 10_000 });
      await page.waitForTimeout(300);

      const zoom: Record<string, ZoomStats> = {};
      await profiled(cdp, modules, profiles, 'zoom', async () => {
        for (const label of ['Day', 'Week', 'Month', 'Quarter']) {
          zoom[label.toLowerCase()] = await zoomTo(page, label);
          await page.waitForTimeout(200);
        }
      });
      const scrollQuarter = await profiled(cdp, modules, profiles, 'scrollQuarter', async () => ({
        vertical: await scrollFrames(page, 'vertical', 120, 2000, false),
        horizontal: await scrollFrames(page, 'horizontal', 120, 2000, true),
      }));
      await zoomTo(page, 'Week');
      await page.waitForTimeout(300);
      const drag = await dragOnce(page);
      log(`  drag done: ${drag.calls.length} call(s), conflicts marked ${drag.dropToConflictsMs} ms after the drop`);

      perRun.push({
        drag,
        cold: {
          navigationToReadyMs: round(cold.readyAt!),
          navigationToPaintedMs: round(cold.paintedAt!),
          planLoadedAtMs: loads[0] ? loads[0].start + loads[0].ms : null,
          planLoadMs: loads[0]?.ms ?? null,
          conflictPassesMs: conflictPasses.map((c) => c.ms),
          // When the first frame after the last pass could show the marks (the pass ends with a store update).
          navigationToConflictsMs: conflictPasses.length ? round(Math.max(...conflictPasses.map((c) => c.start + c.ms))) : null,
          // The releases within a week of today (what the calendar opens on) are checked first and shown at once.
          navigationToNearConflictsMs: nearPasses.length ? round(nearPasses[0]!.start + nearPasses[0]!.ms) : null,
          longestTaskMs: round(Math.max(0, ...cold.longTasks.map((x) => x.ms))),
          longTasksOver200Ms: cold.longTasks.filter((x) => x.ms > 200).map((x) => ({ at: Math.round(x.start), ms: Math.round(x.ms) })),
        },
        open: reopen,
        summary,
        dom,
        scroll: { week: scrollWeek, quarter: scrollQuarter },
        zoom,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await host.close();
    session.close();
    rmSync(dir, { recursive: true, force: true });
  }

  // ---- summary: medians over runs ----
  type Run = {
    drag: { calls: string[]; dropToConflictsMs: number | null };
    cold: { navigationToReadyMs: number; navigationToPaintedMs: number; planLoadMs: number | null; conflictPassesMs: number[]; navigationToConflictsMs: number | null; navigationToNearConflictsMs: number | null; longestTaskMs: number };
    open: Array<{ readyMs: number; paintedMs: number; longestTaskMs: number }>;
    summary: string;
    dom: Record<string, number>;
    scroll: Record<'week' | 'quarter', Record<'vertical' | 'horizontal', FrameStats>>;
    zoom: Record<string, ZoomStats>;
  };
  const all = perRun as unknown as Run[];
  const med = (pick: (r: Run) => number) => round(median(all.map(pick)));
  const firstOpen = med((r) => r.open[0]!.paintedMs);
  const reopenMs = round(median(all.flatMap((r) => r.open.slice(1).map((o) => o.paintedMs))));
  const coldMs = med((r) => r.cold.navigationToPaintedMs);
  const coldConflictsMs = med((r) => r.cold.navigationToConflictsMs ?? NaN);
  const coldNearConflictsMs = med((r) => r.cold.navigationToNearConflictsMs ?? NaN);
  const coldLongestTaskMs = med((r) => r.cold.longestTaskMs);
  const scrollStat = (zoom: 'week' | 'quarter', axis: 'vertical' | 'horizontal') => ({
    p50FrameMs: med((r) => r.scroll[zoom][axis].p50FrameMs),
    p95FrameMs: med((r) => r.scroll[zoom][axis].p95FrameMs),
    maxFrameMs: med((r) => r.scroll[zoom][axis].maxFrameMs),
    over50ms: med((r) => r.scroll[zoom][axis].over50ms),
    frames: med((r) => r.scroll[zoom][axis].frames),
  });
  const scroll = {
    week: { vertical: scrollStat('week', 'vertical'), horizontal: scrollStat('week', 'horizontal') },
    quarter: { vertical: scrollStat('quarter', 'vertical'), horizontal: scrollStat('quarter', 'horizontal') },
  };
  const zoomMs = Object.fromEntries(['day', 'week', 'month', 'quarter'].map((z) => [z, med((r) => r.zoom[z]!.ms)]));
  const conflictMs = all.flatMap((r) => r.cold.conflictPassesMs);
  const row = (measure: string, value: number, target: number) => ({ measure, value, target: `< ${target} ms`, met: value < target });
  const rows = [
    row('open calendar (Alt+2 to bars painted), first', firstOpen, TARGETS.openMs),
    row('open calendar again (median)', reopenMs, TARGETS.openMs),
    row('navigation to calendar painted (cold, includes loading the plan)', coldMs, TARGETS.openMs),
    row('navigation to conflicts marked within a week of today (cold)', coldNearConflictsMs, TARGETS.openMs),
    row('navigation to every conflict marked (cold)', coldConflictsMs, TARGETS.openMs),
    row('longest main-thread task while opening (cold)', coldLongestTaskMs, TARGETS.longTaskMs),
    row('scroll p95 frame, week zoom, vertical', scroll.week.vertical.p95FrameMs, TARGETS.scrollP95FrameMs),
    row('scroll p95 frame, week zoom, horizontal', scroll.week.horizontal.p95FrameMs, TARGETS.scrollP95FrameMs),
    row('scroll p95 frame, quarter zoom, vertical', scroll.quarter.vertical.p95FrameMs, TARGETS.scrollP95FrameMs),
    row('scroll p95 frame, quarter zoom, horizontal', scroll.quarter.horizontal.p95FrameMs, TARGETS.scrollP95FrameMs),
  ];
  const freezes = plan.windows.filter((w) => w.type === 'freeze').length;
  const result = {
    data: {
      ...size,
      freezeWindows: freezes,
      maintenanceWindows: plan.windows.length - freezes,
      plannedStarts: `${new Date(nowMs - (WEEKS_BACK + 1) * WEEK_MS).toISOString().slice(0, 10)} .. ${new Date(nowMs + (SPAN_WEEKS - WEEKS_BACK) * WEEK_MS).toISOString().slice(0, 10)} (folded around today)`,
      seed,
      runs,
      calendarSays: all[0]?.summary ?? '',
    },
    openMs: { first: firstOpen, again: reopenMs, coldNavigationToPainted: coldMs, coldNavigationToNearConflicts: coldNearConflictsMs, coldNavigationToConflicts: coldConflictsMs, coldLongestTask: coldLongestTaskMs, coldPlanLoad: med((r) => r.cold.planLoadMs ?? NaN) },
    conflictComputeMs: { median: round(median(conflictMs)), passes: conflictMs },
    drag: { dropToEveryConflictMarkedMs: med((r) => r.drag.dropToConflictsMs ?? NaN), callsPerDrag: med((r) => r.drag.calls.length), calls: all[0]?.drag.calls ?? [] },
    scroll,
    zoomMs,
    dom: all[all.length - 1]?.dom,
    zoomDom: Object.fromEntries(Object.entries(all[all.length - 1]?.zoom ?? {}).map(([z, s]) => [z, { bars: s.bars, elements: s.elements }])),
    targets: TARGETS,
    rows,
    pass: rows.every((r) => r.met),
    perRun,
    ...(profiling ? { profile: profiles } : {}),
  };
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
