import type { PlanWindow } from '../../model/plan';
import { floatingSeries, type FloatingSeries } from './window-occurrences';
import { HOUR_MS } from './wall-clock';
import { instantToWall, normaliseZone, wallToInstant } from './zone-offsets';

/** One concrete occurrence of a window in one zone: [startMs, endMs) in UTC epoch ms. */
export interface Occurrence {
  windowId: number;
  zone: string;
  startMs: number;
  endMs: number;
  /** The start or end wall time fell in a spring-forward gap and was moved forward. */
  shifted: boolean;
}

/** A half-open interval [startMs, endMs) in UTC epoch ms. */
export interface Span {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * Occurrences of the window in one zone, sorted by start (parallel arrays), for whole UTC months:
 * a plan spans weeks, so converting two years of a daily window in every site zone is wasted work.
 */
interface ZoneSeries {
  /** Every occurrence starting in [coveredFrom, coveredTo) is present; both are UTC month starts. */
  coveredFrom: number;
  coveredTo: number;
  starts: Float64Array;
  ends: Float64Array;
  shifted: Uint8Array;
}

interface OccurrenceRun {
  starts: number[];
  ends: number[];
  shifted: number[];
}

// Offsets lie within ±14 h: the wall times that can start in a UTC stretch lie within this of it.
const ZONE_MARGIN_MS = 18 * HOUR_MS;
// A DST change can stretch an occurrence by at most the size of the change (≤ 2 h anywhere).
const DST_STRETCH_MS = 3 * HOUR_MS;
// Any-zone pre-filter: 4-hour buckets, each occurrence padded by the widest offset plus DST stretch.
const BUCKET_MS = 4 * HOUR_MS;
const ANY_ZONE_PAD_MS = 14 * HOUR_MS + DST_STRETCH_MS;

/** Floating starts in [from, to), both UTC month starts, ascending. */
interface FloatingCover {
  from: number;
  to: number;
  starts: number[];
}

// Windows with the same startLocal and rule have the same floating starts, whatever their length,
// zone or scope ("every Sunday 02:00" is common): they share one cover, and rrule runs once.
const floatingCovers = new Map<string, FloatingCover>();

function sharedCover(window: PlanWindow): FloatingCover {
  const key = `${window.startLocal}|${window.recurrence ?? ''}`;
  let cover = floatingCovers.get(key);
  if (!cover) {
    if (floatingCovers.size >= 20_000) floatingCovers.clear(); // a bound, not an LRU: rebuilding is cheap
    floatingCovers.set(key, (cover = { from: 0, to: 0, starts: [] }));
  }
  return cover;
}

/**
 * The occurrences of one window, in any zone, expanded lazily per UTC month and kept. Recurrence
 * runs once per stretch in floating time (zone-free); each zone only converts wall times to instants.
 * A zone-free bucket bitmap answers most "does this release overlap?" questions with a bit test
 * before any zone is looked at.
 */
export class WindowTimeline {
  readonly maxDurationMs: number;
  /** The window's own zone, normalised; null for 'site' (read in each site's zone). */
  readonly fixedZone: string | null;
  private readonly series: FloatingSeries;
  private readonly cover: FloatingCover;
  private readonly zones = new Map<string, ZoneSeries>();
  private last: ZoneSeries | null = null;
  private lastZone = '';
  private bucketFrom = 0;
  private bucketTo = 0;
  private buckets = new Uint32Array(0);

  constructor(readonly window: PlanWindow) {
    this.series = floatingSeries(window);
    this.cover = sharedCover(window);
    this.maxDurationMs = this.series.durationMs + DST_STRETCH_MS;
    this.fixedZone = window.timeZone === 'site' ? null : normaliseZone(window.timeZone);
  }

  get recurrenceError(): string | null {
    return this.series.recurrenceError;
  }

  /** False when no occurrence in any zone can overlap [fromMs, toMs); true means "look closer". */
  mayOverlap(fromMs: number, toMs: number): boolean {
    return this.spanMayOverlap({ startMs: fromMs, endMs: toMs });
  }

  /** True when some occurrence in `zone` overlaps [fromMs, toMs). */
  overlapsAny(zone: string, fromMs: number, toMs: number): boolean {
    return this.spanOverlaps(zone, { startMs: fromMs, endMs: toMs });
  }

  /** True when one occurrence in `zone` holds all of [fromMs, toMs). */
  holds(zone: string, fromMs: number, toMs: number): boolean {
    return this.spanHeld(zone, { startMs: fromMs, endMs: Math.max(toMs, fromMs + 1) });
  }

  // The span forms below are what the conflict checks call, hundreds of thousands of times per
  // recompute: handing over the two instants inside one object (a release's facts) spares V8 from
  // boxing two doubles into fresh heap numbers on every call.

