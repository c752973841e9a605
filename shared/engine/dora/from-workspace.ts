import type { GovernanceData, OpsData } from '../../api/contract';
import type { Catalog } from '../../model/catalog';
import type { Plan, Release } from '../../model/plan';
import { approvalStatus, policyForTier, releaseTier } from '../governance/approval-status';
import { incidentTimeline, statusTimes } from '../incidents/incident-timeline';
import type { DoraIncident, DoraInput, DoraRelease } from './dora-input';

/** A release as the dashboard reads it: the engine's shape plus whether its approvals are complete. */
export type DoraReleaseWithApproval = DoraRelease & { approved: boolean };

export interface DoraWorkspaceInput extends DoraInput {
  releases: readonly DoraReleaseWithApproval[];
}

export interface DoraWorkspace {
  catalog: Pick<Catalog, 'services' | 'sites'>;
  plan: Pick<Plan, 'releases'>;
  ops: Pick<OpsData, 'incidents' | 'runs' | 'events'>;
  governance: Pick<GovernanceData, 'approvals' | 'policies'>;
}

/**
 * The store mapped onto the DORA engine's input. An incident's impact starts at impactStartedAt, else
 * when it entered triage, else its declaration; it is restored when it was resolved (a cancelled
 * incident was no incident and is left out). A release is approved when its tier's policy is
 * satisfied by approvals not withdrawn (a pre-approved standard change always is).
 */
export function doraInputFromWorkspace(ws: DoraWorkspace): DoraWorkspaceInput {
  const tierById = new Map(ws.catalog.services.map((s) => [s.id, s.tier]));
  const approvalsByRelease = groupBy(ws.governance.approvals, (a) => a.releaseId);
  const releases = ws.plan.releases.map((release): DoraReleaseWithApproval => {
    const tier = releaseTier(release, (id) => tierById.get(id));
    const policy = policyForTier(ws.governance.policies, tier);
    return { ...doraRelease(release), approved: approvalStatus(release, policy, approvalsByRelease.get(release.id) ?? []).satisfied };
  });
  return {
    releases,
    incidents: doraIncidents(ws.ops),
    services: ws.catalog.services.map((s) => ({ id: s.id, name: s.name, tier: s.tier, team: s.ownerTeam, siteIds: s.siteIds })),
    sites: ws.catalog.sites.map((s) => ({ id: s.id, name: s.name })),
  };
}

function doraRelease(release: Release): DoraRelease {
  return {
    id: release.id,
    title: release.title,
    type: release.type,
    status: release.status,
    submittedAt: release.submittedAt ?? null,
    firstCommitAt: release.firstCommitAt ?? null,
    finishedAt: release.finishedAt ?? null,
    outcome: release.outcomeResult ?? null,
    fixesIncidentId: release.fixesIncidentId ?? null,
    serviceIds: [...new Set(release.services.map((s) => s.serviceId))],
    siteIds: [...new Set(release.waves.flatMap((w) => w.siteIds))],
    plannedStart: release.plannedStart,
    durationMinutes: release.durationMinutes,
  };
}

function doraIncidents(ops: DoraWorkspace['ops']): DoraIncident[] {
  const runsByIncident = groupBy(
    ops.runs.filter((r) => r.incidentId !== null),
    (r) => r.incidentId!,
  );
  return ops.incidents
    .filter((incident) => incident.status !== 'cancelled')
    .map((incident) => {
      const runIds = new Set((runsByIncident.get(incident.id) ?? []).map((r) => r.id));
      const times = statusTimes(incidentTimeline(ops.events, incident.id, runIds));
      return {
        id: incident.id,
        releaseId: incident.releaseId,
        startedAt: incident.impactStartedAt ?? times.triage ?? incident.declaredAt,
        // Closed without a recorded resolution still means the service came back by then.
        restoredAt: times.resolved ?? times.closed ?? null,
      };
    });
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
