import type { CompiledSchedule } from './compiled-schedule';
import type { ScheduleRelease } from './types';

/** Index of j's `within` interval that contains slot s, or -1 (binary search: intervals are sorted). */
export function withinAt(c: CompiledSchedule, j: number, s: number): number {
  const { lo, hi } = c.within;
  let a = c.within.from[j]!;
  let b = c.within.to[j]!;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (hi[mid]! <= s) a = mid + 1;
    else b = mid;
  }
  return a < c.within.to[j]! && lo[a]! <= s ? a : -1;
}

/** The window of release j started at s (see PrecedenceKind): its `within` interval holding s, or the day. */
export function windowOf(c: CompiledSchedule, j: number, s: number): [number, number] {
  const w = withinAt(c, j, s);
  if (w >= 0) return [c.within.lo[w]!, c.within.hi[w]!];
  const day = Math.floor(s / c.slotsPerDay);
  return [day * c.slotsPerDay, (day + 1) * c.slotsPerDay];
}

/**
 * Starts j may take next to placed same-window partner q (started at sq): inside q's window,
 * and such that j's own window contains sq. Empty ([sq, sq)) when no start of j can do it.
 */
export function partnerStartRange(c: CompiledSchedule, j: number, q: number, sq: number): [number, number] {
  const [qa, qb] = windowOf(c, q, sq);
  const pin = c.pinned[j]!;
  let ja: number;
  let jb: number;
  if (pin >= 0) {
    const [pa, pb] = windowOf(c, j, pin);
    if (sq < pa || sq >= pb) return [sq, sq];
    [ja, jb] = [pa, pb];
  } else if (c.hasWithin[j] === 1) {
    // j will start inside one of its windows, so that window must be the one holding sq.
    const w = withinAt(c, j, sq);
    if (w < 0) return [sq, sq];
    [ja, jb] = [c.within.lo[w]!, c.within.hi[w]!];
  } else [ja, jb] = windowOf(c, j, sq);
  return [Math.max(qa, ja), Math.min(qb, jb)];
}

/**
 * False when both releases are bound to maintenance windows and no two of their windows overlap
 * with room for both to start together: then no same-window placement exists, and searching the
 * whole horizon for one on every pass would be wasted.
 */
export function canShareWindow(a: ScheduleRelease, b: ScheduleRelease): boolean {
  if (a.within === undefined || b.within === undefined || a.pinnedSlot !== undefined || b.pinnedSlot !== undefined) return true;
  let i = 0;
  let k = 0;
  while (i < a.within.length && k < b.within.length) {
    const wa = a.within[i]!;
    const wb = b.within[k]!;
    const both = Math.max(wa.start, wb.start);
    if (both < Math.min(wa.end, wb.end) && both + a.durationSlots <= wa.end && both + b.durationSlots <= wb.end) return true;
    if (wa.end <= wb.end) i++;
    else k++;
  }
  return false;
}
