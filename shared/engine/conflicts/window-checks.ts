import { makeConflict, occurrenceEvidence, type Conflict } from './conflict-types';
import { maintenanceConflicts } from './maintenance-checks';
import { releaseLabel, type ReleaseFacts } from './release-facts';
import { collectMatches, covers, namesSite, probe, sitesOf, zoneIndexOf, type ScopeMatch, type WindowCheckContext } from './scope-match';

export type { WindowCheckContext } from './scope-match';

/**
 * hard-freeze, soft-freeze-no-exception and outside-maintenance-window conflicts of one release.
 * A window applies to (S, X) when it names S (id/tier/kind), names X (id/region) or is scope.all,
 * so the work is per window and distinct zone, not per window × service × site; nothing is
 * allocated for the (usual) windows that turn out not to overlap.
 */
export function windowConflicts(facts: ReleaseFacts, ctx: WindowCheckContext): Conflict[] {
  if (facts.services.length === 0) return [];
  const matches = collectMatches(facts, ctx);

  const out: Conflict[] = [];
  const maintenance: ScopeMatch[] = [];
  for (let m = 0; m < matches.count; m++) {
    const match = matches.active[m]!;
    if (match.window.type === 'maintenance') maintenance.push(match);
    else {
      const conflict = freezeConflict(facts, match, ctx);
      if (conflict) out.push(conflict);
    }
  }
  if (maintenance.length) maintenanceConflicts(facts, maintenance, out);
  return out;
}

function freezeConflict(facts: ReleaseFacts, match: ScopeMatch, ctx: WindowCheckContext): Conflict | null {
  const { window } = match;
  const sites = sitesOf(facts);
  const everySite = match.all || match.serviceCount > 0;
  // Cheap passes: the zone-free bitmap first, then one lookup per distinct zone.
  if (!match.timeline.spanMayOverlap(facts)) return null;
  let any = false;
  for (let i = 0; i < sites.length && !any; i++) {
    if (everySite || namesSite(match, sites[i]!)) any = probe(match, facts, i, false);
  }
  if (!any) return null;

  const hitServices = new Set<number>();
  const hitSites = new Set<number>();
  const zones = new Set<string>();
  sites.forEach((site, i) => {
    const paired = everySite || namesSite(match, site);
    if (!paired) return;
    if (!probe(match, facts, i, false)) return;
    const zone = match.fixedZone ?? facts.zones[zoneIndexOf(facts, i)]!;
    zones.add(zone);
    for (const service of facts.services) if (covers(match, service, site)) hitServices.add(service.id);
    if (site) hitSites.add(site.id);
  });
  const occurrences = [...zones]
    .flatMap((zone) => ctx.calendar.occurrencesBetween(window.id, zone, facts.startMs, facts.endMs))
    .sort((a, b) => a.startMs - b.startMs || (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0))
    .slice(0, 3)
    .map((occurrence) => occurrenceEvidence(window, occurrence));
  const first = occurrences[0]!;
  const evidence = {
    windowId: window.id,
    windowName: window.name,
    occurrences,
    serviceIds: [...hitServices].sort((a, b) => a - b),
    siteIds: [...hitSites].sort((a, b) => a - b),
  };
  const when = `${first.start} - ${first.end} (${first.zone})`;
  if (window.severity === 'hard') {
    const message = `${releaseLabel(facts.release)} is planned inside hard freeze "${window.name}", ${when}.`;
    return makeConflict('hard-freeze', [facts.id], `window=${window.id}`, message, { kind: 'hard-freeze', ...evidence });
  }
  const exception = ctx.exceptions.find(window.id, facts.id);
  if (exception.approved) return null;
  const why = exception.rejected.length ? ` The exception on file does not count: ${exception.rejected.join('; ')}.` : '';
  const message = `${releaseLabel(facts.release)} is inside soft freeze "${window.name}", ${when}, with no approved exception.${why}`;
  return makeConflict('soft-freeze-no-exception', [facts.id], `window=${window.id}`, message, {
    kind: 'soft-freeze-no-exception',
    ...evidence,
    rejectedExceptions: exception.rejected,
  });
}

