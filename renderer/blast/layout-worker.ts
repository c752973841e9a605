// Runs ELK's layered layout off the main thread: a 300-node neighbourhood takes ELK around a second.
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

const elk = new ELK();

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

async function layout(request: LayoutRequest): Promise<Record<string, { x: number; y: number }>> {
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
