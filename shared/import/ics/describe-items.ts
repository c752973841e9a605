import { describeRecurrence } from '../../engine/calendar/describe-recurrence';
import type { CatalogLookup } from '../../engine/graph/catalog-lookup';
import type { Site } from '../../model/catalog';
import type { PlanWindow, Release } from '../../model/plan';

/** Plain words for DESCRIPTION, so a calendar reader needs no Release Cockpit to understand an event. */

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

export function scopeInWords(scope: PlanWindow['scope'], lookup: CatalogLookup): string {
  if (scope.all) return 'every site and service';
  const name = (map: ReadonlyMap<number, { name: string }>, id: number) => map.get(id)?.name ?? `#${id}`;
  const parts = [
    scope.siteIds.length ? `${scope.siteIds.length === 1 ? 'site' : 'sites'} ${list(scope.siteIds.map((id) => name(lookup.sites, id)))}` : '',
    scope.regions.length ? `${scope.regions.length === 1 ? 'region' : 'regions'} ${list(scope.regions)}` : '',
    scope.serviceIds.length ? `${scope.serviceIds.length === 1 ? 'service' : 'services'} ${list(scope.serviceIds.map((id) => name(lookup.services, id)))}` : '',
    scope.tiers.length ? `tier ${list(scope.tiers.map(String))} services` : '',
    scope.kinds.length ? `${list(scope.kinds)} services` : '',
  ].filter(Boolean);
  return parts.length ? list(parts) : 'nothing (the scope is empty)';
}

export function windowHeadline(window: Pick<PlanWindow, 'type' | 'severity'>): string {
  if (window.type === 'maintenance') return `Maintenance window (${window.severity}): the agreed time for changes to what it covers.`;
  return window.severity === 'hard' ? 'Hard freeze: no change is allowed.' : 'Soft freeze: a change needs an approved exception.';
}

export function windowDescription(window: PlanWindow, lookup: CatalogLookup, zone: string, sites: Site[] | null, notes: string[]): string {
  const clock = window.timeZone === 'site' ? 'site' : zone;
  const where = sites === null
    ? ''
    : sites.length
      ? ` Each site keeps its own clock; this event is for the sites in ${zone}: ${list(sites.map((s) => s.name))}.`
      : ' Each site keeps its own clock; no site is affected yet, so this event shows UTC.';
  return [
    windowHeadline(window),
    `Applies to ${scopeInWords(window.scope, lookup)}.`,
    `When: ${describeRecurrence(window.recurrence, window.startLocal, window.endLocal, clock)}.${where}`,
    window.reason ? `Reason: ${window.reason}` : '',
    ...notes,
  ].filter(Boolean).join('\n\n');
}

export function releaseDescription(release: Release, lookup: CatalogLookup): string {
  const services = release.services.map((s) => `${lookup.services.get(s.serviceId)?.name ?? `#${s.serviceId}`} (${s.how})`);
  const rollback = release.rollback;
  return [
    `${release.type[0]!.toUpperCase()}${release.type.slice(1)} release, status ${release.status}, strategy ${release.strategy}${release.train ? `, train ${release.train}` : ''}.`,
    `Changes: ${services.length ? list(services) : 'no services listed'}.`,
    release.waves.length ? `Waves: ${list(release.waves.map((w) => w.name))}.` : '',
    release.requester ? `Requested by ${release.requester}${release.approvers.length ? `; approvers ${list(release.approvers)}` : ''}.` : '',
    `Rollback: ${rollback.steps.length} step(s), about ${rollback.expectedMinutes} min, ${rollback.tested ? 'tested' : 'not tested'}.`,
    release.outcome ? `Outcome: ${release.outcome}` : '',
  ].filter(Boolean).join('\n\n');
}
