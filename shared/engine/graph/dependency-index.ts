import type { Catalog, Dependency, Service } from '../../model/catalog';
import { buildCatalogLookup, type CatalogLookup } from './catalog-lookup';

/** Compressed sparse rows: the neighbours of node i are targets[offsets[i] .. offsets[i + 1]). */
export interface AdjacencyRows {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** 1 when the edge is a hard dependency (the dependent fails), 0 when soft (it degrades). */
  readonly hard: Uint8Array;
  /** Catalog dependency id of each edge, for evidence. */
  readonly edgeIds: Int32Array;
}

/**
 * The catalog compiled once into dense integer arrays. Queries walk typed arrays instead of
 * maps and objects, which is what keeps a blast radius over 10k services / 50k edges sub-millisecond.
 */
export interface DependencyIndex {
  readonly size: number;
  /** Id maps over the same catalog, built once here so every consumer of the index can share them. */
  readonly lookup: CatalogLookup;
  readonly dependencyById: ReadonlyMap<number, Dependency>;
  /** Dense index -> service. */
  readonly services: readonly Service[];
  readonly denseOf: ReadonlyMap<number, number>;
  /** Dense index -> service id, and -> tier, as typed arrays for the hot loops. */
  readonly serviceIdOf: Int32Array;
  readonly tiers: Uint8Array;
  /** For service B: the services that depend on B (edge A→B stored as B→A). Walks downstream. */
  readonly dependents: AdjacencyRows;
  /** For service A: the services A depends on. Walks upstream. */
  readonly dependencies: AdjacencyRows;
  /** The same two, hard edges only: the hard-reachability pass then skips soft edges for free. */
  readonly hardDependents: AdjacencyRows;
  readonly hardDependencies: AdjacencyRows;
  /** Dense site index -> site id, and per service the dense site indices it serves. */
  readonly siteIds: Int32Array;
  readonly serviceSites: AdjacencyRows;
  readonly processIds: Int32Array;
  readonly serviceProcesses: AdjacencyRows;
  /**
   * Sites and processes per service as bit sets (words per service), when there are at most
   * MAX_MASK_BITS of them: marking then costs a few ORs per service instead of a row walk.
   */
  readonly siteMasks: BitRows | null;
  readonly processMasks: BitRows | null;
  /** Dense team index per service (-1 when the service names no owner team). */
  readonly teamOf: Int32Array;
  readonly teams: readonly string[];
  /** Reusable per-query buffers; queries are synchronous so one set is enough. */
  readonly scratch: TraversalScratch;
  /** Lazily filled by neighbourEdges(): for well-connected services, neighbour -> dependencies. */
  readonly neighbourCache: Map<number, Map<number, Dependency[]>>;
}

export interface BitRows {
  readonly words: number;
  readonly bits: Uint32Array;
}

export const MAX_MASK_BITS = 256;

function buildMasks(rows: AdjacencyRows, nodeCount: number, itemCount: number): BitRows | null {
  if (itemCount > MAX_MASK_BITS) return null;
  const words = Math.max(1, Math.ceil(itemCount / 32));
  const bits = new Uint32Array(nodeCount * words);
  for (let node = 0; node < nodeCount; node++) {
    for (let e = rows.offsets[node]!; e < rows.offsets[node + 1]!; e++) {
      const item = rows.targets[e]!;
      bits[node * words + (item >>> 5)]! |= 1 << (item & 31);
    }
  }
  return { words, bits };
}

export interface TraversalScratch {
  epoch: number;
  readonly seen: Uint32Array;
  readonly hops: Int32Array;
  readonly parent: Int32Array;
  readonly hardSeen: Uint32Array;
  readonly hardHops: Int32Array;
  readonly queue: Int32Array;
  readonly siteMark: Uint32Array;
  readonly siteHard: Uint8Array;
  readonly processMark: Uint32Array;
  readonly processHard: Uint8Array;
  readonly teamMark: Uint32Array;
  readonly teamHard: Uint8Array;
  /** Accumulated masks (any, hard) for sites and processes. */
  readonly siteAny: Uint32Array;
  readonly siteHardMask: Uint32Array;
  readonly processAny: Uint32Array;
  readonly processHardMask: Uint32Array;
}

function buildRows(nodeCount: number, edges: ReadonlyArray<{ from: number; to: number; hard: boolean; id: number }>): AdjacencyRows {
  const offsets = new Int32Array(nodeCount + 1);
  for (const edge of edges) offsets[edge.from + 1]! += 1;
  for (let i = 0; i < nodeCount; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, nodeCount);
  const targets = new Int32Array(edges.length);
  const hard = new Uint8Array(edges.length);
  const edgeIds = new Int32Array(edges.length);
  for (const edge of edges) {
    const at = cursor[edge.from]!++;
    targets[at] = edge.to;
    hard[at] = edge.hard ? 1 : 0;
    edgeIds[at] = edge.id;
  }
  return { offsets, targets, hard, edgeIds };
}

