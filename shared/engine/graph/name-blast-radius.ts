import type { BlastRadiusView } from '../../model/plan-api';
import type { BlastRadius } from './blast-radius';
import type { CatalogLookup } from './catalog-lookup';

/** The one place a blast radius gets its names: the API, the CLI and the release editor all read these. */
export function nameBlastRadius(radius: BlastRadius, lookup: CatalogLookup, processNames: ReadonlyMap<number, string>): BlastRadiusView {
  const service = (id: number) => lookup.services.get(id)?.name ?? `Service #${id}`;
  return {
    ...radius,
    impacted: radius.impacted.map((i) => ({ ...i, name: service(i.serviceId), viaName: service(i.viaServiceId) })),
    sites: radius.sites.map((s) => ({ ...s, name: lookup.sites.get(s.id)?.name ?? `Site #${s.id}` })),
    processes: radius.processes.map((p) => ({ ...p, name: processNames.get(p.id) ?? `Process #${p.id}` })),
  };
}
