import type { Core, ElementDefinition } from 'cytoscape';
import { afterNextFrame } from './map-reveal';

/**
 * Below this zoom the whole estate's other dependencies (the grey lines outside the blast radius)
 * are left off: thousands of them make an unreadable haze there, and drawing them costs a frame of
 * hundreds of milliseconds. Labels become readable a little above it, and the lines come back with them.
 */
export const FAR_EDGE_ZOOM = 0.4;
const SLICE = 600;
/** Wait this long after the last pan or zoom step, so a wheel gesture changes the map once. */
const SETTLE_MS = 120;

/** The estate's grey lines: neither end is on a path from the focus. */
export const isFarEdge = (def: ElementDefinition) => def.group === 'edges' && ` ${(def.classes as string | undefined) ?? ''} `.includes(' rest ');

/**
 * Keeps the whole estate's grey lines on the map only when zoomed in enough to read them. Taking
 * them off is one short removal; putting them back is a slice per frame.
 */
export class FarEdges {
  private defs: ElementDefinition[] = [];
  private active = false;
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly cy: Core) {
    cy.on('viewport', this.onViewport);
  }

  private readonly onViewport = () => {
    if (!this.active) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.sync(), SETTLE_MS);
  };

  /** A new estate map is on its way: stop adding the old one's lines. */
  stop(): void {
    this.active = false;
    this.run++;
    clearTimeout(this.timer);
  }

  /** The lines of the estate map now shown, and brings the map in line with the zoom. */
  async show(defs: ElementDefinition[]): Promise<void> {
    this.defs = defs;
    this.active = true;
    await this.sync();
  }

  private async sync(): Promise<void> {
    const mine = ++this.run;
    const cy = this.cy;
    if (cy.destroyed()) return;
    if (cy.zoom() < FAR_EDGE_ZOOM) {
      const shown = cy.edges('.rest');
      if (shown.nonempty()) cy.batch(() => void shown.remove());
      return;
    }
    const missing = this.defs.filter((def) => cy.getElementById(def.data.id!).empty());
    for (let start = 0; start < missing.length; start += SLICE) {
      if (start > 0) await afterNextFrame();
      if (mine !== this.run || cy.destroyed()) return;
      const slice = missing
        .slice(start, start + SLICE)
        .filter((def) => cy.getElementById(def.data.id!).empty() && cy.getElementById(def.data.source!).nonempty() && cy.getElementById(def.data.target!).nonempty());
      cy.batch(() => void cy.add(slice));
    }
  }

  destroy(): void {
    this.stop();
    if (!this.cy.destroyed()) this.cy.off('viewport', this.onViewport);
  }
}
