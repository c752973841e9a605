import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../shared/engine/conflicts';
import { buildScheduleProblem, proposeSchedule } from '../../shared/engine/schedule';
import type { Catalog, Service } from '../../shared/model/catalog';
import type { Plan, PlanWindow, Release } from '../../shared/model/plan';

function service(id: number, extra: Partial<Service>): Service {
  return { id, name: `S${id}`, kind: 'integration', tier: 3, ownerTeam: '', hosting: 'cloud', siteIds: [], processIds: [], rtoMinutes: null, rpoMinutes: null, description: '', ...extra };
}

const catalog: Catalog = {
  sites: [
    { id: 1, name: 'Leeds', region: 'EMEA', timeZone: 'Europe/London', kind: 'dc' },
    { id: 2, name: 'Dallas', region: 'North America', timeZone: 'America/Chicago', kind: 'dc' },
  ],
  processes: [],
  services: [
    service(10, { name: 'ERP', kind: 'erp', tier: 1, ownerTeam: 'Finance IT' }),
    service(11, { name: 'ERP integration', kind: 'integration', tier: 2, siteIds: [1, 2], ownerTeam: 'Integration' }),
    service(12, { name: 'WMS', kind: 'wms', tier: 1, siteIds: [1], ownerTeam: 'Warehouse IT' }),
    service(13, { name: 'Portal', kind: 'portal', tier: 3, siteIds: [2], ownerTeam: 'Web' }),
  ],
  dependencies: [],
};

function release(id: number, start: string | null, extra: Partial<Release> = {}): Release {
  return {
    id, title: `Release ${id}`, type: 'normal', status: 'approved', train: '', plannedStart: start, durationMinutes: 90, strategy: 'canary',
    requester: 'ana', approvers: ['ben'], services: [{ serviceId: 11, how: 'code' }], waves: [],
    rollback: { steps: ['redeploy'], expectedMinutes: 15, tested: true }, dependsOn: [], outcome: null, ...extra,
  };
}

const scope = { all: false, regions: [], siteIds: [], serviceIds: [], tiers: [], kinds: [] };
function planWindow(id: number, extra: Partial<PlanWindow>): PlanWindow {
  return { id, name: `Window ${id}`, type: 'freeze', severity: 'hard', startLocal: '2030-03-05T00:00', endLocal: '2030-03-07T00:00', timeZone: 'site', recurrence: null, scope: { ...scope, all: true }, reason: '', ...extra };
}

const now = Date.parse('2030-03-04T09:00:00Z'); // a Monday
const plan: Plan = {
  windows: [
    planWindow(1, { name: 'Stocktake' }),
    planWindow(2, { name: 'Portal campaign', severity: 'soft', startLocal: '2030-03-07T00:00', endLocal: '2030-03-09T00:00', scope: { ...scope, kinds: ['portal'] } }),
    planWindow(3, { name: 'Sunday WMS', type: 'maintenance', severity: 'soft', startLocal: '2030-03-10T02:00', endLocal: '2030-03-10T06:00', recurrence: 'FREQ=WEEKLY;BYDAY=SU', scope: { ...scope, kinds: ['wms'] } }),
  ],
  releases: [
    // A chain: 2 after 1 finishes, 3 starts no earlier than 2, 4 after 3 finishes. Listed out of order.
    release(4, '2030-03-04T12:00:00Z', { dependsOn: [{ releaseId: 3, kind: 'finish-before' }] }),
    release(3, null, { services: [{ serviceId: 10, how: 'config' }], dependsOn: [{ releaseId: 2, kind: 'start-after' }] }),
    release(2, '2030-03-05T10:00:00Z', { dependsOn: [{ releaseId: 1, kind: 'finish-before' }] }),
    release(1, '2030-03-06T10:00:00Z', { services: [{ serviceId: 11, how: 'schema' }] }),
    // In progress on the WMS: a pin that holds its slot.
    release(5, '2030-03-04T10:00:00Z', { status: 'in-progress', services: [{ serviceId: 12, how: 'code' }] }),
    release(6, '2030-03-04T10:00:00Z', { services: [{ serviceId: 12, how: 'infra' }], durationMinutes: 120 }),
    // Portal changes: the soft freeze blocks 7; 8 holds an approved exception.
    release(7, '2030-03-07T15:00:00Z', { services: [{ serviceId: 13, how: 'code' }] }),
    release(8, '2030-03-07T15:00:00Z', { services: [{ serviceId: 13, how: 'config' }], durationMinutes: 30 }),
    release(9, '2030-03-01T10:00:00Z', { status: 'done', services: [{ serviceId: 13, how: 'code' }] }),
  ],
};
const exceptions = [{ windowId: 2, releaseId: 8, reason: 'Campaign landing page fix', requester: 'ana', approver: 'ben' }];

