/** Messages between the map and its layout worker. Positions are node centres, as cytoscape wants them. */
export interface LayoutRequest {
  seq: number;
  nodes: Array<{ id: string; width: number; height: number; parent?: string }>;
  /** Compound groups (sites), drawn as boxes around their services. */
  groups: string[];
  edges: Array<{ id: string; source: string; target: string }>;
  /** Where breadth-first layouts start: the focus. */
  roots: string[];
  /** Big graphs get ELK's cheapest layered settings: one pass instead of seven. */
  large: boolean;
}

export type LayoutResponse = { seq: number; ok: true; positions: Record<string, { x: number; y: number }>; ms: number } | { seq: number; ok: false; message: string };
