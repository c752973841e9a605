import type { CatalogLookup } from '../../shared/engine/graph/catalog-lookup';
import { buildDependencyIndex, type DependencyIndex } from '../../shared/engine/graph/dependency-index';
import type { BusinessProcess, Catalog, Dependency, Service, Site } from '../../shared/model/catalog';

/** Lookups derived once per catalog load, so tables and panels never scan 50,000 dependencies per row. */
export interface CatalogIndex {
  serviceById: ReadonlyMap<number, Service>;
  siteById: ReadonlyMap<number, Site>;
  processById: Map<number, BusinessProcess>;
  /** fromId → dependencies that service has ("Depends on"). */
  depsOut: Map<number, Dependency[]>;
  /** toId → dependencies on that service ("Used by"). */
  depsIn: Map<number, Dependency[]>;
  servicesPerSite: Map<number, number>;
  servicesPerProcess: Map<number, number>;
  /** Lower-cased name, owner team and description, for text search. */
  searchText: Map<number, string>;
  /** Lower-cased service name alone, for searching dependencies by either end. */
  nameLower: Map<number, string>;
  /** Position of each service in name order, so sorting by name is an integer compare. */
  nameRank: Map<number, number>;
  /** The same service and site maps in the shape the planning engine takes. */
  lookup: CatalogLookup;
  /** The engine's dependency index, built once per catalog and shared by conflicts, risk and blast radius. */
  graph: DependencyIndex;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

export function buildIndex(catalog: Catalog): CatalogIndex {
  const graph = buildDependencyIndex(catalog);
  const { lookup } = graph;
  const index: CatalogIndex = {
    serviceById: lookup.services,
    siteById: lookup.sites,
    lookup,
    graph,
    processById: new Map(catalog.processes.map((p) => [p.id, p])),
    depsOut: new Map(),
    depsIn: new Map(),
    servicesPerSite: new Map(),
    servicesPerProcess: new Map(),
    searchText: new Map(),
    nameLower: new Map(),
    nameRank: new Map(),
  };
  for (const d of catalog.dependencies) {
    push(index.depsOut, d.fromId, d);
    push(index.depsIn, d.toId, d);
  }
  for (const s of catalog.services) {
    for (const siteId of s.siteIds) bump(index.servicesPerSite, siteId);
    for (const processId of s.processIds) bump(index.servicesPerProcess, processId);
    index.searchText.set(s.id, `${s.name}\n${s.ownerTeam}\n${s.description}`.toLowerCase());
    index.nameLower.set(s.id, s.name.toLowerCase());
  }
  [...catalog.services].sort((a, b) => collator.compare(a.name, b.name)).forEach((s, i) => index.nameRank.set(s.id, i));
  return index;
}

export const EMPTY_CATALOG: Catalog = { sites: [], services: [], dependencies: [], processes: [] };
export const EMPTY_INDEX = buildIndex(EMPTY_CATALOG);