/** Builds the dense index. Edges naming unknown services are ignored (the catalog may be mid-edit). */
export function buildDependencyIndex(catalog: Catalog): DependencyIndex {
  const services = catalog.services;
  const size = services.length;
  const denseOf = new Map<number, number>();
  services.forEach((service, i) => denseOf.set(service.id, i));
  const tiers = new Uint8Array(size);
  services.forEach((service, i) => (tiers[i] = service.tier));

  const down: Array<{ from: number; to: number; hard: boolean; id: number }> = [];
  const up: Array<{ from: number; to: number; hard: boolean; id: number }> = [];
  for (const dep of catalog.dependencies) {
    const from = denseOf.get(dep.fromId);
    const to = denseOf.get(dep.toId);
    if (from === undefined || to === undefined || from === to) continue;
    const hard = dep.strength === 'hard';
    down.push({ from: to, to: from, hard, id: dep.id });
    up.push({ from, to, hard, id: dep.id });
  }

  const siteDense = new Map<number, number>();
  for (const site of catalog.sites) if (!siteDense.has(site.id)) siteDense.set(site.id, siteDense.size);
  const processDense = new Map<number, number>();
  for (const process of catalog.processes) if (!processDense.has(process.id)) processDense.set(process.id, processDense.size);
  const siteEdges: Array<{ from: number; to: number; hard: boolean; id: number }> = [];
  const processEdges: Array<{ from: number; to: number; hard: boolean; id: number }> = [];
  const teamDense = new Map<string, number>();
  const teamOf = new Int32Array(size).fill(-1);
  services.forEach((service, i) => {
    for (const siteId of new Set(service.siteIds)) {
      if (!siteDense.has(siteId)) siteDense.set(siteId, siteDense.size);
      siteEdges.push({ from: i, to: siteDense.get(siteId)!, hard: true, id: siteId });
    }
    for (const processId of new Set(service.processIds)) {
      if (!processDense.has(processId)) processDense.set(processId, processDense.size);
      processEdges.push({ from: i, to: processDense.get(processId)!, hard: true, id: processId });
    }
    const team = service.ownerTeam.trim();
    if (team) {
      if (!teamDense.has(team)) teamDense.set(team, teamDense.size);
      teamOf[i] = teamDense.get(team)!;
    }
  });

  const serviceSites = buildRows(size, siteEdges);
  const serviceProcesses = buildRows(size, processEdges);
  const siteMasks = buildMasks(serviceSites, size, siteDense.size);
  const processMasks = buildMasks(serviceProcesses, size, processDense.size);
  return {
    size,
    lookup: buildCatalogLookup(catalog),
    dependencyById: new Map(catalog.dependencies.map((dependency) => [dependency.id, dependency])),
    services,
    denseOf,
    serviceIdOf: Int32Array.from(services, (service) => service.id),
    tiers,
    dependents: buildRows(size, down),
    dependencies: buildRows(size, up),
    hardDependents: buildRows(size, down.filter((edge) => edge.hard)),
    hardDependencies: buildRows(size, up.filter((edge) => edge.hard)),
    siteIds: Int32Array.from(siteDense.keys()),
    serviceSites,
    processIds: Int32Array.from(processDense.keys()),
    serviceProcesses,
    siteMasks,
    processMasks,
    teamOf,
    teams: [...teamDense.keys()],
    neighbourCache: new Map(),
    scratch: {
      epoch: 0,
      seen: new Uint32Array(size),
      hops: new Int32Array(size),
      parent: new Int32Array(size),
      hardSeen: new Uint32Array(size),
      hardHops: new Int32Array(size),
      queue: new Int32Array(size),
      siteMark: new Uint32Array(siteDense.size),
      siteHard: new Uint8Array(siteDense.size),
      processMark: new Uint32Array(processDense.size),
      processHard: new Uint8Array(processDense.size),
      teamMark: new Uint32Array(teamDense.size),
      teamHard: new Uint8Array(teamDense.size),
      siteAny: new Uint32Array(siteMasks?.words ?? 0),
      siteHardMask: new Uint32Array(siteMasks?.words ?? 0),
      processAny: new Uint32Array(processMasks?.words ?? 0),
      processHardMask: new Uint32Array(processMasks?.words ?? 0),
    },
  };
}

/** Number of dependencies touching a service (dense index), both directions. */
export function degreeOf(index: DependencyIndex, node: number): number {
  return index.dependents.offsets[node + 1]! - index.dependents.offsets[node]! + index.dependencies.offsets[node + 1]! - index.dependencies.offsets[node]!;
}

/**
 * Neighbour (dense index) -> the dependencies linking it to `node`, either direction. Built on first
 * use and kept with the index: the conflict checks ask about the same hubs (ERP, shared databases) often.
 */
export function neighbourEdges(index: DependencyIndex, node: number): Map<number, Dependency[]> {
  let map = index.neighbourCache.get(node);
  if (!map) {
    map = new Map();
    for (const rows of [index.dependents, index.dependencies]) {
      for (let e = rows.offsets[node]!; e < rows.offsets[node + 1]!; e++) {
        const neighbour = rows.targets[e]!;
        const dependency = index.dependencyById.get(rows.edgeIds[e]!)!;
        const list = map.get(neighbour);
        if (list) list.push(dependency);
        else map.set(neighbour, [dependency]);
      }
    }
    index.neighbourCache.set(node, map);
  }
  return map;
}
