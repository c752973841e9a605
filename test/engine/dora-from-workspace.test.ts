import { describe, expect, it } from 'vitest';
import { doraInputFromWorkspace, doraSeries, type DoraWorkspace } from '../../shared/engine/dora';
import type { Approval, ApprovalPolicy } from '../../shared/model/governance';
import type { Incident, IncidentEvent } from '../../shared/model/ops';
import type { Release } from '../../shared/model/plan';

function release(id: number, extra: Partial<Release>): Release {
  return {
    id, title: `R${id}`, type: 'normal', status: 'done', train: '', plannedStart: '2026-03-02T08:00:00Z', durationMinutes: 60, strategy: 'big-bang',
    requester: 'Rita', approvers: [], services: [], waves: [], rollback: { steps: [], expectedMinutes: 0, tested: false }, dependsOn: [], outcome: null,
    ...extra,
  };
}

const approval = (id: number, releaseId: number, approver: string, role: Approval['role'], withdrawnAt: string | null = null): Approval => ({
  id, releaseId, approver, role, at: '2026-03-01T00:00:00Z', note: '', withdrawnAt, withdrawnReason: withdrawnAt ? 'changed' : null,
});

const policies: ApprovalPolicy[] = [
  { id: 1, tier: 1, normal: { approvers: 2, roles: ['operations'] }, emergency: { approvers: 1, roles: [] }, standardKinds: [] },
  { id: 3, tier: 3, normal: { approvers: 1, roles: [] }, emergency: { approvers: 1, roles: [] }, standardKinds: ['Certificate renewal'] },
];

const incident = (id: number, releaseId: number | null, extra: Partial<Incident> = {}): Incident => ({
  id, title: `I${id}`, severity: 'SEV2', summary: '', serviceIds: [1], releaseId, roles: [], impactStartedAt: null, status: 'resolved', declaredAt: '2026-03-02T10:00:00Z', declaredBy: 'Ivo',
  ...extra,
});

let nextEvent = 1;
const status = (incidentId: number | null, to: Incident['status'], at: string, runId: number | null = null): IncidentEvent => ({
  id: nextEvent++, incidentId, runId, at, recordedAt: at, actor: 'Ivo', type: 'status', from: null, to, note: '',
});

const events: IncidentEvent[] = [
  status(1, 'triage', '2026-03-02T10:00:00Z'),
  status(1, 'resolved', '2026-03-02T12:00:00Z'),
  status(2, 'triage', '2026-03-03T10:00:00Z'),
  status(2, 'mitigated', '2026-03-03T11:00:00Z'),
  status(3, 'triage', '2026-03-04T10:00:00Z'),
];
// Incident 1's resolution was recorded late: corrected to 14:00.
events.push({ id: nextEvent++, incidentId: 1, runId: null, at: '2026-03-02T15:00:00Z', recordedAt: '2026-03-02T15:00:00Z', actor: 'Ivo', type: 'correction', eventId: 2, from: '2026-03-02T12:00:00Z', to: '2026-03-02T14:00:00Z', reason: 'late entry' });

