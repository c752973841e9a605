import type { Conflict } from '../../shared/engine/conflicts';
import type { CatalogLookup } from '../../shared/engine/graph/catalog-lookup';
import type { Release } from '../../shared/model/plan';
import { zonedRange } from '../ui/zoned-time';

export interface EvidenceLine {
  text: string;
  /** A release named in the evidence, so the drawer can offer to jump to it. */
  releaseId?: number;
  windowId?: number;
}

const ORDER_REASONS = {
  order: 'starts before its prerequisite allows',
  'not-scheduled': 'its prerequisite has no planned start',
  'not-shipping': 'its prerequisite was cancelled, failed or rolled back',
  missing: 'its prerequisite no longer exists',
  'not-same-window': 'it must share a window with its prerequisite but does not',
} as const;

/**
 * The evidence of a conflict in words: which window occurrence, service, site, interval or release,
 * with times in the zone they were declared in and in the zone the calendar shows.
 */
export function evidenceLines(conflict: Conflict, lookup: CatalogLookup, releases: ReadonlyMap<number, Release>, zone: string): EvidenceLine[] {
  const service = (id: number) => lookup.services.get(id)?.name ?? `service #${id}`;
  const site = (id: number | null) => (id === null ? 'no site' : (lookup.sites.get(id)?.name ?? `site #${id}`));
  const release = (id: number) => releases.get(id)?.title ?? `release #${id}`;
  const when = (startMs: number, endMs: number, localZone?: string) =>
    localZone && localZone !== zone ? `${zonedRange(startMs, endMs, localZone)} local (${localZone}) = ${zonedRange(startMs, endMs, zone)} ${zone}` : `${zonedRange(startMs, endMs, zone)} (${zone})`;
  const e = conflict.evidence;
  switch (e.kind) {
    case 'hard-freeze':
    case 'soft-freeze-no-exception':
      return [
        { text: `Window: ${e.windowName}`, windowId: e.windowId },
        ...e.occurrences.map((o) => ({ text: `Occurrence: ${when(o.startMs, o.endMs, o.zone)}` })),
        { text: `Caught by scope: ${[...e.serviceIds.map(service), ...e.siteIds.map(site)].join(', ') || 'everything'}` },
        ...(e.rejectedExceptions ?? []).map((r) => ({ text: `Exception on file does not count: ${r}` })),
      ];
    case 'outside-maintenance-window':
      return [
        { text: `Service: ${service(e.serviceId)}` },
        ...e.sites.map((s) => ({ text: `No maintenance window holds it at ${site(s.siteId)} (${s.zone})` })),
        ...(e.nearest ? [{ text: `Nearest window: ${e.nearest.windowName}, ${when(e.nearest.startMs, e.nearest.endMs, e.nearest.zone)}`, windowId: e.nearest.windowId }] : []),
      ];
    case 'same-service-overlap': {
      const others = conflict.releaseIds.filter((id) => releases.has(id));
      return [{ text: `Service: ${service(e.serviceId)}` }, { text: `Overlap: ${when(e.overlap.startMs, e.overlap.endMs)}` }, ...others.map((id) => ({ text: `Release: ${release(id)}`, releaseId: id }))];
    }
    case 'related-service-overlap':
      return [
        { text: `${service(e.fromServiceId)} depends (${e.strength}) on ${service(e.toServiceId)}` },
        { text: `Overlap: ${when(e.overlap.startMs, e.overlap.endMs)}` },
        { text: `Changes ${service(e.fromServiceId)}: ${release(e.fromReleaseId)}`, releaseId: e.fromReleaseId },
        { text: `Changes ${service(e.toServiceId)}: ${release(e.toReleaseId)}`, releaseId: e.toReleaseId },
      ];
    case 'site-capacity-exceeded':
      return [
        { text: `Site: ${site(e.siteId)} accepts ${e.capacity} concurrent ${e.capacity === 1 ? 'change' : 'changes'}; ${e.peak} at the peak` },
        { text: `Peak: ${when(e.peakInterval.startMs, e.peakInterval.endMs)}` },
        ...conflict.releaseIds.map((id) => ({ text: `Release: ${release(id)}`, releaseId: id })),
      ];
    case 'release-order-violation':
      return [
        { text: `${release(e.releaseId)} ${ORDER_REASONS[e.reason]}`, releaseId: e.releaseId },
        { text: `Prerequisite (${e.dependencyKind}): ${release(e.dependsOnId)}`, releaseId: e.dependsOnId },
      ];
    case 'release-dependency-cycle':
      return [{ text: `Cycle: ${e.members.map(release).join(' → ')} → ${release(e.members[0]!)}` }, ...e.members.map((id) => ({ text: `Release: ${release(id)}`, releaseId: id }))];
    case 'tier1-untested-rollback':
      return [{ text: `Tier-1 services changed: ${e.serviceIds.map(service).join(', ')}` }, { text: 'Mark the rollback plan as tested, or test it first' }];
    case 'self-approval':
      return [{ text: `${e.requester} requested and approved it` }];
    case 'pilot-wave-not-first':
      return [
        { text: `First wave: ${e.firstWave.name} (${e.firstWave.siteCount} sites)` },
        ...(e.laterWave ? [{ text: `Wave ${e.laterWave.index + 1}: ${e.laterWave.name} (${e.laterWave.siteCount} sites) should go first` }] : []),
      ];
  }
}
