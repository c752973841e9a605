import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useBlast } from './blast-store';
import { layoutGraph } from './layout-client';
import type { MapModel } from './map-elements';
import { setCurrentMap } from './map-instance';
import { FarEdges, isFarEdge } from './estate-far-edges';
import { reveal } from './map-reveal';
import { mapStyle, themeColours } from './map-style';
import { useBlastTheme } from './use-blast-data';

cytoscape.use(cytoscapeSvg);

// Cytoscape adds an inline <style> for its container unless one with this id exists; the CSP refuses
// inline styles, so a placeholder stands in and blast.css carries the rule.
const STYLESHEET_ID = '__________cytoscape_stylesheet';
function claimStylesheetSlot(): void {
  if (document.getElementById(STYLESHEET_ID)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = STYLESHEET_ID;
  document.head.append(placeholder);
}

/** Readable labels first: by default the map zooms out no further than this; Fit shows everything. */
const MIN_DEFAULT_ZOOM = 0.75;
const MAX_DEFAULT_ZOOM = 1.3;
const PAD = 30;
const PAN_STEP = 80;

type Box = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };

/**
 * Fit when it stays readable; otherwise the minimum readable zoom with the sources at the left edge
 * (the layout flows right). `bounds` gives the box of all nodes, or of the given ones.
 */
function frame(cy: Core, sourceIds: string[], bounds: (ids?: string[]) => Box | null): void {
  cy.resize();
  const all = bounds();
  if (!all) return;
  const width = cy.width();
  const height = cy.height();
  const fitZoom = Math.min((width - 2 * PAD) / Math.max(1, all.w), (height - 2 * PAD) / Math.max(1, all.h));
  const zoom = Math.max(MIN_DEFAULT_ZOOM, Math.min(MAX_DEFAULT_ZOOM, fitZoom));
  if (zoom <= fitZoom) {
    cy.viewport({ zoom, pan: { x: width / 2 - ((all.x1 + all.x2) / 2) * zoom, y: height / 2 - ((all.y1 + all.y2) / 2) * zoom } });
    return;
  }
  const focus = bounds(sourceIds) ?? all;
  cy.viewport({ zoom, pan: { x: PAD - all.x1 * zoom, y: height / 2 - ((focus.y1 + focus.y2) / 2) * zoom } });
}

/**
 * Node boxes as drawn. Boxes hold their labels, so bounds skip label measuring: on 300 nodes
 * measuring every label is most of the cost of a fit. Nodes alone: edges run between them, and
 * their bounds would route every edge here, in this task.
 */
const drawnBounds =
  (cy: Core) =>
  (ids?: string[]): Box | null => {
    const box = { includeLabels: false, includeOverlays: false } as const;
    const nodes = ids ? cy.nodes().filter((n) => ids.includes(n.id())) : cy.nodes();
    return nodes.nonempty() ? nodes.boundingBox(box) : null;
  };

/** The same box from the worker's positions and each box's size, before anything is on the map. */
const plannedBounds =
  (model: MapModel, positions: Positions) =>
  (ids?: string[]): Box | null => {
    const only = ids ? new Set(ids) : null;
    let b: Box | null = null;
    for (const node of model.layout.nodes) {
      const p = positions[node.id];
      if (!p || (only && !only.has(node.id))) continue;
      const x1 = p.x - node.width / 2;
      const y1 = p.y - node.height / 2;
      const x2 = p.x + node.width / 2;
      const y2 = p.y + node.height / 2;
      b = b ? { x1: Math.min(b.x1, x1), y1: Math.min(b.y1, y1), x2: Math.max(b.x2, x2), y2: Math.max(b.y2, y2), w: 0, h: 0 } : { x1, y1, x2, y2, w: 0, h: 0 };
    }
    return b && { ...b, w: b.x2 - b.x1, h: b.y2 - b.y1 };
  };

type Positions = Record<string, { x: number; y: number }>;

interface Props {
  model: MapModel;
  /** Nothing in focus: the map stays mounted, out of sight. */
  hidden?: boolean;
  large: boolean;
  label: string;
  legend: ReactNode;
}

