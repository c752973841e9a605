import { describe, expect, it } from 'vitest';
import type { FreezeException } from '../../shared/engine/calendar';
import { detectConflicts, releaseSiteIds, type Conflict, type ConflictInput } from '../../shared/engine/conflicts';
import { buildCatalogLookup } from '../../shared/engine/graph';
import type { Plan, Release } from '../../shared/model/plan';
import { catalog, planWindow, release } from './plan-fixtures';

function conflictsOf(plan: Plan, extra: Partial<ConflictInput> = {}): Conflict[] {
  return detectConflicts({ catalog, plan, ...extra });
}

function ofType(conflicts: Conflict[], type: Conflict['type']): Conflict[] {
  return conflicts.filter((c) => c.type === type);
}

describe('conflict examples', () => {
  it('same-service-overlap names the service and the overlap', () => {
    const conflicts = conflictsOf({
      windows: [],
      releases: [release(1, '2025-03-01T10:00:00Z', { services: [{ serviceId: 12, how: 'code' }] }), release(2, '2025-03-01T10:30:00Z', { services: [{ serviceId: 12, how: 'config' }] })],
    });
    const [conflict] = ofType(conflicts, 'same-service-overlap');
    expect(conflict).toMatchObject({
      id: 'same-service-overlap:1,2:service=12',
      severity: 'blocking',
      releaseIds: [1, 2],
      evidence: { kind: 'same-service-overlap', serviceId: 12, overlap: { startMs: Date.parse('2025-03-01T10:30:00Z'), endMs: Date.parse('2025-03-01T11:00:00Z') } },
    });
    expect(conflict!.message).toContain('WMS');
  });

  it('related-service-overlap names the dependency edge and who changes which end', () => {
    const conflicts = conflictsOf({
      windows: [],
      releases: [release(1, '2025-03-01T10:00:00Z', { services: [{ serviceId: 12, how: 'code' }] }), release(3, '2025-03-01T10:59:00Z', { services: [{ serviceId: 11, how: 'code' }] })],
    });
    expect(ofType(conflicts, 'related-service-overlap').map((c) => c.evidence)).toEqual([
      {
        kind: 'related-service-overlap',
        dependencyId: 2,
        fromServiceId: 12,
        toServiceId: 11,
        strength: 'hard',
        fromReleaseId: 1,
        toReleaseId: 3,
        overlap: { startMs: Date.parse('2025-03-01T10:59:00Z'), endMs: Date.parse('2025-03-01T11:00:00Z') },
      },
    ]);
    // Back to back is fine: intervals are half-open.
    const apart = conflictsOf({ windows: [], releases: [release(1, '2025-03-01T10:00:00Z', { services: [{ serviceId: 12, how: 'code' }] }), release(3, '2025-03-01T11:00:00Z', { services: [{ serviceId: 11, how: 'code' }] })] });
    expect(apart).toEqual([]);
  });

  it('hard-freeze reports the window, the occurrence and the services and sites caught', () => {
    const freeze = planWindow(7, { name: 'EMEA stocktake', scope: { ...planWindow(0, {}).scope, regions: ['EMEA'] }, timeZone: 'site' });
    const conflicts = conflictsOf({ windows: [freeze], releases: [release(1, '2025-03-01T10:00:00Z', { services: [{ serviceId: 11, how: 'code' }] })] });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      id: 'hard-freeze:1:window=7',
      evidence: {
        kind: 'hard-freeze',
        windowId: 7,
        windowName: 'EMEA stocktake',
        serviceIds: [11],
        siteIds: [1],
        occurrences: [{ windowId: 7, zone: 'Europe/London', start: '2025-03-01T00:00Z', end: '2025-03-02T00:00Z' }],
      },
    });
  });

  it('soft-freeze-no-exception unless an exception is approved by someone else', () => {
    const freeze = planWindow(8, { severity: 'soft', scope: { ...planWindow(0, {}).scope, tiers: [2] } });
    const plan = { windows: [freeze], releases: [release(1, '2025-03-01T10:00:00Z', { services: [{ serviceId: 12, how: 'code' }] })] };
    expect(ofType(conflictsOf(plan), 'soft-freeze-no-exception')).toHaveLength(1);
    const selfApproved: FreezeException = { windowId: 8, releaseId: 1, reason: 'urgent', requester: 'ana', approver: 'Ana' };
    const [rejected] = conflictsOf(plan, { exceptions: [selfApproved] });
    expect(rejected!.evidence).toMatchObject({ kind: 'soft-freeze-no-exception', rejectedExceptions: ['The approver is the requester'] });
    expect(conflictsOf(plan, { exceptions: [{ ...selfApproved, approver: 'ben' }] })).toEqual([]);
    // Hard freezes take no exceptions.
    expect(ofType(conflictsOf({ ...plan, windows: [{ ...freeze, severity: 'hard' }] }, { exceptions: [{ ...selfApproved, approver: 'ben' }] }), 'hard-freeze')).toHaveLength(1);
  });

  it("outside-maintenance-window checks every site in the site's own zone", () => {
    // Every Sunday 02:00–06:00 at each site: Leeds (UTC+0 in March) and Dallas (UTC-6 before 9 March).
    const maintenance = planWindow(9, {
      type: 'maintenance',
      startLocal: '2025-01-05T02:00',
      endLocal: '2025-01-05T06:00',
      timeZone: 'site',
      recurrence: 'FREQ=WEEKLY;BYDAY=SU',
      scope: { ...planWindow(0, {}).scope, serviceIds: [11] },
    });
    const insideLeeds = release(1, '2025-03-02T03:00:00Z', { services: [{ serviceId: 11, how: 'code' }] });
    const [conflict] = conflictsOf({ windows: [maintenance], releases: [insideLeeds] });
    expect(conflict).toMatchObject({
      id: 'outside-maintenance-window:1:service=11',
      severity: 'warning',
      evidence: {
        kind: 'outside-maintenance-window',
        serviceId: 11,
        sites: [{ siteId: 2, zone: 'America/Chicago', windowIds: [9] }],
        nearest: { windowId: 9, zone: 'America/Chicago', start: '2025-03-02T08:00Z', end: '2025-03-02T12:00Z' },
      },
    });
    // Waves pin the release to Leeds only: then it is inside.
    const leedsOnly = { ...insideLeeds, waves: [{ name: 'Pilot', siteIds: [1], soakMinutes: 0 }] };
    expect(conflictsOf({ windows: [maintenance], releases: [leedsOnly] })).toEqual([]);
    // A service with no maintenance window is not constrained.
    expect(conflictsOf({ windows: [maintenance], releases: [{ ...insideLeeds, services: [{ serviceId: 12, how: 'code' }] }] })).toEqual([]);
  });

  it('site-capacity-exceeded names the site, the peak and every release in the overloaded stretch', () => {
    const at = (id: number, start: string) => release(id, start, { services: [{ serviceId: 13, how: 'code' }], durationMinutes: 120 });
    const releases = [at(1, '2025-03-01T10:00:00Z'), at(2, '2025-03-01T11:00:00Z'), at(3, '2025-03-01T11:30:00Z'), at(4, '2025-03-01T13:00:00Z'), at(5, '2025-03-01T20:00:00Z')];
    const conflicts = ofType(conflictsOf({ windows: [], releases }, { siteCapacity: { 3: 2 }, defaultSiteCapacity: 9 }), 'site-capacity-exceeded');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      releaseIds: [1, 2, 3],
      evidence: {
        kind: 'site-capacity-exceeded',
        siteId: 3,
        capacity: 2,
        peak: 3,
        peakInterval: { startMs: Date.parse('2025-03-01T11:30:00Z'), endMs: Date.parse('2025-03-01T12:00:00Z') },
        overloaded: { startMs: Date.parse('2025-03-01T11:30:00Z'), endMs: Date.parse('2025-03-01T12:00:00Z') },
      },
    });
    expect(ofType(conflictsOf({ windows: [], releases }), 'site-capacity-exceeded')).toEqual([]);
  });

  it('release-order-violation for each dependency kind and for dependencies that cannot ship', () => {
    const base = release(1, '2025-03-01T10:00:00Z');
    const dep = (releaseId: number, kind: 'finish-before' | 'start-after' | 'same-window') => ({ ...base, dependsOn: [{ releaseId, kind }] });
    const other = (id: number, start: string | null, extra: Partial<Release> = {}) => release(id, start as string, { services: [{ serviceId: 12, how: 'schema' }], ...extra });
    const reasons = (releases: Release[]) => ofType(conflictsOf({ windows: [], releases }), 'release-order-violation').map((c) => c.evidence.kind === 'release-order-violation' && c.evidence.reason);
    expect(reasons([dep(2, 'finish-before'), other(2, '2025-03-01T09:30:00Z')])).toEqual(['order']);
    expect(reasons([dep(2, 'finish-before'), other(2, '2025-03-01T09:00:00Z')])).toEqual([]);
    expect(reasons([dep(2, 'start-after'), other(2, '2025-03-01T10:30:00Z')])).toEqual(['order']);
    expect(reasons([dep(2, 'start-after'), other(2, '2025-03-01T09:59:00Z')])).toEqual([]);
    expect(reasons([dep(2, 'same-window'), other(2, '2025-03-02T10:00:00Z')])).toEqual(['not-same-window']);
    expect(reasons([dep(2, 'same-window'), other(2, '2025-03-01T10:30:00Z')])).toEqual([]);
    expect(reasons([dep(2, 'finish-before'), other(2, null, { status: 'draft' })])).toEqual(['not-scheduled']);
    expect(reasons([dep(2, 'finish-before'), other(2, '2025-03-05T00:00:00Z', { status: 'cancelled' })])).toEqual(['not-shipping']);
    expect(reasons([dep(2, 'finish-before'), other(2, '2025-03-05T00:00:00Z', { status: 'done' })])).toEqual([]);
    expect(reasons([dep(99, 'finish-before')])).toEqual(['missing']);
    const [conflict] = ofType(conflictsOf({ windows: [], releases: [dep(2, 'finish-before'), other(2, '2025-03-01T09:30:00Z')] }), 'release-order-violation');
    expect(conflict).toMatchObject({ id: 'release-order-violation:1,2:1->2:finish-before', releaseIds: [1, 2], evidence: { releaseId: 1, dependsOnId: 2, dependencyKind: 'finish-before' } });
  });

  it('same-window is judged against the maintenance occurrence that holds the release', () => {
    const maintenance = planWindow(9, { type: 'maintenance', startLocal: '2025-03-01T08:00', endLocal: '2025-03-01T14:00', timeZone: 'UTC', scope: { ...planWindow(0, {}).scope, serviceIds: [13] } });
    const first = release(1, '2025-03-01T09:00:00Z', { dependsOn: [{ releaseId: 2, kind: 'same-window' }] });
    const together = release(2, '2025-03-01T12:00:00Z');
    const later = release(2, '2025-03-01T13:30:00Z');
    expect(ofType(conflictsOf({ windows: [maintenance], releases: [first, together] }), 'release-order-violation')).toEqual([]);
    expect(ofType(conflictsOf({ windows: [maintenance], releases: [first, later] }), 'release-order-violation')).toHaveLength(1);
  });

  it('release-dependency-cycle lists its members', () => {
    const releases = [
      release(1, '2025-03-01T10:00:00Z', { dependsOn: [{ releaseId: 2, kind: 'finish-before' }] }),
      release(2, '2025-03-02T10:00:00Z', { dependsOn: [{ releaseId: 3, kind: 'start-after' }] }),
      release(3, '2025-03-03T10:00:00Z', { dependsOn: [{ releaseId: 1, kind: 'same-window' }] }),
      release(4, '2025-03-04T10:00:00Z', { dependsOn: [{ releaseId: 4, kind: 'finish-before' }] }),
    ];
    const cycles = ofType(conflictsOf({ windows: [], releases }), 'release-dependency-cycle');
    expect(cycles.map((c) => [c.id, c.evidence])).toEqual([
      ['release-dependency-cycle:1,2,3', { kind: 'release-dependency-cycle', members: [1, 2, 3] }],
      ['release-dependency-cycle:4', { kind: 'release-dependency-cycle', members: [4] }],
    ]);
  });

  it('tier1-untested-rollback and self-approval', () => {
    const conflicts = conflictsOf({
      windows: [],
      releases: [
        release(1, '2025-03-01T10:00:00Z', { services: [{ serviceId: 10, how: 'schema' }], rollback: { steps: [], expectedMinutes: 0, tested: false } }),
        release(2, '2025-03-05T10:00:00Z', { requester: 'Ana ', approvers: ['ben', 'ana'] }),
        release(3, '2025-03-07T10:00:00Z', { services: [{ serviceId: 12, how: 'code' }], rollback: { steps: [], expectedMinutes: 0, tested: false } }),
      ],
    });
    expect(conflicts.map((c) => [c.type, c.releaseIds, c.evidence])).toEqual([
      ['tier1-untested-rollback', [1], { kind: 'tier1-untested-rollback', serviceIds: [10] }],
      ['self-approval', [2], { kind: 'self-approval', requester: 'Ana' }],
    ]);
  });

  it('pilot-wave-not-first: the first wave must be a pilot and no larger than later waves', () => {
    const waves = (list: Array<[string, number[]]>) => release(1, '2025-03-01T10:00:00Z', { strategy: 'waves', waves: list.map(([name, siteIds]) => ({ name, siteIds, soakMinutes: 60 })) });
    const evidence = (r: Release) => ofType(conflictsOf({ windows: [], releases: [r] }), 'pilot-wave-not-first').map((c) => c.evidence);
    expect(evidence(waves([['Pilot Leeds', [1]], ['Rest', [2, 3]]]))).toEqual([]);
    expect(evidence(waves([['Leeds', [1]], ['Rest', [2, 3]]]))).toEqual([]);
    expect(evidence(waves([['Wave 1', [1, 2]], ['Pilot', [3]]]))).toEqual([
      { kind: 'pilot-wave-not-first', reason: 'first-wave-not-pilot', firstWave: { name: 'Wave 1', siteCount: 2 }, laterWave: { index: 1, name: 'Pilot', siteCount: 1 } },
    ]);
    expect(evidence(waves([['Canary', [1, 2, 3]], ['Two', [1, 2]], ['One', [3]]]))).toEqual([
      { kind: 'pilot-wave-not-first', reason: 'first-wave-larger', firstWave: { name: 'Canary', siteCount: 3 }, laterWave: { index: 2, name: 'One', siteCount: 1 } },
    ]);
    expect(evidence({ ...waves([['All', [1, 2, 3]]]), strategy: 'big-bang' })).toEqual([]);
  });

  it('checks only planned releases with an active status, at their waves or their services’ sites', () => {
    const lookup = buildCatalogLookup(catalog);
    expect(releaseSiteIds(release(1, '', { services: [{ serviceId: 11, how: 'code' }, { serviceId: 13, how: 'code' }] }), lookup)).toEqual([1, 2, 3]);
    expect(releaseSiteIds(release(1, '', { waves: [{ name: 'Pilot', siteIds: [3], soakMinutes: 0 }] }), lookup)).toEqual([3]);
    const untested = { rollback: { steps: [], expectedMinutes: 0, tested: false }, services: [{ serviceId: 10, how: 'code' as const }] };
    const releases = [
      release(1, '2025-03-01T10:00:00Z', { ...untested, status: 'done' }),
      release(2, '2025-03-01T10:00:00Z', { ...untested, status: 'failed' }),
      release(3, null as unknown as string, { ...untested, status: 'approved' }),
      release(4, '2025-03-01T10:00:00Z', { ...untested, status: 'in-progress' }),
    ];
    expect(conflictsOf({ windows: [], releases }).map((c) => c.releaseIds)).toEqual([[4]]);
  });
});
