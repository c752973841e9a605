import { useMemo } from 'react';
import { buildImpactReport, focusSources, neighbourhoodOf, type ImpactReport, type MapEdge, type MapNode } from '../../shared/blast';
import { blastRadius, type BlastRadius } from '../../shared/engine/graph';
import type { Catalog } from '../../shared/model/catalog';
import { useBlast } from './blast-store';
import { useBlastCatalog, useBlastGraph, useBlastPlan } from './use-blast-data';
import { useMinuteClock } from './use-minute-clock';

export interface BlastAnalysis {
  catalog: Catalog;
  sources: number[];
  radius: BlastRadius | null;
  report: ImpactReport | null;
  graph: { nodes: MapNode[]; edges: MapEdge[] };
}

const EMPTY_GRAPH = { nodes: [], edges: [] };

/**
 * One engine call per focus (shared/engine/graph/blast-radius.ts, the same function the CLI and the
 * API use), run here in the renderer: sub-millisecond on the compiled index, so the panel follows
 * a focus change within a frame.
 */
export function useBlastAnalysis(): BlastAnalysis {
  const catalog = useBlastCatalog();
  // The store's compiled index of this catalog: the screen's first render does not build its own.
  const index = useBlastGraph();
  const plan = useBlastPlan();
  const focus = useBlast((s) => s.focus);
  const mode = useBlast((s) => s.mode);
  const failingIds = useBlast((s) => s.failingIds);
  const direction = useBlast((s) => s.direction);
  const depth = useBlast((s) => s.depth);
  const now = useMinuteClock();

  const sources = useMemo(() => (mode === 'incident' ? focusSources(catalog, plan, { kind: 'services', serviceIds: failingIds }) : focusSources(catalog, plan, focus)), [catalog, plan, focus, mode, failingIds]);
  const radius = useMemo(() => {
    if (sources.length === 0) return null;
    // A failure spreads to the services that depend on it: the what-if is always downstream.
    return blastRadius(index, sources, { direction: mode === 'incident' ? 'downstream' : direction, ...(depth === null ? {} : { maxDepth: depth }) });
  }, [index, sources, mode, direction, depth]);
  const report = useMemo(() => (radius ? buildImpactReport(catalog, plan, radius, now, mode) : null), [catalog, plan, radius, now, mode]);
  const graph = useMemo(() => (radius ? neighbourhoodOf(catalog, radius) : EMPTY_GRAPH), [catalog, radius]);
  return { catalog, sources, radius, report, graph };
}
