import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBlastRadius, runConflicts } from '../../electron/cli/engine-commands';
import { runGate } from '../../electron/cli/gate-command';
import { runSchedule } from '../../electron/cli/schedule-command';
import type { Io, Values } from '../../electron/cli/cli-io';
import { historyState, undo } from '../../electron/store/journal';
import { runWrite } from '../../electron/store/write-tx';
import { loadPlanningInput, type PlanningInput } from '../../electron/store/load-planning-input';
import { openWorkspace } from '../../electron/store/open-workspace';
import { seedDemo } from '../../electron/store/seed-demo';
import { expandCalendar, windowAppliesTo } from '../../shared/engine/calendar';
import { plannedInterval, type Conflict } from '../../shared/engine/conflicts';
import type { Input, Method, Output } from '../../shared/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import type { Service } from '../../shared/model/catalog';

const NOW = '2030-09-01T12:00:00Z';
const HOUR = 3_600_000;
let dir: string;
let workspace: string;
let demo: PlanningInput;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cockpit-cli-'));
  workspace = join(dir, 'demo.sqlite');
  const db = openWorkspace(workspace);
  seedDemo(db, { actor: 'test' }, new Date(NOW));
  demo = loadPlanningInput(db);
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(command: (values: Values, positionals: string[], io: Io) => Promise<number>, values: Values, positionals: string[] = []) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await command({ workspace, ...values }, positionals, { out: (l) => stdout.push(l), err: (l) => stderr.push(l) });
  return { code, stdout, stderr, json: () => JSON.parse(stdout.join('\n')) as unknown };
}

const serviceNamed = (name: string) => demo.catalog.services.find((s) => s.name === name)!;
const iso = (ms: number) => new Date(ms).toISOString();

/** Hours t (from `from`, stepping 1 h) for which pred holds. */
function findHour(from: number, hours: number, pred: (t: number) => boolean): number {
  for (let t = from; t < from + hours * HOUR; t += HOUR) if (pred(t)) return t;
  throw new Error('no such hour');
}

/** No freeze of the given severity overlaps [t, t+1h) for the service, read in any zone the demo uses. */
function freeOf(service: Service, severity: 'hard' | 'soft' | 'any', t: number): boolean {
  const calendar = expandCalendar(demo.plan);
  const zones = [...new Set([...demo.catalog.sites.map((s) => s.timeZone), 'UTC'])];
  return demo.plan.windows
    .filter((w) => w.type === 'freeze' && (severity === 'any' || w.severity === severity))
    .every((w) => zones.every((zone) => calendar.occurrencesBetween(w.id, calendar.zoneFor(w, zone), t, t + HOUR).length === 0 || !demo.catalog.sites.some((site) => windowAppliesTo(w, service, site))));
}

function noReleaseOn(service: Service, t: number): boolean {
  return demo.plan.releases.every((r) => {
    const interval = plannedInterval(r);
    return !r.services.some((s) => s.serviceId === service.id) || !interval || interval.endMs <= t || interval.startMs >= t + HOUR;
  });
}

describe('blast-radius', () => {
  it('prints the documented JSON shape', async () => {
    const result = await run(runBlastRadius, { json: true }, ['sap s/4hana cloud (erp)']);
    expect(result.code).toBe(0);
    const json = result.json() as { service: string; impacted: { service: string; hops: number; strength: string }[]; sites: string[]; processes: string[]; score: number };
    expect(json.service).toBe('SAP S/4HANA Cloud (ERP)');
    expect(json.impacted.length).toBeGreaterThan(3);
    for (const item of json.impacted) {
      expect(Object.keys(item).sort()).toEqual(['hops', 'service', 'strength']);
      expect(['hard', 'soft']).toContain(item.strength);
      expect(item.hops).toBeGreaterThanOrEqual(1);
    }
    expect(json.sites.length).toBeGreaterThan(0);
    expect(json.processes.length).toBeGreaterThan(0);
    expect(json.score).toBeGreaterThan(0);
    const shallow = (await run(runBlastRadius, { json: true, depth: '1' }, ['SAP S/4HANA Cloud (ERP)'])).json() as { impacted: { hops: number }[] };
    expect(shallow.impacted.every((i) => i.hops === 1)).toBe(true);
  });

  it('exits 1 on an unknown service and lists close matches', async () => {
    const result = await run(runBlastRadius, {}, ['wms']);
    expect(result.code).toBe(1);
    expect(result.stderr.join('\n')).toMatch(/No service named "wms". Close matches: .*Manhattan WMS/);
  });
});

