import type { DateTime } from 'luxon';
import { boundIn } from './instants';

export type PeriodUnit = 'week' | 'month';

export interface Period {
  /** '2026-W07' (ISO week-numbering year and week) or 'Feb 2026'. */
  label: string;
  /** ISO instants with the zone's offset; the period is [start, end). */
  start: string;
  end: string;
  startMs: number;
  endMs: number;
  /** Calendar days covered in the zone: a week across a DST change is still 7 days (167 or 169 hours). */
  days: number;
  /** The range cut this week or month short at either end; its counts cover only part of it. */
  partial: boolean;
}

// Fixed English abbreviations: Intl's 'en-GB' now says "Sept", and labels must not drift with ICU.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * ISO weeks (Monday 00:00) or calendar months in `zone` covering [from, to). The first and last
 * periods are clipped to the range (and marked partial), so the periods tile the range exactly
 * and their counts add up to the range's.
 */
export function bucketPeriods(from: string, to: string, unit: PeriodUnit, zone: string): Period[] {
  const rangeStart = boundIn(from, zone);
  const rangeEnd = boundIn(to, zone);
  const out: Period[] = [];
  if (rangeEnd <= rangeStart) return out;
  for (let cursor = rangeStart.startOf(unit); cursor < rangeEnd; ) {
    const next = cursor.plus(unit === 'week' ? { weeks: 1 } : { months: 1 });
    const start = cursor < rangeStart ? rangeStart : cursor;
    const end = next > rangeEnd ? rangeEnd : next;
    out.push({
      label: unit === 'week' ? weekLabel(cursor) : `${MONTHS[cursor.month - 1]} ${cursor.year}`,
      start: iso(start),
      end: iso(end),
      startMs: start.toMillis(),
      endMs: end.toMillis(),
      days: end.diff(start, 'days').days,
      partial: start > cursor || end < next,
    });
    cursor = next;
  }
  return out;
}

function weekLabel(monday: DateTime): string {
  return `${monday.weekYear}-W${String(monday.weekNumber).padStart(2, '0')}`;
}

function iso(at: DateTime): string {
  return at.toISO({ suppressMilliseconds: true }) ?? '';
}