  spanMayOverlap(span: Span): boolean {
    const fromMs = span.startMs;
    const toMs = span.endMs;
    if (fromMs < this.bucketFrom || toMs > this.bucketTo) this.buildBuckets(fromMs, toMs);
    const first = Math.floor((fromMs - this.bucketFrom) / BUCKET_MS);
    const last = Math.floor((toMs - 1 - this.bucketFrom) / BUCKET_MS);
    const buckets = this.buckets;
    for (let b = first; b <= last; b++) if (buckets[b >>> 5]! & (1 << (b & 31))) return true;
    return false;
  }

  spanOverlaps(zone: string, span: Span): boolean {
    const fromMs = span.startMs;
    const toMs = span.endMs;
    if (toMs <= fromMs || !this.spanMayOverlap(span)) return false;
    const series = this.covered(zone, span);
    const starts = series.starts;
    const ends = series.ends;
    for (let i = lowerBound(starts, fromMs - this.maxDurationMs); i < starts.length && starts[i]! < toMs; i++) {
      if (ends[i]! > fromMs) return true;
    }
    return false;
  }

  /** Non-empty span only (releases last at least a minute). */
  spanHeld(zone: string, span: Span): boolean {
    const fromMs = span.startMs;
    const toMs = span.endMs;
    if (!this.spanMayOverlap(span)) return false;
    const series = this.covered(zone, span);
    const starts = series.starts;
    const ends = series.ends;
    for (let i = lowerBound(starts, fromMs - this.maxDurationMs); i < starts.length && starts[i]! <= fromMs; i++) {
      if (ends[i]! >= toMs) return true;
    }
    return false;
  }

  /** Calls `visit` for each occurrence in `zone` overlapping [fromMs, toMs); stops when it returns false. */
  forEachOverlapping(zone: string, fromMs: number, toMs: number, visit: (startMs: number, endMs: number, shifted: boolean) => boolean | void): void {
    if (toMs <= fromMs) return;
    const series = this.covered(zone, { startMs: fromMs, endMs: toMs });
    const { starts, ends } = series;
    for (let i = lowerBound(starts, fromMs - this.maxDurationMs); i < starts.length && starts[i]! < toMs; i++) {
      if (ends[i]! > fromMs && visit(starts[i]!, ends[i]!, series.shifted[i] === 1) === false) return;
    }
  }

  /** The occurrence in `zone` whose start is closest to `ms` (ties: the earlier), within `searchMs`. */
  nearestStart(zone: string, ms: number, searchMs: number): Occurrence | null {
    const series = this.covered(zone, { startMs: ms - searchMs, endMs: ms + searchMs });
    const { starts, ends } = series;
    const i = lowerBound(starts, ms);
    let best = -1;
    if (i > 0 && ms - starts[i - 1]! <= searchMs) best = i - 1;
    if (i < starts.length && starts[i]! - ms <= searchMs && (best < 0 || starts[i]! - ms < ms - starts[best]!)) best = i;
    if (best < 0) return null;
    return { windowId: this.window.id, zone, startMs: starts[best]!, endMs: ends[best]!, shifted: series.shifted[best] === 1 };
  }

  /** The shared floating starts, grown to hold every start in [fromMs, toMs) (widened to whole months). */
  private floating(fromMs: number, toMs: number): number[] {
    const cover = this.cover;
    if (fromMs >= cover.from && toMs <= cover.to) return cover.starts;
    const empty = cover.to <= cover.from;
    const newFrom = empty ? utcMonthStart(fromMs) : Math.min(utcMonthStart(fromMs), cover.from);
    const newTo = empty ? utcMonthStart(toMs - 1, 1) : Math.max(utcMonthStart(toMs - 1, 1), cover.to);
    // Only the missing stretches are asked for (startsBetween of an empty stretch is []); the
    // recurrence starts near each, not at its first date.
    const before = this.series.startsBetween(newFrom, empty ? newTo : cover.from);
    const after = empty ? [] : this.series.startsBetween(cover.to, newTo);
    cover.starts = [...before, ...(empty ? [] : cover.starts), ...after];
    cover.from = newFrom;
    cover.to = newTo;
    return cover.starts;
  }

