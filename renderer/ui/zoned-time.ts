import { instantToWall, normaliseZone } from '../../shared/engine/calendar/zone-offsets';

export const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

export interface WallParts {
  weekday: string;
  day: string;
  month: string;
  year: string;
  clock: string;
}

/** The fields of a floating wall-clock time (epoch ms whose UTC fields are the wall fields). */
export function floatingParts(wallMs: number): WallParts {
  const d = new Date(wallMs);
  return {
    weekday: WEEKDAY_NAMES[d.getUTCDay()]!,
    day: String(d.getUTCDate()),
    month: MONTH_NAMES[d.getUTCMonth()]!,
    year: String(d.getUTCFullYear()),
    clock: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

/**
 * An instant's wall-clock fields in a zone. Uses the engine's zone tables, so the calendar, the
 * conflict evidence and the engine agree to the minute (and it is fast in a drag).
 */
export function wallParts(ms: number, zone: string): WallParts {
  return floatingParts(instantToWall(ms, normaliseZone(zone)));
}

/** "Sat 28 Nov" (with the year when asked) of a floating wall-clock time. */
export function floatingDay(wallMs: number, withYear = false): string {
  const p = floatingParts(wallMs);
  return `${p.weekday} ${p.day} ${p.month}${withYear ? ` ${p.year}` : ''}`;
}

/** "Sat 28 Nov 2026 02:00" for an instant read in a zone. */
export function zonedDateTime(ms: number, zone: string, withYear = true): string {
  const p = wallParts(ms, zone);
  return `${p.weekday} ${p.day} ${p.month}${withYear ? ` ${p.year}` : ''} ${p.clock}`;
}

/** "02:00" in the zone. */
export function zonedClock(ms: number, zone: string): string {
  return wallParts(ms, zone).clock;
}

/** "Sat 28 Nov 02:00 – 06:00" or across days "Sat 28 Nov 22:00 – Sun 29 Nov 04:00", in one zone. */
export function zonedRange(startMs: number, endMs: number, zone: string): string {
  const a = wallParts(startMs, zone);
  const b = wallParts(endMs, zone);
  const sameDay = a.year === b.year && a.month === b.month && a.day === b.day;
  return `${zonedDateTime(startMs, zone, false)} – ${sameDay ? b.clock : zonedDateTime(endMs, zone, false)}`;
}
