/**
 * Wall-clock ("floating") times: a local date and time with no zone, stored as the epoch
 * milliseconds whose UTC fields equal the wall fields. Arithmetic on them never sees DST,
 * which is exactly what "every Sunday 02:00-06:00 local" needs before it meets a zone.
 */
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** 'YYYY-MM-DDTHH:mm' -> floating ms. Throws on malformed text (the model validates it upstream). */
export function parseLocal(text: string): number {
  const match = LOCAL_PATTERN.exec(text);
  if (!match) throw new RangeError(`Not a local date-time (YYYY-MM-DDTHH:mm): ${text}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Floating ms -> 'YYYY-MM-DDTHH:mm'. */
export function formatLocal(floatingMs: number): string {
  const d = new Date(floatingMs);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** 'HH:mm' of a floating time. */
export function formatClock(floatingMs: number): string {
  const d = new Date(floatingMs);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Minutes since local midnight of a floating time. */
export function minuteOfDay(floatingMs: number): number {
  return Math.floor((((floatingMs % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
}

/** UTC calendar year of an instant, without allocating a Date (hot in interval lookups). */
export function utcYear(utcMs: number): number {
  let year = Math.floor(utcMs / 31_556_952_000) + 1970;
  if (utcMs < Date.UTC(year, 0, 1)) year--;
  else if (utcMs >= Date.UTC(year + 1, 0, 1)) year++;
  return year;
}

/** ISO-8601 UTC text of an instant, minute precision, e.g. '2025-03-09T07:00Z' (evidence, messages, ICS). */
export function isoMinute(utcMs: number): string {
  // Civil-from-days (H. Hinnant): cheaper than Date#toISOString, which shows up when thousands of conflicts are built.
  const minutes = Math.floor(utcMs / MINUTE_MS);
  const days = Math.floor(minutes / 1440);
  const minuteOfDay = minutes - days * 1440;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}Z`;
}
