import type { Release } from '../../shared/model/plan';

/**
 * Week arithmetic for the CAB pack, in this computer's own zone: a week runs from Monday 00:00
 * to the next Monday 00:00 local time (so a DST change makes it 167 or 169 hours long).
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-23" for a local date. */
export function dayKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight of a "YYYY-MM-DD" day, or null when it is not one. */
export function parseDay(key: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Local midnight of the Monday on or before a date. */
export function mondayOf(d: Date): Date {
  const back = (d.getDay() + 6) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - back);
}

/** The Monday `weeks` weeks after (or before) a Monday, at local midnight. */
export function addWeeks(monday: Date, weeks: number): Date {
  return new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7 * weeks);
}

/** [start, end) of the week starting on a Monday, in epoch ms. */
export function weekBounds(monday: Date): { startMs: number; endMs: number } {
  return { startMs: monday.getTime(), endMs: addWeeks(monday, 1).getTime() };
}

const startOf = (r: Release) => (r.plannedStart ? Date.parse(r.plannedStart) : Number.NaN);

/** Releases whose planned start falls in [startMs, endMs), cancelled ones left out, earliest first. */
export function releasesInWeek(releases: readonly Release[], startMs: number, endMs: number): Release[] {
  return releases
    .filter((r) => r.status !== 'cancelled' && startOf(r) >= startMs && startOf(r) < endMs)
    .sort((a, b) => startOf(a) - startOf(b) || a.id - b.id);
}

/** The Monday of the first week at or after `fromMs` that has a release in it, or null when none is planned. */
export function nextWeekWithReleases(releases: readonly Release[], fromMs: number): Date | null {
  let first = Number.POSITIVE_INFINITY;
  for (const r of releases) {
    const ms = startOf(r);
    if (r.status !== 'cancelled' && ms >= fromMs && ms < first) first = ms;
  }
  return Number.isFinite(first) ? mondayOf(new Date(first)) : null;
}

/** The zone this computer reads times in, e.g. "Europe/London". */
export const localZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
