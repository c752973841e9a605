import type { DoraBandName } from '../../shared/engine/dora';

// Colours are CSS custom properties (renderer/styles/dashboard.css), so the charts follow the theme.
export const BAND_FILL: Record<DoraBandName, string> = {
  elite: 'var(--band-elite)',
  high: 'var(--band-high)',
  medium: 'var(--band-medium)',
  low: 'var(--band-low)',
};
export const SERIES_FILL = ['var(--chart-1)', 'var(--chart-2)'] as const;
export const AXIS_TICK = { fill: 'var(--text-2)', fontSize: 11 };
export const GRID_STROKE = 'var(--border)';
export const TOOLTIP_PROPS = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border-strong)', borderRadius: 6, fontSize: 12, color: 'var(--text)' },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  cursor: { fill: 'var(--surface-hover)' },
} as const;
/** Rows of a chart laid out sideways (one per service, site…): tall enough to read every name. */
export const ROW_PX = 22;
export const sidewaysHeight = (rows: number, series: number) => Math.max(160, rows * ROW_PX * Math.max(1, series * 0.8) + 40);
