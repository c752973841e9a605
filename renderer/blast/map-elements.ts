import type { ElementDefinition } from 'cytoscape';
import type { BlastMode, MapEdge, MapNode } from '../../shared/blast';
import type { Catalog, Service } from '../../shared/model/catalog';
import type { LayoutRequest } from './layout-protocol';

export interface MapFilters {
  kinds: readonly string[];
  tiers: readonly number[];
  siteId: number | null;
}

export interface MapModel {
  elements: ElementDefinition[];
  layout: Omit<LayoutRequest, 'seq'>;
  /** Same signature, same layout: the worker's answer is cached under it. */
  signature: string;
  sourceIds: string[];
  nodeCount: number;
}

/** The map with nothing in focus. */
export const EMPTY_MAP: MapModel = { elements: [], layout: { nodes: [], groups: [], edges: [], roots: [], large: false }, signature: 'empty', sourceIds: [], nodeCount: 0 };

const NODE_H = 44;
const NODE_H_WRAPPED = 62;
const MAX_W = 260;
/** The focus is what an export is about: its name stays on one line. */
const MAX_W_SOURCE = 420;
let measure: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Label width at the map's font, measured once per name: boxes fit their labels, so nothing overlaps. */
function labelWidth(text: string): number {
  const known = widths.get(text);
  if (known !== undefined) return known;
  if (measure === undefined) measure = document.createElement('canvas').getContext('2d');
  let w = text.length * 8;
  if (measure) {
    measure.font = '600 14px system-ui, sans-serif';
    w = measure.measureText(text).width;
  }
  widths.set(text, w);
  return w;
}

/**
 * The name as the map's box shows it: one too long for two lines, or holding a run of characters
 * wider than a line (which would spill out of the box), is cut with an ellipsis. The panel, the
 * search and the exports keep the whole name.
 */
