import type { Catalog, Service } from '../../shared/model/catalog';
import type { PlanWindow, Release } from '../../shared/model/plan';

/** A small three-site catalog and builders shared by the conflict tests. */
export function service(id: number, extra: Partial<Service>): Service {
  return { id, name: `S${id}`, kind: 'integration', tier: 3, ownerTeam: '', hosting: 'cloud', siteIds: [], processIds: [], rtoMinutes: null, rpoMinutes: null, description: '', ...extra };
}

export const catalog: Catalog = {
  sites: [
    { id: 1, name: 'Leeds', region: 'EMEA', timeZone: 'Europe/London', kind: 'dc' },
    { id: 2, name: 'Dallas', region: 'North America', timeZone: 'America/Chicago', kind: 'dc' },
    { id: 3, name: 'Sydney', region: 'APAC', timeZone: 'Australia/Sydney', kind: 'dc' },
  ],
  processes: [],
  services: [
    service(10, { name: 'ERP', kind: 'erp', tier: 1 }),
    service(11, { name: 'ERP integration', kind: 'integration', tier: 2, siteIds: [1, 2] }),
    service(12, { name: 'WMS', kind: 'wms', tier: 2, siteIds: [1] }),
    service(13, { name: 'Portal', kind: 'portal', tier: 3, siteIds: [2, 3] }),
  ],
  dependencies: [
    { id: 1, fromId: 11, toId: 10, kind: 'sync-api', strength: 'hard' },
    { id: 2, fromId: 12, toId: 11, kind: 'event', strength: 'hard' },
    { id: 3, fromId: 13, toId: 11, kind: 'sync-api', strength: 'soft' },
  ],
};

export function release(id: number, start: string, extra: Partial<Release> = {}): Release {
  return {
    id,
    title: `Release ${id}`,
    type: 'normal',
    status: 'scheduled',
    train: '',
    plannedStart: start,
    durationMinutes: 60,
    strategy: 'canary',
    requester: 'ana',
    approvers: ['ben'],
    services: [{ serviceId: 13, how: 'code' }],
    waves: [],
    rollback: { steps: ['redeploy'], expectedMinutes: 15, tested: true },
    dependsOn: [],
    outcome: null,
    ...extra,
  };
}

export function planWindow(id: number, extra: Partial<PlanWindow>): PlanWindow {
  return {
    id,
    name: `Window ${id}`,
    type: 'freeze',
    severity: 'hard',
    startLocal: '2025-03-01T00:00',
    endLocal: '2025-03-02T00:00',
    timeZone: 'UTC',
    recurrence: null,
    scope: { all: false, regions: [], siteIds: [], serviceIds: [], tiers: [], kinds: [] },
    reason: '',
    ...extra,
  };
}