  /** (Re)builds the any-zone bitmap over whole UTC months covering [fromMs, toMs) and what it had. */
  private buildBuckets(fromMs: number, toMs: number): void {
    const had = this.bucketTo > this.bucketFrom;
    this.bucketFrom = utcMonthStart(had ? Math.min(fromMs, this.bucketFrom) : fromMs);
    this.bucketTo = utcMonthStart((had ? Math.max(toMs, this.bucketTo) : toMs) - 1, 1);
    const count = Math.ceil((this.bucketTo - this.bucketFrom) / BUCKET_MS);
    const buckets = new Uint32Array((count >>> 5) + 1);
    const durationMs = this.series.durationMs;
    // Walls from before the stretch count too: a multi-week freeze that began in an earlier month.
    const earliest = this.bucketFrom - durationMs - ANY_ZONE_PAD_MS;
    const latest = this.bucketTo + ANY_ZONE_PAD_MS;
    const walls = this.floating(earliest, latest);
    for (let i = lowerBound(walls, earliest); i < walls.length && walls[i]! < latest; i++) {
      const wall = walls[i]!;
      const from = Math.max(this.bucketFrom, wall - ANY_ZONE_PAD_MS);
      const to = Math.min(this.bucketTo, wall + durationMs + ANY_ZONE_PAD_MS);
      for (let b = Math.floor((from - this.bucketFrom) / BUCKET_MS), end = Math.floor((to - 1 - this.bucketFrom) / BUCKET_MS); b <= end; b++) {
        buckets[b >>> 5]! |= 1 << (b & 31);
      }
    }
    this.buckets = buckets;
  }

  /** The zone's series, expanded at least over what a query on [fromMs, toMs) can touch. */
  private covered(zone: string, span: Span): ZoneSeries {
    const earliestStart = span.startMs - this.maxDurationMs;
    const toMs = span.endMs;
    const last = this.last;
    if (last !== null && this.lastZone === zone && earliestStart >= last.coveredFrom && toMs <= last.coveredTo) return last;
    let series = this.zones.get(zone);
    if (!series) {
      series = { coveredFrom: 0, coveredTo: 0, starts: new Float64Array(0), ends: new Float64Array(0), shifted: new Uint8Array(0) };
      this.zones.set(zone, series);
    }
    this.last = series;
    this.lastZone = zone;
    if (earliestStart >= series.coveredFrom && toMs <= series.coveredTo) return series;
    this.extend(series, zone, utcMonthStart(earliestStart), utcMonthStart(toMs - 1, 1));
    return series;
  }

  /** Grows the series to cover [wantFrom, wantTo) too, converting only the months it lacked. */
  private extend(series: ZoneSeries, zone: string, wantFrom: number, wantTo: number): void {
    const empty = series.coveredTo <= series.coveredFrom;
    const from = empty ? wantFrom : Math.min(series.coveredFrom, wantFrom);
    const to = empty ? wantTo : Math.max(series.coveredTo, wantTo);
    const before = this.occurrencesStarting(zone, from, empty ? to : series.coveredFrom);
    const after = empty ? null : this.occurrencesStarting(zone, series.coveredTo, to);
    const size = before.starts.length + (empty ? 0 : series.starts.length) + (after?.starts.length ?? 0);
    const starts = new Float64Array(size);
    const ends = new Float64Array(size);
    const shifted = new Uint8Array(size);
    let at = 0;
    const append = (run: OccurrenceRun | ZoneSeries) => {
      starts.set(run.starts, at);
      ends.set(run.ends, at);
      shifted.set(run.shifted, at);
      at += run.starts.length;
    };
    append(before);
    if (!empty) append(series);
    if (after) append(after);
    series.starts = starts;
    series.ends = ends;
    series.shifted = shifted;
    series.coveredFrom = from;
    series.coveredTo = to;
  }

  /** The occurrences in `zone` whose UTC start lies in [fromMs, toMs), sorted by start. */
  private occurrencesStarting(zone: string, fromMs: number, toMs: number): OccurrenceRun {
    const run: OccurrenceRun = { starts: [], ends: [], shifted: [] };
    if (toMs <= fromMs) return run;
    const durationMs = this.series.durationMs;
    // A wall time lies within 14 hours of its instant, so only walls near [fromMs, toMs) can start there.
    const lo = fromMs - ZONE_MARGIN_MS;
    const hi = toMs + ZONE_MARGIN_MS;
    const floating = this.floating(lo, hi);
    for (let i = lowerBound(floating, lo); i < floating.length && floating[i]! < hi; i++) {
      const wallStart = floating[i]!;
      const startMs = wallToInstant(wallStart, zone);
      if (startMs < fromMs || startMs >= toMs) continue;
      const wallEnd = wallStart + durationMs;
      const endMs = Math.max(startMs, wallToInstant(wallEnd, zone));
      run.starts.push(startMs);
      run.ends.push(endMs);
      run.shifted.push(instantToWall(startMs, zone) !== wallStart || instantToWall(endMs, zone) !== wallEnd ? 1 : 0);
    }
    // Gap shifting can reorder starts less than an hour apart (sub-hourly rules); keep them sorted.
    if (run.starts.some((start, i) => i > 0 && start < run.starts[i - 1]!)) {
      const order = run.starts.map((_, i) => i).sort((a, b) => run.starts[a]! - run.starts[b]!);
      return { starts: order.map((i) => run.starts[i]!), ends: order.map((i) => run.ends[i]!), shifted: order.map((i) => run.shifted[i]!) };
    }
    return run;
  }
}

/** The start of the UTC month holding `ms`, moved on by `months`. */
function utcMonthStart(ms: number, months = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