describe('conflicts', () => {
  it('lists every conflict with type, severity, release titles, message and evidence', async () => {
    const result = await run(runConflicts, { json: true });
    expect(result.code).toBe(0);
    const list = result.json() as { type: string; severity: string; releases: string[]; message: string; evidence: { kind: string } }[];
    expect(list.length).toBeGreaterThan(0);
    for (const c of list) {
      expect(c.evidence.kind).toBe(c.type);
      expect(c.releases.length).toBeGreaterThan(0);
      expect(['blocking', 'warning']).toContain(c.severity);
    }
    expect((await run(runConflicts, {})).stdout[0]).toMatch(/^\d+ conflict\(s\): \d+ blocking/);
  });
});

describe('gate', () => {
  const wms = () => serviceNamed('Manhattan WMS – Central');

  it('exits 3 inside the peak-season hard freeze, naming the window in local time', async () => {
    const peak = demo.plan.windows.find((w) => w.name === 'Peak-season freeze')!;
    const site = demo.catalog.sites.find((s) => s.id === wms().siteIds[0])!;
    const calendar = expandCalendar(demo.plan);
    const [occurrence] = calendar.occurrencesBetween(peak.id, calendar.zoneFor(peak, site.timeZone), Date.parse(NOW), Date.parse(NOW) + 400 * 24 * HOUR);
    const at = iso((occurrence!.startMs + occurrence!.endMs) / 2);
    const result = await run(runGate, { service: wms().name, site: site.name, at });
    expect(result.code).toBe(3);
    expect(result.stdout[0]).toMatch(/^blocked/);
    expect(result.stdout.join('\n')).toMatch(new RegExp(`Hard freeze "Peak-season freeze".*00:00 ${site.timeZone}`));
  });

  it('exits 0 outside every freeze when nothing else changes the service', async () => {
    const t = findHour(Date.parse('2030-10-01T15:00:00Z'), 24 * 40, (t) => freeOf(wms(), 'any', t) && noReleaseOn(wms(), t));
    const result = await run(runGate, { service: wms().name, at: iso(t), json: true });
    expect(result.json()).toMatchObject({ verdict: 'allowed', exitCode: 0 });
    expect(result.code).toBe(0);
  });

  it('exits 4 inside a soft freeze only', async () => {
    const erp = serviceNamed('SAP S/4HANA Cloud (ERP)');
    const close = demo.plan.windows.find((w) => w.name === 'Month-end close (ERP)')!;
    const calendar = expandCalendar(demo.plan);
    const from = Date.parse(NOW);
    const inClose = (t: number) => calendar.occurrencesBetween(close.id, close.timeZone, t, t + HOUR).length > 0;
    const t = findHour(from, 24 * 200, (t) => inClose(t) && freeOf(erp, 'hard', t) && noReleaseOn(erp, t));
    const result = await run(runGate, { service: 'sap s/4hana cloud (erp)', at: iso(t) });
    expect(result.code).toBe(4);
    expect(result.stdout.join('\n')).toMatch(/\[soft\] Soft freeze "Month-end close \(ERP\)".*America\/Chicago/);
  });

  it('exits 3 when another release is changing the service then', async () => {
    const release = demo.plan.releases.find((r) => r.status === 'scheduled' && r.plannedStart && r.services.length > 0)!;
    const service = demo.catalog.services.find((s) => s.id === release.services[0]!.serviceId)!;
    const result = await run(runGate, { service: service.name, at: release.plannedStart!, json: true });
    expect(result.code).toBe(3);
    expect(JSON.stringify(result.json())).toContain(`being changed by \\"${release.title}\\"`);
  });

  it('exits 3 for a draft release of any change type, saying to submit it first; a submitted emergency change passes with a warning', async () => {
    // A workspace of its own, so the demo the other tests read keeps its releases.
    const own = join(dir, 'drafts.sqlite');
    const db = openWorkspace(own);
    const ctx = { db, actor: 'Rita', workspacePath: own, appVersion: 'test' };
    const call = async <M extends Method>(method: M, input: Input<M>) => {
      const result = await dispatch(handlers, ctx, method, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as Output<M>;
    };
    const ids: Record<string, number> = {};
    try {
      const site = await call('site.create', { name: 'Leeds DC', kind: 'dc', region: 'UK', timeZone: 'Europe/London' });
      const wms = await call('service.create', { name: 'WMS', kind: 'wms', tier: 1, ownerTeam: 'Warehouse systems', hosting: 'cloud', siteIds: [site.id] });
      for (const type of ['standard', 'normal', 'emergency'] as const) {
        const release = await call('release.create', {
          title: `WMS ${type}`, type, status: 'draft', plannedStart: '2031-03-04T22:00:00Z', durationMinutes: 60, strategy: 'big-bang',
          requester: 'Rita', services: [{ serviceId: wms.id, how: 'code' }], rollback: { steps: ['Redeploy'], expectedMinutes: 10, tested: true },
        });
        ids[type] = release.id;
      }
      ids.submitted = (await call('release.create', {
        title: 'WMS hotfix', type: 'emergency', status: 'submitted', plannedStart: '2031-03-06T22:00:00Z', durationMinutes: 60, strategy: 'big-bang',
        requester: 'Rita', services: [{ serviceId: wms.id, how: 'code' }], rollback: { steps: ['Redeploy'], expectedMinutes: 10, tested: true },
      })).id;
    } finally {
      db.close();
    }
    for (const type of ['standard', 'normal', 'emergency']) {
      const result = await run(runGate, { workspace: own, release: String(ids[type]) });
      expect(result.code).toBe(3);
      expect(result.stdout[0]).toMatch(/^blocked/);
      expect(result.stdout.join('\n')).toMatch(new RegExp(`\\[blocking\\] "WMS ${type}" \\(#${ids[type]}\\) is a draft, not a change request yet: submit it first`));
    }
    const hotfix = await run(runGate, { workspace: own, release: 'WMS hotfix' });
    expect(hotfix.code).toBe(0);
    expect(hotfix.stdout.join('\n')).toMatch(/\[warning\] Emergency change "WMS hotfix" .* may go ahead now, but it still needs/);
  });

  it('exits 1 on an unknown service or site, 2 on a malformed time', async () => {
    expect((await run(runGate, { service: 'No such thing' })).code).toBe(1);
    expect((await run(runGate, { service: wms().name, site: 'DC Atlantis' })).code).toBe(1);
    expect((await run(runGate, { service: wms().name, at: 'tomorrow' })).code).toBe(2);
  });
});

describe('schedule', () => {
  it('proposes, applies as one audited undo step, and undo restores the planned starts', async () => {
    const before = new Map(demo.plan.releases.map((r) => [r.id, r.plannedStart]));
    const dry = await run(runSchedule, { json: true, now: NOW, 'time-limit-ms': '300', seed: '2' });
    expect(dry.code).toBe(0);
    const proposal = dry.json() as { moves: { releaseId: number; to: string; from: string | null }[]; infeasible: { reasons: string[] }[]; applied: number };
    expect(proposal.applied).toBe(0);
    expect(proposal.moves.length).toBeGreaterThan(0);
    for (const item of proposal.infeasible) expect(item.reasons.length).toBeGreaterThan(0);

    const applied = (await run(runSchedule, { json: true, now: NOW, 'time-limit-ms': '300', seed: '2', apply: true })).json() as typeof proposal;
    expect(applied.applied).toBe(applied.moves.length);
    const db = openWorkspace(workspace);
    try {
      const after = loadPlanningInput(db).plan.releases;
      for (const move of applied.moves) expect(after.find((r) => r.id === move.releaseId)!.plannedStart).toBe(move.to);
      // A moved release that was approved goes back to submitted: its approvers approved another time.
      const movedIds = new Set(applied.moves.map((m) => m.releaseId));
      for (const r of after) {
        const was = demo.plan.releases.find((d) => d.id === r.id)!.status;
        const reapproval = movedIds.has(r.id) && (was === 'approved' || was === 'scheduled') && demo.plan.releases.find((d) => d.id === r.id)!.approvers.length > 0;
        expect(r.status).toBe(reapproval ? 'submitted' : was);
      }
      expect(historyState(db).undoLabel).toMatch(/^Apply auto-schedule/);
      expect(db.prepare("SELECT count(*) FROM journal_changes WHERE entity = 'release' AND journal_id = (SELECT max(id) FROM journal)").pluck().get()).toBe(applied.moves.length);
      runWrite(db, { actor: 'test' }, 'logged', (tx) => undo(db, tx));
      const restored = loadPlanningInput(db).plan.releases;
      expect(new Map(restored.map((r) => [r.id, r.plannedStart]))).toEqual(before);
    } finally {
      db.close();
    }
  });
});

describe('gate and the calendar agree', () => {
  it('a release inside a soft freeze needs an exception until one is approved, then passes, exactly as its conflicts say', async () => {
    const erp = serviceNamed('SAP S/4HANA Cloud (ERP)');
    const close = demo.plan.windows.find((w) => w.name === 'Month-end close (ERP)')!;
    const calendar = expandCalendar(demo.plan);
    const t = findHour(Date.parse(NOW) + 24 * HOUR, 24 * 200, (t) => calendar.occurrencesBetween(close.id, close.timeZone, t, t + HOUR).length > 0 && freeOf(erp, 'hard', t) && noReleaseOn(erp, t));
    const db = openWorkspace(workspace);
    const ctx = { db, actor: 'ana', workspacePath: workspace, appVersion: 'test' };
    const call = async <M extends Method>(method: M, input: Input<M>, actor = ctx.actor) => {
      const result = await dispatch(handlers, { ...ctx, actor }, method, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as Output<M>;
    };
    try {
      const release = await call('release.create', {
        title: 'ERP pricing hotfix', type: 'normal', status: 'submitted', plannedStart: iso(t), durationMinutes: 60, strategy: 'big-bang',
        services: [{ serviceId: erp.id, how: 'config' }], rollback: { steps: ['Revert'], expectedMinutes: 10, tested: true },
      }, 'Samantha Okafor');
      // The ERP is tier 1: two approvers besides the requester, one of them from operations (the demo's profiles).
      await call('release.approve', { id: release.id }, 'Marcus Delgado');
      expect(await call('release.approve', { id: release.id }, 'Priya Raman')).toMatchObject({ status: 'approved' });
      const softOf = (conflicts: Conflict[]) => conflicts.filter((c) => c.type === 'soft-freeze-no-exception' && c.releaseIds.includes(release.id));
      expect(softOf(await call('plan.conflicts', {}))).toHaveLength(1);
      const blocked = await run(runGate, { release: String(release.id), json: true });
      expect(blocked.code).toBe(4);
      const answer = blocked.json() as { verdict: string; reasons: { severity: string; type: string }[] };
      expect(answer.verdict).toBe('needs-exception');
      expect(answer.reasons.filter((r) => r.severity !== 'note')).toEqual([expect.objectContaining({ severity: 'soft', type: 'soft-freeze-no-exception' })]);

      await call('exception.request', { windowId: close.id, releaseId: release.id, reason: 'Price list error costs orders', requester: 'Samantha Okafor', approver: 'Marcus Delgado' });
      expect(softOf(await call('plan.conflicts', {}))).toHaveLength(0);
      const allowed = await run(runGate, { release: 'ERP pricing hotfix', json: true });
      expect(allowed.json()).toMatchObject({ verdict: 'allowed', exitCode: 0 });
      expect(allowed.code).toBe(0);
      // Another change to the ERP then has no exception of its own, and clashes with the approved release.
      const other = await run(runGate, { service: erp.name, at: iso(t) });
      expect(other.code).toBe(3);
      expect(other.stdout.join('\n')).toMatch(/\[soft\] Soft freeze "Month-end close \(ERP\)"/);
      expect(other.stdout.join('\n')).toContain('being changed by "ERP pricing hotfix"');
    } finally {
      db.close();
    }
  });
});
