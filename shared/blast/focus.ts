import type { Catalog } from '../model/catalog';
import type { Plan } from '../model/plan';

/** What the blast-radius map is about: chosen services, every service at a site, or a release's changed services. */
export type BlastFocus =
  | { kind: 'services'; serviceIds: number[] }
  | { kind: 'site'; siteId: number }
  | { kind: 'release'; releaseId: number };

/** The engine's sources for a focus, in catalog order; unknown ids are dropped (the catalog may have changed). */
export function focusSources(catalog: Pick<Catalog, 'services'>, plan: Pick<Plan, 'releases'>, focus: BlastFocus): number[] {
  const known = new Set(catalog.services.map((s) => s.id));
  if (focus.kind === 'services') return [...new Set(focus.serviceIds)].filter((id) => known.has(id));
  if (focus.kind === 'site') return catalog.services.filter((s) => s.siteIds.includes(focus.siteId)).map((s) => s.id);
  const release = plan.releases.find((r) => r.id === focus.releaseId);
  return release ? [...new Set(release.services.map((s) => s.serviceId))].filter((id) => known.has(id)) : [];
}
