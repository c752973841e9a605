import { DAY_MS, HOUR_MS } from '../../../shared/engine/calendar/wall-clock';
import { instantToWall, wallToInstant } from '../../../shared/engine/calendar/zone-offsets';
import type { Zoom } from '../../state/calendar-view';
import { floatingDay, floatingParts } from '../../ui/zoned-time';

export interface Tick {
  ms: number;
  label: string;
  /** A shorter label for when `label` does not fit the tick's width ("Wed 25" for "Wed 25 Nov"). */
  short?: string;
  /** Position in the day (hour ticks: 0-23, six-hour ticks: 0-3); packed ticks label every n-th. Null for other units. */
  ordinal: number | null;
  /** Saturday or Sunday in the display zone, for day-level ticks. */
  weekend?: boolean;
}

type Unit = 'hour' | 'sixHours' | 'day' | 'week' | 'month';
const UNITS: Readonly<Record<Zoom, { major: Unit; minor: Unit }>> = {
  day: { major: 'day', minor: 'hour' },
  week: { major: 'day', minor: 'sixHours' },
  month: { major: 'month', minor: 'day' },
  quarter: { major: 'month', minor: 'week' },
};


/** Start of the wall-clock unit containing `wall` (floating ms). Weeks start on Monday. */
function floorWall(wall: number, unit: Unit): number {
  const d = new Date(wall);
  switch (unit) {
    case 'hour': return Math.floor(wall / HOUR_MS) * HOUR_MS;
    case 'sixHours': return Math.floor(wall / (6 * HOUR_MS)) * 6 * HOUR_MS;
    case 'day': return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    case 'week': return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    case 'month': return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  }
}

function nextWall(wall: number, unit: Unit): number {
  const d = new Date(wall);
  switch (unit) {
    case 'hour': return wall + HOUR_MS;
    case 'sixHours': return wall + 6 * HOUR_MS;
    case 'day': return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
    case 'week': return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 7);
    case 'month': return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
}

function label(wall: number, unit: Unit, major: boolean): string {
  const p = floatingParts(wall);
  switch (unit) {
    case 'hour':
    case 'sixHours': return p.clock;
    case 'day': return major ? floatingDay(wall) : p.day;
    case 'week': return `${p.day} ${p.month}`;
    case 'month': return `${p.month} ${p.year}`;
  }
}

/** "Wed 25" for a day tick that has no room for its month; the first of a month keeps it ("1 Dec"). */
function shortDay(wall: number): string {
  const p = floatingParts(wall);
  return p.day === '1' ? `${p.day} ${p.month}` : `${p.weekday} ${p.day}`;
}

/**
 * Tick instants between fromMs and toMs at wall-clock boundaries of the display zone, so "midnight"
 * is local midnight in Chicago when times are shown in Chicago, DST changes included.
 */
export function ticks(fromMs: number, toMs: number, zone: string, unit: Unit, major: boolean): Tick[] {
  const out: Tick[] = [];
  let wall = floorWall(instantToWall(fromMs, zone), unit);
  for (let guard = 0; guard < 2000; guard++) {
    const ms = wallToInstant(wall, zone);
    if (ms > toMs) break;
    const d = new Date(wall);
    const dow = d.getUTCDay();
    const ordinal = unit === 'hour' ? d.getUTCHours() : unit === 'sixHours' ? d.getUTCHours() / 6 : null;
    out.push({ ms, label: label(wall, unit, major), ...(unit === 'day' && major ? { short: shortDay(wall) } : {}), ordinal, weekend: unit === 'day' ? dow === 0 || dow === 6 : undefined });
    wall = nextWall(wall, unit);
  }
  return out;
}

export function axisTicks(fromMs: number, toMs: number, zone: string, zoom: Zoom): { major: Tick[]; minor: Tick[]; days: Tick[] } {
  const { major, minor } = UNITS[zoom];
  // Day ticks shade weekends; at quarter zoom days are too thin to be worth it.
  const days = zoom === 'quarter' ? [] : minor === 'day' ? [] : ticks(fromMs, toMs, zone, 'day', false);
  // Midnight is already named by the day above it.
  const minorTicks = ticks(fromMs, toMs, zone, minor, false).map((t) => (minor === 'sixHours' && t.label === '00:00' ? { ...t, label: '' } : t));
  return { major: ticks(fromMs, toMs, zone, major, true), minor: minorTicks, days: minor === 'day' ? minorTicks : days };
}

/** Snap step for dragging at each zoom. */
export const SNAP_MS: Readonly<Record<Zoom, number>> = { day: 15 * 60_000, week: HOUR_MS, month: 3 * HOUR_MS, quarter: DAY_MS / 2 };
