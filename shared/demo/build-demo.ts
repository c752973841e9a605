import type { WorkspaceData } from '../import/workspace-json';
import { nameKey } from '../import/name-index';
import { DEMO_DEPENDENCIES } from './demo-dependencies';
import { demoReleases } from './demo-releases';
import { DEMO_SERVICES } from './demo-services';
import { DEMO_PROCESSES, DEMO_SITES } from './demo-sites';
import { demoWindows } from './demo-windows';

/** Name → id, failing loudly: a misspelt name in the demo data is a bug, not something to skip. */
function idsByName(what: string, items: { id: number; name: string }[]): (name: string) => number {
  const ids = new Map(items.map((i) => [nameKey(i.name), i.id]));
  return (name) => {
    const id = ids.get(nameKey(name));
    if (id === undefined) throw new Error(`Demo data names an unknown ${what}: ${name}`);
    return id;
  };
}

const numbered = <T>(items: T[]) => items.map((item, i) => ({ ...item, id: i + 1 }));

/**
 * The demo distributor as a complete workspace with ids 1..n, ready to be written as is.
 * Dates (freezes, maintenance windows, releases) are placed around `now`.
 */
export function buildDemoWorkspace(now: Date): WorkspaceData {
  const sites = numbered(DEMO_SITES);
  const processes = numbered(DEMO_PROCESSES);
  const site = idsByName('site', sites);
  const process = idsByName('business process', processes);
  const services = DEMO_SERVICES.map((s, i) => ({
    id: i + 1, name: s.name, kind: s.kind, tier: s.tier, ownerTeam: s.owner, hosting: s.hosting,
    siteIds: s.sites.map(site), processIds: s.processes.map(process), rtoMinutes: s.rto, rpoMinutes: s.rpo, description: s.description,
  }));
  const service = idsByName('service', services);
  const dependencies = DEMO_DEPENDENCIES.map(([from, to, kind, strength], i) => ({ id: i + 1, fromId: service(from), toId: service(to), kind, strength }));
  const windows = demoWindows(now).map(({ scope, ...w }, i) => ({
    ...w, id: i + 1,
    scope: {
      all: scope.all ?? false, regions: scope.regions ?? [], siteIds: (scope.sites ?? []).map(site),
      serviceIds: (scope.services ?? []).map(service), tiers: scope.tiers ?? [], kinds: scope.kinds ?? [],
    },
  }));
  const plan = demoReleases(now);
  const release = idsByName('release', plan.map((r, i) => ({ id: i + 1, name: r.key })));
  const releases = plan.map(({ key: _key, services: touched, waves, dependsOn, ...r }, i) => ({
    ...r, id: i + 1,
    services: touched.map(([name, how]) => ({ serviceId: service(name), how })),
    waves: waves.map((w) => ({ name: w.name, siteIds: w.sites.map(site), soakMinutes: w.soakMinutes })),
    dependsOn: dependsOn.map(([key, kind]) => ({ releaseId: release(key), kind })),
  }));
  // No break-glass exceptions yet: the demo's soft freeze conflicts are left for the user to resolve.
  return { sites, processes, services, dependencies, windows, releases, exceptions: [] };
}
