// Demo dates are built from the `now` the caller passes, so the calendar always looks current.
// Calendar arithmetic runs on UTC fields; local wall-clock stamps carry no zone by design.

const pad = (n: number) => String(n).padStart(2, '0');
const DAY = 86_400_000;

/** Wall-clock `YYYY-MM-DDTHH:mm` for a window; month is 1-based, overflow rolls over (Jan 32 → Feb 1). */
export function localStamp(year: number, month: number, day: number, hour = 0, minute = 0): string {
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The calendar day `days` after now's (UTC) date, at the given wall-clock time. */
export function localDaysFrom(now: Date, days: number, hour: number, minute = 0): string {
  return localStamp(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate() + days, hour, minute);
}

/** An instant `days` after now's date at hh:mm UTC, as the ISO string a release's plannedStart holds. */
export function instantDaysFrom(now: Date, days: number, hourUtc: number, minute = 0): string {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(midnight + days * DAY + (hourUtc * 60 + minute) * 60_000).toISOString().replace('.000Z', 'Z');
}

/** Days from now's date to the next given weekday (0 = Sunday; 0 days when today is that day). */
export const daysToWeekday = (now: Date, weekday: number) => (weekday - now.getUTCDay() + 7) % 7;

/**
 * The year whose peak season (Nov 20 – Jan 5) is running or comes next: before Jan 6 we are
 * still in last year's season.
 */
export function currentPeakYear(now: Date): number {
  const year = now.getUTCFullYear();
  return now.getTime() < Date.UTC(year, 0, 6) ? year - 1 : year;
}

/** The most recent peak season whose first week of December is fully in the past. */
export function lastPeakYear(now: Date): number {
  const year = now.getUTCFullYear();
  return now.getTime() >= Date.UTC(year, 11, 8) ? year : year - 1;
}