export function mapName(name: string, lineWidth: number): string {
  const fits = (text: string) => labelWidth(text) <= lineWidth * 1.8 && text.split(/\s+/).every((word) => labelWidth(word) <= lineWidth);
  if (fits(name)) return name;
  const chars = [...name];
  while (chars.length > 1 && !fits(`${chars.join('')}…`)) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

const sid = (id: number) => `s${id}`;

/** FNV-1a, to key the estate's cached layout by the exact set of services shown. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
const hopText = (hops: number, mode: BlastMode) => (hops === 0 ? (mode === 'incident' ? 'failing' : 'focus') : `${hops} hop${hops === 1 ? '' : 's'}`);

/** Sites as groups: a service at exactly one site sits in that site's box; shared and central ones get their own. */
function groupOf(service: Service): string {
  if (service.siteIds.length === 1) return `site${service.siteIds[0]}`;
  return service.siteIds.length === 0 ? 'site-none' : 'site-several';
}

export function buildMapModel(
  catalog: Catalog,
  graph: { nodes: MapNode[]; edges: MapEdge[] },
  options: { mode: BlastMode; filters: MapFilters; groupBySite: boolean; wholeEstate: boolean },
): MapModel {
  const services = new Map(catalog.services.map((s) => [s.id, s]));
  const { filters, mode } = options;
  const keep = (s: Service, node: MapNode | undefined) =>
    node?.role === 'source' ||
    ((filters.kinds.length === 0 || filters.kinds.includes(s.kind)) && (filters.tiers.length === 0 || filters.tiers.includes(s.tier)) && (filters.siteId === null || s.siteIds.includes(filters.siteId)));

  const inGraph = new Map(graph.nodes.map((n) => [n.id, n]));
  const shown: Array<{ service: Service; node: MapNode | undefined }> = [];
  if (options.wholeEstate) {
    for (const s of catalog.services) if (keep(s, inGraph.get(s.id))) shown.push({ service: s, node: inGraph.get(s.id) });
  } else {
    for (const n of graph.nodes) {
      const s = services.get(n.id);
      if (s && keep(s, n)) shown.push({ service: s, node: n });
    }
  }
  const ids = new Set(shown.map((x) => x.service.id));

  const groupNames = new Map<string, string>();
  const sites = new Map(catalog.sites.map((s) => [s.id, s.name]));
  const elements: ElementDefinition[] = [];
  const layoutNodes: LayoutRequest['nodes'] = [];
  for (const { service, node } of shown) {
    const maxW = node?.role === 'source' ? MAX_W_SOURCE : MAX_W;
    const second = `Tier ${service.tier}${node ? ` · ${hopText(node.hops, mode)}` : ''}`;
    const name = mapName(service.name, maxW - 20);
    const textW = Math.min(maxW - 20, Math.max(labelWidth(name), labelWidth(second)));
    const wraps = labelWidth(name) > maxW - 20;
    const width = Math.max(96, Math.ceil(textW) + 24);
    const height = wraps ? NODE_H_WRAPPED : NODE_H;
    const parent = options.groupBySite ? groupOf(service) : undefined;
    if (parent && !groupNames.has(parent)) {
      groupNames.set(parent, parent === 'site-none' ? 'No site (central)' : parent === 'site-several' ? 'Several sites' : (sites.get(service.siteIds[0]!) ?? 'Site'));
    }
    const role = node?.role ?? 'rest';
    elements.push({
      group: 'nodes',
      data: {
        id: sid(service.id),
        serviceId: service.id,
        label: `${name}\n${second}`,
        w: width,
        h: height,
        tw: width - 14,
        ...(parent ? { parent } : {}),
      },
      classes: [role, `tier${service.tier}`].join(' '),
    });
    layoutNodes.push({ id: sid(service.id), width, height, ...(parent ? { parent } : {}) });
  }
  for (const [id, label] of groupNames) elements.unshift({ group: 'nodes', data: { id, label }, classes: 'site-group' });

  const layoutEdges: LayoutRequest['edges'] = [];
  const impactEdges = new Set<number>();
  for (const e of graph.edges) {
    if (!ids.has(e.from) || !ids.has(e.to)) continue;
    impactEdges.add(e.id);
    elements.push({ group: 'edges', data: { id: `d${e.id}`, source: sid(e.from), target: sid(e.to) }, classes: `impact ${e.strength}` });
    layoutEdges.push({ id: `d${e.id}`, source: sid(e.from), target: sid(e.to) });
  }
  if (options.wholeEstate) {
    for (const d of catalog.dependencies) {
      if (impactEdges.has(d.id) || !ids.has(d.fromId) || !ids.has(d.toId) || d.fromId === d.toId) continue;
      elements.push({ group: 'edges', data: { id: `d${d.id}`, source: sid(d.toId), target: sid(d.fromId) }, classes: `rest ${d.strength}` });
      layoutEdges.push({ id: `d${d.id}`, source: sid(d.toId), target: sid(d.fromId) });
    }
  }
  // The estate's layout ignores which part is impacted, so it is computed once and reused for every focus.
  const signature = options.wholeEstate
    ? `estate:${catalog.services.length}:${catalog.dependencies.length}:${options.groupBySite}:${hash([...ids].join(','))}:${layoutEdges.length}`
    : `focus:${options.groupBySite}:${layoutNodes.map((n) => `${n.id}/${n.width}`).join(',')}|${layoutEdges.map((e) => e.id).join(',')}`;
  return {
    elements,
    layout: { nodes: layoutNodes, groups: [...groupNames.keys()], edges: layoutEdges, roots: options.wholeEstate ? [] : graph.nodes.filter((n) => n.role === 'source' && ids.has(n.id)).map((n) => sid(n.id)), large: options.wholeEstate && layoutNodes.length > 400 },
    signature,
    sourceIds: graph.nodes.filter((n) => n.role === 'source').map((n) => sid(n.id)),
    nodeCount: layoutNodes.length,
  };
}
