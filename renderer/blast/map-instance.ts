import type { Core } from 'cytoscape';

/** The map on screen, for the export buttons (which sit outside the map component). */
let current: Core | null = null;

export const setCurrentMap = (cy: Core | null) => {
  current = cy;
};
export const currentMap = () => current;