/** The map: cytoscape on a canvas, positions from ELK in a worker. The impact panel is its accessible twin. */
export function BlastMap({ model, hidden = false, large, label, legend }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const farRef = useRef<FarEdges | null>(null);
  const seq = useRef(0);
  // The map is ready when the model on screen is the one asked for: derived, so a new model is 'laying-out' at once.
  const [drawn, setDrawn] = useState<MapModel | null>(null);
  const state: 'laying-out' | 'ready' = drawn === model ? 'ready' : 'laying-out';
  const theme = useBlastTheme();
  const selectedId = useBlast((s) => s.selectedId);
  const fitSeq = useBlast((s) => s.fitSeq);

  useEffect(() => {
    claimStylesheetSlot();
    const cy = cytoscape({
      container: container.current,
      style: mapStyle(themeColours(container.current!)),
      // Nothing to place yet: without this cytoscape runs its grid layout, which measures the page.
      layout: { name: 'preset', fit: false },
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: true,
      // On the whole estate, pan a cached bitmap and leave edges out while moving: frames stay short.
      textureOnViewport: false,
      hideEdgesOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
    });
    cy.on('tap', 'node', (event) => {
      const id = event.target.data('serviceId') as number | undefined;
      if (id !== undefined) useBlast.getState().select(id);
    });
    cyRef.current = cy;
    farRef.current = new FarEdges(cy);
    setCurrentMap(cy);
    return () => {
      setCurrentMap(null);
      farRef.current?.destroy();
      farRef.current = null;
      cy.destroy();
      cyRef.current = null;
    };
  }, [large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy && container.current) cy.style(mapStyle(themeColours(container.current)));
  }, [theme]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const mine = ++seq.current;
    const current = () => mine === seq.current && !cy.destroyed();
    const far = farRef.current;
    far?.stop();
    // Nothing in focus (the map is hidden): clear it, so the next focus starts from a blank map.
    if (model.nodeCount === 0) {
      cy.elements().remove();
      return;
    }
    const requested = performance.now();
    const layout = layoutGraph(model.layout, model.signature).then((positions) => {
      if (current()) performance.measure('blast:layout', { start: requested }); // read by bench/ui-blast.ts
      return positions;
    });
    const settle = (received: number) => {
      const selected = useBlast.getState().selectedId;
      if (selected !== null) cy.$id(`s${selected}`).select();
      requestAnimationFrame(() => {
        if (mine !== seq.current) return;
        performance.measure('blast:draw', { start: received });
        performance.mark('blast:map-settled');
        setDrawn(model);
      });
    };
    void layout.then(async (positions) => {
      if (!current()) return;
      const received = performance.now();
      if (positions) {
        // Framed from the worker's positions before anything is drawn; then the new map replaces the
        // old one a slice per frame (one slice for a focus). On the whole estate the grey lines outside
        // the blast radius follow the zoom.
        frame(cy, model.sourceIds, plannedBounds(model, positions));
        if (!(await reveal(cy, model.elements, positions, current, model.layout.large ? isFarEdge : undefined))) return;
        if (model.layout.large) await far?.show(model.elements.filter(isFarEdge));
      } else {
        // No worker (a file:// page): cytoscape's own breadth-first layout, by hop from the sources.
        if (!(await reveal(cy, model.elements, {}, current))) return;
        // The typings say string[]; cytoscape wants the roots as a collection.
        const roots = cy.nodes().filter((n) => model.sourceIds.includes(n.id()));
        cy.layout({ name: 'breadthfirst', directed: true, ...(roots.nonempty() ? { roots } : {}), spacingFactor: 1.05, avoidOverlap: true }).run();
        frame(cy, model.sourceIds, drawnBounds(cy));
      }
      if (current()) settle(received);
    });
  }, [model]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    if (selectedId === null) return;
    const node = cy.$id(`s${selectedId}`);
    if (node.nonempty()) {
      node.select();
      const { x1, x2, y1, y2 } = cy.extent();
      const p = node.position();
      if (p.x < x1 || p.x > x2 || p.y < y1 || p.y > y2) cy.center(node);
    }
  }, [selectedId]);

  useEffect(() => {
    if (fitSeq > 0) cyRef.current?.fit(undefined, PAD);
  }, [fitSeq]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const cy = cyRef.current;
    if (!cy) return;
    const moves: Record<string, [number, number]> = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] };
    const move = moves[event.key];
    const middle = { x: cy.width() / 2, y: cy.height() / 2 };
    if (move) cy.panBy({ x: move[0], y: move[1] });
    else if (event.key === '+' || event.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: middle });
    else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: middle });
    else if (event.key === '0') cy.fit(undefined, PAD);
    else return;
    event.preventDefault();
  }

  return (
    <div className="blast-map-frame" hidden={hidden}>
      <div
        ref={container}
        className="blast-map"
        role="application"
        aria-roledescription="map"
        aria-label={label}
        aria-describedby="blast-map-keys"
        aria-busy={state === 'laying-out'}
        data-state={state}
        data-nodes={model.nodeCount}
        data-selected={selectedId ?? ''}
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
      <div className="blast-map-legend">{legend}</div>
      <p id="blast-map-keys" className="sr-only">Arrow keys pan, plus and minus zoom, 0 fits the map. The impact panel lists everything the map shows.</p>
      {state === 'laying-out' ? (
        <p className="blast-map-status" role="status">
          {large ? 'Laying out the whole estate (once per workspace)…' : 'Laying out…'}
        </p>
      ) : null}
    </div>
  );
}
