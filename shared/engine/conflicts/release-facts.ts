import type { Service, Site } from '../../model/catalog';
import type { Release, RELEASE_DEPENDENCY_KINDS, RELEASE_STATUSES } from '../../model/plan';
import type { CatalogLookup } from '../graph/catalog-lookup';
import { MINUTE_MS } from '../calendar/wall-clock';
import { normaliseZone } from '../calendar/zone-offsets';

export type ReleaseDependencyKind = (typeof RELEASE_DEPENDENCY_KINDS)[number];
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

/** Statuses of releases that are over, one way or the other: nothing left to plan. */
export const FINISHED_STATUSES: readonly ReleaseStatus[] = ['done', 'cancelled', 'rolled-back', 'failed'];

export function isActiveStatus(status: ReleaseStatus): boolean {
  return !FINISHED_STATUSES.includes(status);
}

/** What the checks need to know about a planned, active release, derived once. */
export interface ReleaseFacts {
  readonly release: Release;
  readonly id: number;
  readonly startMs: number;
  readonly endMs: number;
  /** Touched services known to the catalog, each once, ascending id. */
  readonly services: readonly Service[];
  /** The release's sites (see releaseSiteIds) known to the catalog, ascending id. */
  readonly sites: readonly Site[];
  /** The sites the checks walk: `sites`, or a single null ("no site") when there are none. */
  readonly checkSites: ReadonlyArray<Site | null>;
  /** Distinct zones of those sites (['UTC'] when the release reaches no site), and each site's index into it. */
  readonly zones: readonly string[];
  readonly siteZone: readonly number[];
}

export function plannedInterval(release: Pick<Release, 'plannedStart' | 'durationMinutes'>): { startMs: number; endMs: number } | null {
  if (!release.plannedStart) return null;
  const startMs = Date.parse(release.plannedStart);
  if (!Number.isFinite(startMs)) return null;
  return { startMs, endMs: startMs + Math.max(1, release.durationMinutes) * MINUTE_MS };
}

/** A release's sites: the union of its waves' sites; without waves, the sites its touched services serve. */
export function releaseSiteIds(release: Pick<Release, 'waves' | 'services'>, lookup: CatalogLookup): number[] {
  const ids: number[] = [];
  for (const wave of release.waves) for (const id of wave.siteIds) insertSorted(ids, id);
  if (ids.length === 0) {
    for (const touched of release.services) for (const id of lookup.services.get(touched.serviceId)?.siteIds ?? []) insertSorted(ids, id);
  }
  return ids;
}

/** Adds a value to a short ascending list of distinct values (a release has a handful of sites). */
function insertSorted(list: number[], value: number): void {
  let at = list.length;
  while (at > 0 && list[at - 1]! > value) at--;
  if (at > 0 && list[at - 1] === value) return;
  list.splice(at, 0, value);
}

/** Facts for a release the checks cover (active status and a planned start), else null. */
export function releaseFacts(release: Release, lookup: CatalogLookup): ReleaseFacts | null {
  if (!isActiveStatus(release.status)) return null;
  const interval = plannedInterval(release);
  if (!interval) return null;
  const services: Service[] = [];
  for (const touched of release.services) {
    const service = lookup.services.get(touched.serviceId);
    if (service && !services.includes(service)) services.push(service);
  }
  if (services.length > 1) services.sort((a, b) => a.id - b.id);
  const sites: Site[] = [];
  for (const id of releaseSiteIds(release, lookup)) {
    const site = lookup.sites.get(id);
    if (site) sites.push(site);
  }
  const zones: string[] = [];
  const siteZone = sites.map((site) => {
    const zone = normaliseZone(site.timeZone);
    const at = zones.indexOf(zone);
    return at >= 0 ? at : zones.push(zone) - 1;
  });
  if (zones.length === 0) zones.push('UTC');
  return {
    release,
    id: release.id,
    ...interval,
    services,
    sites,
    checkSites: sites.length ? sites : [null],
    zones,
    siteZone,
  };
}

/** "Title" (#12), for messages. */
export function releaseLabel(release: Pick<Release, 'id' | 'title'>): string {
  return `"${release.title}" (#${release.id})`;
}
