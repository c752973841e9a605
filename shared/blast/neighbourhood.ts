import type { BlastRadius } from '../engine/graph/blast-radius';
import type { Catalog, Dependency } from '../model/catalog';

export type NodeRole = 'source' | 'hard' | 'soft';

export interface MapNode {
  id: number;
  role: NodeRole;
  /** 0 for a source. */
  hops: number;
}

export interface MapEdge {
  id: number;
  /** Drawn in the direction impact travels: from the service that fails to the one it hits. */
  from: number;
  to: number;
  strength: Dependency['strength'];
}

/**
 * The map's nodes and edges for one engine result. No traversal here: the node set is exactly the
 * engine's sources plus its impacted list; edges are the catalog's dependencies between those nodes.
 */
export function neighbourhoodOf(catalog: Pick<Catalog, 'dependencies'>, radius: BlastRadius): { nodes: MapNode[]; edges: MapEdge[] } {
  const nodes: MapNode[] = radius.sourceIds.map((id) => ({ id, role: 'source', hops: 0 }));
  for (const i of radius.impacted) nodes.push({ id: i.serviceId, role: i.strength, hops: i.hops });
  const hops = new Map(nodes.map((n) => [n.id, n.hops]));
  const downstream = radius.direction === 'downstream';
  const edges: MapEdge[] = [];
  for (const d of catalog.dependencies) {
    const a = hops.get(d.fromId);
    const b = hops.get(d.toId);
    if (a === undefined || b === undefined) continue;
    // Downstream, a failure of toId hits fromId (its dependent); upstream, fromId needs toId.
    const [from, to] = downstream ? [d.toId, d.fromId] : [d.fromId, d.toId];
    edges.push({ id: d.id, from, to, strength: d.strength });
  }
  return { nodes, edges };
}
