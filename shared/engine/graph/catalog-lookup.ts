import type { Catalog, Service, Site } from '../../model/catalog';

/** Id -> record maps over a catalog, built once and shared by the calendar, conflict and risk code. */
export interface CatalogLookup {
  readonly services: ReadonlyMap<number, Service>;
  readonly sites: ReadonlyMap<number, Site>;
}

export function buildCatalogLookup(catalog: Pick<Catalog, 'services' | 'sites'>): CatalogLookup {
  return {
    services: new Map(catalog.services.map((service) => [service.id, service])),
    sites: new Map(catalog.sites.map((site) => [site.id, site])),
  };
}
