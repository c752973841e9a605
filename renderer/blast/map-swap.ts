import type { CollectionReturnValue, Core, ElementDefinition, SingularElementReturnValue } from 'cytoscape';

type Positions = Record<string, { x: number; y: number }>;

/** Hidden (display: none) until the layout lands: styled in the meantime, never drawn piled up at the origin. */
export const PENDING = 'pending';
/** Elements styled per slice: each slice is a short task, so input and the panel stay responsive. */
const STYLE_SLICE = 250;
const ADD_SLICE = 2000;

export interface Staged {
  /** Elements new to the map, hidden for now. */
  added: CollectionReturnValue;
  /** Elements on the map already that the next one keeps, with their new definitions. */
  kept: Array<[SingularElementReturnValue, ElementDefinition]>;
}

const yieldToBrowser = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** An element can stay when it keeps its place in the graph: same parent, same ends. */
function keepable(ele: SingularElementReturnValue, def: ElementDefinition): boolean {
  if (ele.group() === 'nodes') return (ele.data('parent') as string | undefined) === def.data.parent;
  return ele.data('source') === def.data.source && ele.data('target') === def.data.target;
}

/**
 * Puts the next map's elements on the graph hidden, and has cytoscape work out their style (its most
 * expensive step, once per new element) in slices while the worker lays them out. The map on screen
 * stays as it is. Returns null when a newer map took over.
 */
export async function stage(cy: Core, elements: ElementDefinition[], current: () => boolean): Promise<Staged | null> {
  // Anything in the way (same id, another place in the graph) goes now; the rest of the old map stays until the swap.
  cy.batch(() => {
    for (const def of elements) {
      const ele = cy.getElementById(def.data.id!);
      if (ele.nonempty() && !keepable(ele, def)) ele.remove();
    }
  });
  const kept: Staged['kept'] = [];
  const fresh: ElementDefinition[] = [];
  for (const def of elements) {
    const ele = cy.getElementById(def.data.id!);
    if (ele.nonempty()) kept.push([ele, def]);
    else fresh.push(def);
  }
  let added = cy.collection();
  for (let start = 0; start < fresh.length; start += ADD_SLICE) {
    if (start > 0) await yieldToBrowser();
    if (!current() || cy.destroyed()) return null;
    const slice = fresh.slice(start, start + ADD_SLICE).map((def) => ({ ...def, classes: `${(def.classes as string | undefined) ?? ''} ${PENDING}` }));
    cy.batch(() => {
      added = added.union(cy.add(slice));
    });
  }
  for (let start = 0; start < added.length; start += STYLE_SLICE) {
    await yieldToBrowser();
    if (!current() || cy.destroyed()) return null;
    // Reading a style property applies the element's whole style, once.
    added.slice(start, start + STYLE_SLICE).forEach((ele) => void ele.numericStyle('display'));
  }
  return { added, kept };
}

/** Replaces the map on screen with the staged one, at the worker's positions, in one batch. */
export function swap(cy: Core, staged: Staged, positions: Positions | null): void {
  cy.batch(() => {
    const keep = cy.collection();
    for (const [ele] of staged.kept) keep.merge(ele);
    cy.elements().difference(keep).difference(staged.added).remove();
    for (const [ele, def] of staged.kept) {
      ele.data(def.data);
      ele.classes((def.classes as string | undefined) ?? '');
    }
    if (positions) {
      for (const [id, p] of Object.entries(positions)) {
        const node = cy.getElementById(id);
        if (node.nonempty()) node.position(p);
      }
    }
    staged.added.removeClass(PENDING);
  });
}
