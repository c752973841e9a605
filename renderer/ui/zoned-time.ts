import { instantToWall } from '../../shared/engine/calendar/zone-offsets';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "Sat 28 Nov 2026 02:00" for an instant read in a zone. Uses the engine's zone tables, so the
 * calendar, the conflict evidence and the engine agree to the minute (and it is fast in a drag).
 */
export function zonedDateTime(ms: number, zone: string, withYear = true): string {
  const d = new Date(instantToWall(ms, zone));
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${withYear ? ` ${d.getUTCFullYear()}` : ''} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "02:00" in the zone. */
export function zonedClock(ms: number, zone: string): string {
  const d = new Date(instantToWall(ms, zone));
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "Sat 28 Nov 02:00 – 06:00" or across days "Sat 28 Nov 22:00 – Sun 29 Nov 04:00", in one zone. */
export function zonedRange(startMs: number, endMs: number, zone: string): string {
  const a = new Date(instantToWall(startMs, zone));
  const b = new Date(instantToWall(endMs, zone));
  const sameDay = a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() === b.getUTCDate();
  return `${zonedDateTime(startMs, zone, false)} – ${sameDay ? zonedClock(endMs, zone) : zonedDateTime(endMs, zone, false)}`;
}
