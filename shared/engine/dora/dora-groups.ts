import { deploymentFacts, type DeploymentFact } from './deployment-facts';
import type { DoraInput, DoraRelease, DoraService } from './dora-input';
import { finishedWithin, measure, type DoraMeasures } from './dora-measures';
import { rangeSpan, type DoraRange } from './dora-series';

export type DoraDimension = 'service' | 'tier' | 'site' | 'team';

export interface DoraGroupRow {
  /** Stable across calls: 'service:12', 'tier:1', 'site:3', 'team:Warehouse'. */
  key: string;
  name: string;
  measures: DoraMeasures;
}

/** Services without an owner team are grouped under this name. */
export const NO_TEAM = 'No team';

/**
 * The measures over the whole range, one row per service, tier, site or team of the catalog (rows
 * with no deployments included, so a quiet service shows as such). A release counts in EVERY group
 * it touches: one changing services of two teams is a deployment (and a failure, if it failed) of
 * both, so the rows do not add up to the total. Sites: the release's wave sites, or when it names
 * none, every site of the services it changes. Services, tiers and teams come from the services it
 * changes; ids missing from the catalog are ignored. Rows are sorted by name; equal names keep the
 * catalog's order.
 */
export function doraBy(input: DoraInput, dimension: DoraDimension, range: DoraRange): DoraGroupRow[] {
  const { fromMs, toMs, days } = rangeSpan(range);
  const facts = finishedWithin(deploymentFacts(input.releases, input.incidents), fromMs, toMs);
  const services = new Map(input.services.map((s) => [s.id, s]));
  const groups = catalogGroups(input, dimension);
  const members = new Map<string, DeploymentFact[]>(groups.map((g) => [g.key, []]));
  for (const fact of facts) {
    for (const key of groupKeys(fact.release, dimension, services)) members.get(key)?.push(fact);
  }
  return groups
    .map((group) => ({ ...group, measures: measure(members.get(group.key) ?? [], days) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

function catalogGroups(input: DoraInput, dimension: DoraDimension): Array<{ key: string; name: string }> {
  switch (dimension) {
    case 'service':
      return input.services.map((s) => ({ key: `service:${s.id}`, name: s.name }));
    case 'site':
      return input.sites.map((s) => ({ key: `site:${s.id}`, name: s.name }));
    case 'tier':
      return [...new Set(input.services.map((s) => s.tier))].sort().map((tier) => ({ key: `tier:${tier}`, name: `Tier ${tier}` }));
    case 'team':
      return [...new Set(input.services.map(teamOf))].map((team) => ({ key: `team:${team}`, name: team }));
  }
}

/** The groups a release touches, each once. */
function groupKeys(release: DoraRelease, dimension: DoraDimension, services: ReadonlyMap<number, DoraService>): Set<string> {
  const changed = release.serviceIds.flatMap((id) => services.get(id) ?? []);
  switch (dimension) {
    case 'service':
      return new Set(changed.map((s) => `service:${s.id}`));
    case 'tier':
      return new Set(changed.map((s) => `tier:${s.tier}`));
    case 'team':
      return new Set(changed.map((s) => `team:${teamOf(s)}`));
    case 'site': {
      const siteIds = release.siteIds.length ? release.siteIds : changed.flatMap((s) => s.siteIds);
      return new Set(siteIds.map((id) => `site:${id}`));
    }
  }
}

function teamOf(service: DoraService): string {
  return service.team.trim() || NO_TEAM;
}
