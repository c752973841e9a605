// Lays the map out off the main thread. ELK's layered layout reads best but takes around a second
// on 300 services and tens of seconds on 2,000; past BIG nodes (without site groups), cytoscape's
// breadth-first layout (headless, here in the worker) places the same hop columns in milliseconds.
import cytoscape from 'cytoscape';
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

const elk = new ELK();
const BIG = 120;
const GAP_X = 56;
const GAP_Y = 14;

const BASE: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '14',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.componentComponent': '40',
  'elk.edgeRouting': 'POLYLINE',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.padding': '[top=28,left=14,bottom=14,right=14]',
};
// Cheaper passes for the whole estate: longest-path layering and a single crossing-minimisation sweep.
const LARGE: Record<string, string> = {
  'elk.layered.thoroughness': '1',
  'elk.layered.layering.strategy': 'LONGEST_PATH',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  'elk.layered.cycleBreaking.strategy': 'GREEDY',
  'elk.layered.compaction.postCompaction.strategy': 'NONE',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
};

type Positions = Record<string, { x: number; y: number }>;

/**
 * Breadth-first from the sources (no sources: from the roots), one column per hop. Cytoscape lays
 * levels out as rows; the result is turned a quarter so hops run left to right, as with ELK.
 */
function breadthFirst(request: LayoutRequest): Positions {
  const maxW = Math.max(...request.nodes.map((n) => n.width), 1);
  const maxH = Math.max(...request.nodes.map((n) => n.height), 1);
  // No style: the levels and their order are all this takes from cytoscape (the boxes are placed
  // below), and styling hundreds of elements was half the time of a focus change's layout.
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...request.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
      ...request.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  const rootIds = new Set(request.roots);
  const roots = rootIds.size ? cy.nodes().filter((n) => rootIds.has(n.id())) : undefined;
  // Headless, there is no viewport to spread levels over: give breadth-first a box of its own.
  const box = { x1: 0, y1: 0, w: request.nodes.length * (maxH + GAP_Y), h: request.nodes.length * 100 };
  cy.layout({ name: 'breadthfirst', directed: true, ...(roots ? { roots } : {}), boundingBox: box, spacingFactor: 1, avoidOverlap: true, nodeDimensionsIncludeLabels: false, animate: false }).run();
  // Rows become columns: each level's y becomes an x, spaced by the widest box; along a column, boxes stack.
  const positions: Positions = {};
  const levels = new Map<number, Array<{ id: string; x: number }>>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    const level = Math.round(p.y);
    const list = levels.get(level) ?? [];
    list.push({ id: n.id(), x: p.x });
    levels.set(level, list);
  });
  const heights = new Map(request.nodes.map((n) => [n.id, n.height]));
  // A level of hundreds of services would make one endless column: wrap each level into columns of at
  // most `rows` boxes, chosen so the whole map comes out about as wide as a screen is (16:10).
  const rows = Math.max(12, Math.ceil(Math.sqrt((request.nodes.length * (maxW + GAP_X)) / (1.6 * (maxH + GAP_Y)))));
  let column = 0;
  for (const level of [...levels.keys()].sort((a, b) => a - b)) {
    const list = levels.get(level)!.sort((a, b) => a.x - b.x);
    for (let start = 0; start < list.length; start += rows, column++) {
      const chunk = list.slice(start, start + rows);
      const total = chunk.reduce((sum, n) => sum + (heights.get(n.id) ?? maxH) + GAP_Y, 0);
      let y = -total / 2;
      for (const n of chunk) {
        const h = heights.get(n.id) ?? maxH;
        positions[n.id] = { x: column * (maxW + GAP_X), y: y + h / 2 };
        y += h + GAP_Y;
      }
    }
  }
  cy.destroy();
  return positions;
}

async function layout(request: LayoutRequest): Promise<Positions> {
  if (request.groups.length === 0 && request.nodes.length > BIG) return breadthFirst(request);
  const groups = new Map<string, ElkNode>(request.groups.map((id) => [id, { id, children: [] }]));
  const top: ElkNode[] = [...groups.values()];
  for (const node of request.nodes) {
    const elkNode: ElkNode = { id: node.id, width: node.width, height: node.height };
    const group = node.parent ? groups.get(node.parent) : undefined;
    if (group) group.children!.push(elkNode);
    else top.push(elkNode);
  }
  const graph: ElkNode = {
    id: '__root',
    layoutOptions: request.large ? { ...BASE, ...LARGE } : BASE,
    children: top.filter((n) => !groups.has(n.id) || (n.children?.length ?? 0) > 0),
    edges: request.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const result = await elk.layout(graph);
  const positions: Record<string, { x: number; y: number }> = {};
  const walk = (node: ElkNode, dx: number, dy: number) => {
    for (const child of node.children ?? []) {
      const x = dx + (child.x ?? 0);
      const y = dy + (child.y ?? 0);
      // Groups are sized by cytoscape from their children; only leaves need a position.
      if (child.children && child.children.length > 0) walk(child, x, y);
      else positions[child.id] = { x: x + (child.width ?? 0) / 2, y: y + (child.height ?? 0) / 2 };
    }
  };
  walk(result, 0, 0);
  return positions;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  const started = performance.now();
  layout(request).then(
    (positions) => self.postMessage({ seq: request.seq, ok: true, positions, ms: performance.now() - started } satisfies LayoutResponse),
    (error: unknown) => self.postMessage({ seq: request.seq, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies LayoutResponse),
  );
};
