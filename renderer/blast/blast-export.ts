import { impactMarkdown, type ImpactReport } from '../../shared/blast';
import { downloadBlob, downloadText } from '../ui/download';
import { currentMap } from './map-instance';

const background = () => getComputedStyle(document.body).backgroundColor || '#ffffff';
const stamp = () => new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');

/** Browsers refuse canvases much past this many pixels a side; the whole estate is scaled down to fit. */
const MAX_PNG_SIDE = 12_000;

/** The whole map as PNG, at twice the screen's scale so it stays sharp in a slide. Labels are pixels, so nothing to escape. */
export function exportPng(): boolean {
  const cy = currentMap();
  if (!cy || cy.nodes().empty()) return false;
  const box = cy.elements().boundingBox();
  const scale = Math.min(2, MAX_PNG_SIDE / Math.max(1, box.w, box.h));
  downloadBlob(`blast-radius-${stamp()}.png`, cy.png({ output: 'blob', full: true, scale, bg: background() }));
  return true;
}

/** The whole map as SVG. cytoscape-svg writes labels as text nodes and serialises with XMLSerializer, so names are escaped. */
export function exportSvg(): boolean {
  const cy = currentMap();
  if (!cy || cy.nodes().empty()) return false;
  downloadText(`blast-radius-${stamp()}.svg`, cy.svg({ full: true, scale: 1, bg: background() }), 'image/svg+xml');
  return true;
}

export function exportMarkdown(report: ImpactReport): void {
  downloadText(`blast-radius-${stamp()}.md`, impactMarkdown(report, new Date().toISOString()), 'text/markdown');
}
