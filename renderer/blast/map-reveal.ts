import type { Core, ElementDefinition, SingularElementReturnValue } from 'cytoscape';

type Positions = Record<string, { x: number; y: number }>;

/**
 * Elements per slice. Each slice is styled when added and measured and drawn in the next frame,
 * so a slice stays a short task however big the estate is.
 */
const SLICE = 400;

const yieldToBrowser = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** An element can stay when it keeps its place in the graph: same parent, same ends. */
function keepable(ele: SingularElementReturnValue, def: ElementDefinition): boolean {
  if (ele.group() === 'nodes') return (ele.data('parent') as string | undefined) === def.data.parent;
  return ele.data('source') === def.data.source && ele.data('target') === def.data.target;
}

/** Lets cytoscape draw the frame holding the last slice (its render runs in requestAnimationFrame) before the next. */
export const afterNextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => void yieldToBrowser().then(resolve)));

const classesOf = (def: ElementDefinition) => ((def.classes as string | undefined) ?? '').split(' ').filter(Boolean).sort().join(' ');

/**
 * Replaces the map on screen with the next one once its positions are known. Elements are added
 * with their place and final classes, so each is styled once; a big map goes on a slice per frame
 * and builds up over a few frames instead of freezing the window for one long one. An element
 * already on the map that keeps its place moves at once and is only restyled when its classes or
 * label changed, so moving the focus across the estate touches the few services whose part in the
 * blast radius changed. Returns false when a newer map took over half way.
 */
export async function reveal(
  cy: Core,
  elements: ElementDefinition[],
  positions: Positions,
  current: () => boolean,
  /** Not added here (another part of the map adds them), though updated when already on the map. */
  leaveOut: (def: ElementDefinition) => boolean = () => false,
): Promise<boolean> {
  const wanted = new Set(elements.map((def) => def.data.id!));
  cy.batch(() => {
    cy.elements()
      .filter((ele) => !wanted.has(ele.id()))
      .remove();
    for (const def of elements) {
      const ele = cy.getElementById(def.data.id!);
      if (ele.empty()) continue;
      if (!keepable(ele, def)) ele.remove();
      else if (positions[def.data.id!] && ele.isNode()) ele.position(positions[def.data.id!]!);
    }
  });
  for (let start = 0; start < elements.length; start += SLICE) {
    if (start > 0) await afterNextFrame();
    if (!current() || cy.destroyed()) return false;
    const fresh: ElementDefinition[] = [];
    let touched = cy.collection();
    cy.batch(() => {
      for (const def of elements.slice(start, start + SLICE)) {
        const id = def.data.id!;
        const ele = cy.getElementById(id);
        if (ele.empty()) {
          if (leaveOut(def)) continue;
          fresh.push(positions[id] ? { ...def, position: positions[id] } : def);
          continue;
        }
        const classes = classesOf(def);
        if (ele.data('label') === def.data.label && ele.data('w') === def.data.w && ele.classes().slice().sort().join(' ') === classes) continue;
        ele.data(def.data);
        ele.classes(classes);
        touched = touched.union(ele);
      }
      if (fresh.length) touched = touched.union(cy.add(fresh));
    });
    // Style them here, in this task: left to cytoscape, the styling would land in the frame that
    // draws them and make that one task twice as long. Reading a style property applies it.
    touched.forEach((ele) => void ele.numericStyle('display'));
  }
  return current() && !cy.destroyed();
}