function applied(moves: { releaseId: number; to: string }[]): Plan {
  const to = new Map(moves.map((m) => [m.releaseId, m.to]));
  return { ...plan, releases: plan.releases.map((r) => (to.has(r.id) ? { ...r, plannedStart: to.get(r.id)! } : r)) };
}

describe('buildScheduleProblem', () => {
  const { problem, releases, selected } = buildScheduleProblem({ catalog, plan, exceptions }, { now });
  const at = (id: number) => releases.findIndex((r) => r.id === id);

  it('maps "R depends on D" to D → R with the same kind', () => {
    expect(problem.precedences).toEqual(expect.arrayContaining([
      { kind: 'finish-before', from: at(3), to: at(4) },
      { kind: 'start-after', from: at(2), to: at(3) },
      { kind: 'finish-before', from: at(1), to: at(2) },
    ]));
  });

  it('pins in-progress releases, skips finished ones and blocks freezes per site zone', () => {
    expect(releases.map((r) => r.id)).not.toContain(9);
    expect(problem.releases[at(5)]!.pinnedSlot).toBe(10);
    expect(selected).not.toContain(at(5));
    // Hard freeze 00:00-00:00 local: London is UTC in March, Dallas UTC-6 → one merged block 24..54+.
    const blocked = problem.releases[at(1)]!.blocked;
    expect(blocked[0]).toMatchObject({ start: 24, end: 78, label: "hard freeze 'Stocktake'" });
    // Dallas: the hard freeze ends at 06:00Z on the 7th, where the soft one begins: one block, both named.
    expect(problem.releases[at(7)]!.blocked).toEqual([{ start: 30, end: 30 + 96, label: "hard freeze 'Stocktake' and soft freeze 'Portal campaign' (no exception)" }]);
    expect(problem.releases[at(8)]!.blocked).toEqual([{ start: 30, end: 78, label: "hard freeze 'Stocktake'" }]);
    expect(problem.releases[at(6)]!.within?.[0]).toEqual({ start: 6 * 24 + 2, end: 6 * 24 + 6 });
    expect(problem.releases[at(6)]!.teams).toEqual(problem.releases[at(5)]!.teams);
  });
});

describe('proposeSchedule', () => {
  const proposal = proposeSchedule({ catalog, plan, exceptions, options: { now, maxSchedules: 200, timeLimitMs: 5_000, seed: 3 } });
  const next = applied(proposal.moves);
  const startOf = (id: number) => Date.parse(next.releases.find((r) => r.id === id)!.plannedStart!);
  const endOf = (id: number) => startOf(id) + next.releases.find((r) => r.id === id)!.durationMinutes * 60_000;

  it('places every selected release, after now and outside the hard freeze', () => {
    expect(proposal.infeasible).toEqual([]);
    for (const id of [1, 2, 3, 4, 6, 7, 8]) {
      expect(startOf(id)).toBeGreaterThanOrEqual(now);
      // Stocktake covers 2030-03-05 00:00 London .. 2030-03-07 00:00 Dallas (06:00Z).
      expect(endOf(id) <= Date.parse('2030-03-05T00:00:00Z') || startOf(id) >= Date.parse('2030-03-07T06:00:00Z')).toBe(true);
    }
    expect(proposal.moves.find((m) => m.releaseId === 2)!.reason).toMatch(/Stocktake/);
    expect(proposal.moves.every((m) => m.to.endsWith('Z'))).toBe(true);
  });

  it('respects the precedence chain', () => {
    expect(endOf(1)).toBeLessThanOrEqual(startOf(2));
    expect(startOf(3)).toBeGreaterThanOrEqual(startOf(2));
    expect(endOf(3)).toBeLessThanOrEqual(startOf(4));
  });

  it('passes detectConflicts with no freeze, order, window or same-service conflicts', () => {
    const conflicts = detectConflicts({ catalog, plan: next, exceptions });
    // The in-progress release (#5) is a fact: it keeps its time whatever the windows say.
    const bad = conflicts.filter((c) => !c.releaseIds.includes(5) && ['hard-freeze', 'soft-freeze-no-exception', 'release-order-violation', 'outside-maintenance-window', 'same-service-overlap', 'site-capacity-exceeded'].includes(c.type));
    expect(bad.map((c) => c.message)).toEqual([]);
  });

  it('reports a release whose dependency is planned beyond the horizon', () => {
    const far = { ...plan, releases: [...plan.releases, release(20, '2031-06-01T10:00:00Z', { status: 'in-progress' }), release(21, null, { dependsOn: [{ releaseId: 20, kind: 'finish-before' }] })] };
    const result = proposeSchedule({ catalog, plan: far, exceptions, options: { now, maxSchedules: 50 } });
    expect(result.infeasible).toEqual([expect.objectContaining({ releaseId: 21, earliest: null, reasons: [expect.stringMatching(/after the scheduling horizon/)] })]);
  });
});
