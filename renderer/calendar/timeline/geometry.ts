import { DAY_MS } from '../../../shared/engine/calendar/wall-clock';
import type { TimelineRow } from './layout-rows';

export const LABEL_W = 260;
export const AXIS_H = 52;
export const ROW_H: Readonly<Record<TimelineRow['kind'], number>> = { group: 40, lane: 40, window: 28 };

/** Maps instants to x (px from the start of the track) and back. */
export interface Scale {
  fromMs: number;
  toMs: number;
  pxPerMs: number;
}

export const xOf = (scale: Scale, ms: number) => (ms - scale.fromMs) * scale.pxPerMs;
export const msAt = (scale: Scale, x: number) => scale.fromMs + x / scale.pxPerMs;

/** The scrollable span: the plan's releases and today, with room either side to drag into. */
export function timeRange(extent: { fromMs: number; toMs: number } | null, nowMs: number): { fromMs: number; toMs: number } {
  const from = Math.min(extent?.fromMs ?? nowMs, nowMs) - 35 * DAY_MS;
  const to = Math.max(extent?.toMs ?? nowMs, nowMs) + 120 * DAY_MS;
  return { fromMs: Math.floor(from / DAY_MS) * DAY_MS, toMs: Math.ceil(to / DAY_MS) * DAY_MS };
}

/** Top offset of every row (prefix sums), for arrows between rows the virtualiser may not render. */
export function rowOffsets(rows: readonly TimelineRow[]): Float64Array {
  const offsets = new Float64Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) offsets[i + 1] = offsets[i]! + ROW_H[rows[i]!.kind];
  return offsets;
}

/** Wave segments as fractions of the bar: each wave's rollout, then its soak before the next wave. */
export function waveSegments(waves: ReadonlyArray<{ name: string; soakMinutes: number }>, durationMinutes: number): Array<{ name: string; kind: 'wave' | 'soak'; fraction: number }> {
  if (waves.length < 2) return [];
  const soaks = waves.slice(0, -1).map((w) => w.soakMinutes);
  const soakTotal = soaks.reduce((a, b) => a + b, 0);
  // Soak is drawn to scale while it leaves room for the waves; beyond that it is squeezed.
  const soakShare = durationMinutes > 0 ? Math.min(0.6, soakTotal / durationMinutes) : 0;
  const waveShare = (1 - soakShare) / waves.length;
  const out: Array<{ name: string; kind: 'wave' | 'soak'; fraction: number }> = [];
  waves.forEach((wave, i) => {
    out.push({ name: wave.name, kind: 'wave', fraction: waveShare });
    if (i < soaks.length && soakTotal > 0 && soaks[i]! > 0) out.push({ name: `${wave.name} soak`, kind: 'soak', fraction: (soakShare * soaks[i]!) / soakTotal });
  });
  return out;
}