const workspace: DoraWorkspace = {
  catalog: {
    sites: [{ id: 1, name: 'Leeds', region: 'UK', timeZone: 'Europe/London', kind: 'dc' }, { id: 2, name: 'Dallas', region: 'US', timeZone: 'America/Chicago', kind: 'dc' }],
    services: [
      { id: 1, name: 'Pick API', kind: 'wms', tier: 1, ownerTeam: 'Warehouse', hosting: 'cloud', siteIds: [1, 2], processIds: [], rtoMinutes: null, rpoMinutes: null, description: '' },
      { id: 2, name: 'Archive', kind: 'wms', tier: 3, ownerTeam: '', hosting: 'cloud', siteIds: [2], processIds: [], rtoMinutes: null, rpoMinutes: null, description: '' },
      { id: 3, name: 'Till', kind: 'wms', tier: 2, ownerTeam: 'Store', hosting: 'cloud', siteIds: [1], processIds: [], rtoMinutes: null, rpoMinutes: null, description: '' },
    ],
  },
  plan: {
    releases: [
      // Tier 1 normal change with both approvals, one from operations; rolled out in two waves.
      release(1, {
        services: [{ serviceId: 1, how: 'code' }, { serviceId: 2, how: 'config' }],
        waves: [{ name: 'Pilot', siteIds: [2], soakMinutes: 0 }, { name: 'Rest', siteIds: [1, 2], soakMinutes: 0 }],
        outcomeResult: 'hotfix-needed', submittedAt: '2026-03-01T00:00:00Z', firstCommitAt: '2026-02-27T00:00:00Z', finishedAt: '2026-03-02T09:00:00Z',
      }),
      // Emergency change whose only approval was withdrawn.
      release(2, { type: 'emergency', services: [{ serviceId: 2, how: 'code' }], finishedAt: '2026-03-03T09:00:00Z', outcomeResult: 'success', fixesIncidentId: 1 }),
      // Emergency change approved only by its requester: separation of duties, it does not count.
      release(3, { type: 'emergency', status: 'in-progress', services: [{ serviceId: 2, how: 'code' }] }),
      // A pre-approved standard change needs no approval.
      release(4, { type: 'standard', standardKind: 'certificate renewal', services: [{ serviceId: 2, how: 'config' }], status: 'scheduled' }),
      // Tier 2 has no policy: one approver who is not the requester is enough.
      release(5, { services: [{ serviceId: 3, how: 'code' }], status: 'approved' }),
      // Names no service: tier 3.
      release(6, { status: 'submitted' }),
    ],
  },
  ops: {
    incidents: [incident(1, 1), incident(2, 2, { impactStartedAt: '2026-03-03T09:30:00Z', status: 'mitigated' }), incident(3, 1, { status: 'cancelled' })],
    runs: [],
    events,
  },
  governance: {
    policies,
    approvals: [
      approval(1, 1, 'Olga', 'operations'),
      approval(2, 1, 'Carl', 'change-manager'),
      approval(3, 2, 'Carl', 'change-manager', '2026-03-03T10:00:00Z'),
      approval(4, 3, 'rita', 'engineering'),
      approval(5, 5, 'Carl', 'change-manager'),
    ],
  },
};

describe('doraInputFromWorkspace', () => {
  const input = doraInputFromWorkspace(workspace);

  it('maps each release with its services, wave sites, lifecycle times and outcome', () => {
    expect(input.releases[0]).toEqual({
      id: 1, title: 'R1', type: 'normal', status: 'done', submittedAt: '2026-03-01T00:00:00Z', firstCommitAt: '2026-02-27T00:00:00Z', finishedAt: '2026-03-02T09:00:00Z',
      outcome: 'hotfix-needed', fixesIncidentId: null, serviceIds: [1, 2], siteIds: [2, 1], plannedStart: '2026-03-02T08:00:00Z', durationMinutes: 60, approved: true,
    });
    expect(input.releases[1]).toMatchObject({ submittedAt: null, firstCommitAt: null, outcome: 'success', fixesIncidentId: 1, siteIds: [] });
  });

  it('flags a release approved only when its tier policy is met by valid approvals from someone other than the requester', () => {
    expect(input.releases.map((r) => [r.id, r.approved])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, true],
      [5, true],
      [6, false],
    ]);
  });

  it('reads incident start and restoration from the timeline, corrections applied, and leaves cancelled incidents out', () => {
    expect(input.incidents).toEqual([
      { id: 1, releaseId: 1, startedAt: '2026-03-02T10:00:00Z', restoredAt: '2026-03-02T14:00:00Z' },
      { id: 2, releaseId: 2, startedAt: '2026-03-03T09:30:00Z', restoredAt: null },
    ]);
  });

  it('maps the catalog, an empty owner team kept empty for the engine to group', () => {
    expect(input.services.map((s) => [s.id, s.tier, s.team, s.siteIds])).toEqual([
      [1, 1, 'Warehouse', [1, 2]],
      [2, 3, '', [2]],
      [3, 2, 'Store', [1]],
    ]);
    expect(input.sites).toEqual([{ id: 1, name: 'Leeds' }, { id: 2, name: 'Dallas' }]);
  });

  it('feeds the measures: two deployments, one failed whose incident took four hours to restore', () => {
    const { total } = doraSeries(input, { from: '2026-03-01', to: '2026-04-01', unit: 'month' });
    expect(total.deployments).toBe(2);
    expect(total.changeFail).toEqual({ count: 2, of: 2, rate: 1 });
    expect(total.recovery).toMatchObject({ samples: 1, open: 1, medianHours: 4 });
    expect(total.rework).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(total.leadTime.medianHours).toBe(81);
  });
});
