import type { PlanWindow } from '../../model/plan';
import type { Site } from '../../model/catalog';
import type { Occurrence } from '../calendar/window-timeline';
import { DAY_MS } from '../calendar/wall-clock';
import { makeConflict, occurrenceEvidence, type Conflict, type OccurrenceEvidence } from './conflict-types';
import { releaseLabel, type ReleaseFacts } from './release-facts';
import { namesService, namesSite, probe, sitesOf, zoneIndexOf, type ScopeMatch, type WindowCheckContext } from './scope-match';

/** How far either side of the release start to look for the nearest maintenance occurrence. */
const NEAREST_SEARCH_MS = 14 * DAY_MS;

type OutsideSite = { siteId: number | null; zone: string; windowIds: number[] };

/** outside-maintenance-window: per service, the sites where maintenance windows apply but no occurrence holds the release. */
// Scratch lists reused across calls (the checks run one release at a time): a full recompute
// would otherwise allocate a few small arrays for each of thousands of releases.
const named: ScopeMatch[] = [];
const bySite: ScopeMatch[][] = [];
const bySiteCount: number[] = [];

export function maintenanceConflicts(facts: ReleaseFacts, maintenance: ScopeMatch[], out: Conflict[]): void {
  const sites = sitesOf(facts);
  // Windows applying at (service, site) = those naming the service or all (any site) ∪ those naming
  // the site (any service): two short lists instead of a scan per pair.
  for (let i = 0; i < sites.length; i++) {
    const list = (bySite[i] ??= []);
    let count = 0;
    for (const match of maintenance) if (!match.all && namesSite(match, sites[i]!)) list[count++] = match;
    bySiteCount[i] = count;
  }
  for (let s = 0; s < facts.services.length; s++) {
    const service = facts.services[s]!;
    let namedCount = 0;
    for (const match of maintenance) if (match.all || namesService(match, service)) named[namedCount++] = match;
    let outside: OutsideSite[] | null = null;
    let nearest: OccurrenceEvidence | null = null;
    for (let i = 0; i < sites.length; i++) {
      const localCount = bySiteCount[i]!;
      // Inside when one applicable window holds the release; no window applying means no constraint.
      if (namedCount === 0 && localCount === 0) continue;
      if (anyHolds(named, namedCount, facts, i) || anyHolds(bySite[i]!, localCount, facts, i)) continue;
      const applicable = named.slice(0, namedCount);
      for (let k = 0; k < localCount; k++) if (!applicable.includes(bySite[i]![k]!)) applicable.push(bySite[i]![k]!);
      if (!outside) nearest = nearestOccurrence(facts, applicable, i);
      (outside ??= []).push(outsideSite(facts, applicable, sites[i]!, i));
    }
    if (!outside) continue;
    const where = outside.some((o) => o.siteId !== null) ? ` at ${outside.length} site(s)` : '';
    const hint = nearest ? ` Nearest: "${nearest.windowName}" ${nearest.start} - ${nearest.end}.` : '';
    const message = `${releaseLabel(facts.release)} changes ${service.name} outside its maintenance windows${where}.${hint}`;
    out.push(
      makeConflict('outside-maintenance-window', [facts.id], `service=${service.id}`, message, {
        kind: 'outside-maintenance-window',
        serviceId: service.id,
        sites: outside,
        nearest,
      }),
    );
  }
}

function anyHolds(matches: readonly ScopeMatch[], count: number, facts: ReleaseFacts, siteIndex: number): boolean {
  for (let k = 0; k < count; k++) if (probe(matches[k]!, facts, siteIndex, true)) return true;
  return false;
}

/** Evidence for one site: the maintenance windows that apply there. */
function outsideSite(facts: ReleaseFacts, applicable: ScopeMatch[], site: Site | null, siteIndex: number): OutsideSite {
  // Insertion sort: a handful of ids, and Array#sort allocates a work array per call.
  const windowIds: number[] = [];
  for (const match of applicable) {
    const id = match.window.id;
    let at = windowIds.length;
    windowIds.push(id);
    for (; at > 0 && windowIds[at - 1]! > id; at--) windowIds[at] = windowIds[at - 1]!;
    windowIds[at] = id;
  }
  return { siteId: site ? site.id : null, zone: facts.zones[zoneIndexOf(facts, siteIndex)]!, windowIds };
}

/** The applicable occurrence whose start is nearest the release start, read at one site (ties: lower window id). */
function nearestOccurrence(facts: ReleaseFacts, applicable: ScopeMatch[], siteIndex: number): OccurrenceEvidence | null {
  let best: { window: PlanWindow; occurrence: Occurrence; gap: number } | null = null;
  for (const match of applicable) {
    const zone = match.fixedZone ?? facts.zones[zoneIndexOf(facts, siteIndex)]!;
    const near = match.timeline.nearestStart(zone, facts.startMs, NEAREST_SEARCH_MS);
    if (!near) continue;
    const gap = Math.abs(near.startMs - facts.startMs);
    if (!best || gap < best.gap || (gap === best.gap && match.window.id < best.window.id)) best = { window: match.window, occurrence: near, gap };
  }
  return best ? occurrenceEvidence(best.window, best.occurrence) : null;
}

/**
 * For same-window release dependencies: does one occurrence of a maintenance window that applies
 * to the release hold both intervals? `hasWindows` is false when no maintenance window applies.
 */
export function sharedMaintenanceOccurrence(facts: ReleaseFacts, other: { startMs: number; endMs: number }, ctx: WindowCheckContext): { hasWindows: boolean; found: boolean } {
  const from = Math.min(facts.startMs, other.startMs);
  const to = Math.max(facts.endMs, other.endMs);
  let hasWindows = false;
  const sites = sitesOf(facts);
  for (const service of facts.services) {
    for (let i = 0; i < sites.length; i++) {
      for (const windowId of ctx.scopes.windowsFor(service, sites[i]!)) {
        if (ctx.scopes.window(windowId).type !== 'maintenance') continue;
        hasWindows = true;
        const zone = ctx.calendar.fixedZone(windowId) ?? facts.zones[zoneIndexOf(facts, i)]!;
        if (ctx.calendar.holds(windowId, zone, from, to)) return { hasWindows, found: true };
      }
    }
  }
  return { hasWindows, found: false };
}
