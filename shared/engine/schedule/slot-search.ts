import type { CompiledSchedule } from './compiled-schedule';
import type { ResourceProfiles } from './resource-profiles';

/** Which resource rows a search respects: all of the release's rows, none (calendar only), or one. */
export const ALL_ROWS = -1;
export const NO_ROWS = -2;

/** First index in [from, to) whose value is > x (values ascending), or `to`. */
function firstAbove(values: Int32Array, from: number, to: number, x: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Earliest start s in [low, high] of release j such that [s, s + d) misses every blocked
 * interval, lies inside one `within` interval when j has any, and finds room in the profile rows
 * selected by `rows`; with `risk`, also no other tier-1 release running or starting that day at
 * one of its sites. -1 when none. Every failed check jumps straight to the next start that could
 * pass it (end of the blocking interval, start of the next window, slot after the latest clash),
 * and each check only ever moves s forward, so the loop ends.
 */
export function earliestFit(
  c: CompiledSchedule,
  profiles: ResourceProfiles | null,
  j: number,
  low: number,
  high: number,
  rows = ALL_ROWS,
  risk = false,
): number {
  const d = c.duration[j]!;
  const { lo: blockedLo, hi: blockedHi } = c.blocked;
  const { lo: windowLo, hi: windowHi } = c.within;
  const b1 = c.blocked.to[j]!;
  const w1 = c.within.to[j]!;
  const hasWithin = c.hasWithin[j] === 1;
  const last = Math.min(high, c.horizon - d);
  let s = Math.max(low, 0);
  let b = firstAbove(blockedHi, c.blocked.from[j]!, b1, s);
  let w = firstAbove(windowHi, c.within.from[j]!, w1, s + d - 1);
  while (s <= last) {
    while (b < b1 && blockedHi[b]! <= s) b++;
    if (b < b1 && blockedLo[b]! < s + d) {
      s = blockedHi[b]!;
      continue;
    }
    if (hasWithin) {
      while (w < w1 && (windowHi[w]! < s + d || windowHi[w]! - windowLo[w]! < d)) w++;
      if (w >= w1) return -1;
      if (windowLo[w]! > s) {
        s = windowLo[w]!;
        continue;
      }
    }
    if (profiles !== null && rows !== NO_ROWS) {
      const clash = profiles.lastClash(j, s, rows);
      if (clash >= 0) {
        s = clash + 1;
        continue;
      }
    }
    if (risk && profiles !== null) {
      const next = profiles.riskFreeFrom(j, s);
      if (next > s) {
        s = next;
        continue;
      }
    }
    return s;
  }
  return -1;
}

/** Mirror of earliestFit: the latest start in [low, high], or -1; used by backward passes. */
export function latestFit(c: CompiledSchedule, profiles: ResourceProfiles | null, j: number, low: number, high: number): number {
  const d = c.duration[j]!;
  const { lo: blockedLo, hi: blockedHi } = c.blocked;
  const { lo: windowLo, hi: windowHi } = c.within;
  const b0 = c.blocked.from[j]!;
  const w0 = c.within.from[j]!;
  const hasWithin = c.hasWithin[j] === 1;
  let s = Math.min(high, c.horizon - d);
  // Last blocked interval starting before s + d; last window starting at or before s.
  let b = firstAbove(blockedLo, b0, c.blocked.to[j]!, s + d - 1) - 1;
  let w = firstAbove(windowLo, w0, c.within.to[j]!, s) - 1;
  while (s >= low && s >= 0) {
    while (b >= b0 && blockedLo[b]! >= s + d) b--;
    if (b >= b0 && blockedHi[b]! > s) {
      s = blockedLo[b]! - d;
      continue;
    }
    if (hasWithin) {
      while (w >= w0 && (windowLo[w]! > s || windowHi[w]! - windowLo[w]! < d)) w--;
      if (w < w0) return -1;
      if (windowHi[w]! < s + d) {
        s = windowHi[w]! - d;
        continue;
      }
    }
    if (profiles !== null) {
      const clash = profiles.firstClash(j, s);
      if (clash >= 0) {
        s = clash - d;
        continue;
      }
    }
    return s;
  }
  return -1;
}
