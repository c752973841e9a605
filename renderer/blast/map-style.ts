import type { StylesheetJson } from 'cytoscape';

/** The theme's colours, read from the CSS tokens so the canvas follows light and dark like the rest of the app. */
export function themeColours(element: Element) {
  const css = getComputedStyle(element);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    surface: v('--surface', '#ffffff'),
    surface2: v('--surface-2', '#f7f8fa'),
    text: v('--text', '#1a1f26'),
    text2: v('--text-2', '#4f5966'),
    text3: v('--text-3', '#68727e'),
    border: v('--border-strong', '#c6ccd4'),
    accent: v('--accent', '#2454c7'),
    accentSoft: v('--accent-soft', '#e8effc'),
    danger: v('--danger', '#b42318'),
    dangerSoft: v('--danger-soft', '#fdecea'),
    warn: v('--warn', '#8a5a00'),
    warnSoft: v('--warn-soft', '#fff4dc'),
    focus: v('--focus', '#2f6df6'),
  };
}

export type Colours = ReturnType<typeof themeColours>;

/**
 * Legend: blue = focus (or failing, in the what-if); red solid = hard path (fails); amber dashed = soft
 * path (degrades); grey = outside the blast radius. Tier 1 boxes have a double border.
 */
export function mapStyle(c: Colours): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 'data(h)',
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': 'data(tw)',
        'text-valign': 'center',
        'text-halign': 'center',
        'font-family': 'system-ui, sans-serif',
        'font-size': 14,
        'font-weight': 600,
        'line-height': 1.25,
        color: c.text,
        'background-color': c.surface,
        'border-width': 1.5,
        'border-color': c.border,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'node.tier1', style: { 'border-width': 4, 'border-style': 'double' } },
    { selector: 'node.source', style: { 'background-color': c.accentSoft, 'border-color': c.accent, color: c.text } },
    { selector: 'node.hard', style: { 'background-color': c.dangerSoft, 'border-color': c.danger } },
    { selector: 'node.soft', style: { 'background-color': c.warnSoft, 'border-color': c.warn, 'border-style': 'dashed' } },
    { selector: 'node.soft.tier1', style: { 'border-style': 'double' } },
    { selector: 'node.rest', style: { opacity: 0.35, color: c.text3 } },
    {
      selector: 'node.site-group',
      style: {
        shape: 'round-rectangle',
        'background-color': c.surface2,
        'background-opacity': 0.6,
        'border-color': c.border,
        'border-width': 1,
        'border-style': 'solid',
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': 18,
        'font-size': 12,
        'font-weight': 700,
        color: c.text2,
        padding: '12px',
      },
    },
    { selector: 'node:selected', style: { 'overlay-color': c.focus, 'overlay-opacity': 0.18, 'overlay-padding': 6, 'border-color': c.focus } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'line-color': c.border,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': c.border,
        'arrow-scale': 0.9,
        // Nothing happens on an edge: leaving them out of hit testing keeps pointer moves cheap on 8,000 of them.
        events: 'no',
      },
    },
    { selector: 'edge.impact.hard', style: { 'line-color': c.danger, 'target-arrow-color': c.danger, width: 2 } },
    { selector: 'edge.impact.soft', style: { 'line-color': c.warn, 'target-arrow-color': c.warn, 'line-style': 'dashed', width: 1.75 } },
    { selector: 'edge.rest', style: { opacity: 0.18, width: 1, 'target-arrow-shape': 'none', 'curve-style': 'haystack' } },
    { selector: 'edge.rest.soft', style: { 'line-style': 'dashed' } },
  ];
}
