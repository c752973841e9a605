import type { BlastRadius } from '../engine/graph/blast-radius';
import type { Strength } from '../model/enums';
import type { Catalog } from '../model/catalog';
import type { Release } from '../model/plan';

export interface WaveExposure {
  name: string;
  /** Sites this wave deploys to that the blast radius reaches, with the worst strength there. */
  sites: Array<{ id: number; strength: Strength }>;
  /** Impacted services (and the changed ones) running at this wave's sites. */
  serviceIds: number[];
  /** Every impacted site reached by this wave and the ones before it. */
  cumulativeSiteIds: number[];
  /** Share of all impacted sites reached once this wave is done, 0..1. */
  share: number;
}

/**
 * Exposure per wave of a release: which of the engine's impacted sites each wave reaches. Only a
 * filter over the engine's result by the wave's sites; the impacted set itself is the engine's.
 */
export function waveExposure(release: Pick<Release, 'waves'>, radius: BlastRadius, catalog: Pick<Catalog, 'services'>): WaveExposure[] {
  const impactedSites = new Map(radius.sites.map((s) => [s.id, s.strength]));
  const involved = new Set([...radius.sourceIds, ...radius.impacted.map((i) => i.serviceId)]);
  const services = catalog.services.filter((s) => involved.has(s.id));
  const reached = new Set<number>();
  return release.waves.map((wave) => {
    const here = wave.siteIds.filter((id) => impactedSites.has(id));
    for (const id of here) reached.add(id);
    const waveSites = new Set(wave.siteIds);
    return {
      name: wave.name,
      sites: here.map((id) => ({ id, strength: impactedSites.get(id)! })),
      serviceIds: services.filter((s) => s.siteIds.some((id) => waveSites.has(id))).map((s) => s.id),
      cumulativeSiteIds: [...reached],
      share: impactedSites.size === 0 ? 0 : reached.size / impactedSites.size,
    };
  });
}
