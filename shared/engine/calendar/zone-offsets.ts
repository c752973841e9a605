import { IANAZone } from 'luxon';
import { DAY_MS, HOUR_MS, MINUTE_MS, utcYear } from './wall-clock';

/**
 * Wall time <-> instant in an IANA zone, built on luxon's zone offsets.
 *
 * Why not call DateTime.fromObject for every occurrence: it costs ~15 µs, and a year of daily
 * windows across a dozen zones is hundreds of thousands of conversions. More importantly, for a
 * wall time that happens twice (autumn fall-back) fromObject's answer depends on the offset in
 * force *today* (its first guess is zone.offset(now)), so the same plan would expand differently
 * in summer and in winter. Here the offsets come from luxon once per zone and year, then the
 * conversion is arithmetic with a fixed rule (the one Temporal calls 'compatible'):
 *   - a wall time inside a spring-forward gap moves forward by the gap (02:30 -> 03:30), as luxon does;
 *   - a wall time that occurs twice resolves to the earlier instant (the first 01:30).
 */

interface YearTable {
  /** Offset in minutes at the start of the UTC year. */
  readonly initial: number;
  /** Instants (UTC ms) at which the offset changes during the year, and the offset from then on. */
  readonly at: number[];
  readonly after: number[];
}

// Offsets are sampled every three days and bisected where they differ: no zone in use changes its
// offset and back within three days (the closest pairs, Ramadan suspensions, are weeks apart).
const SAMPLE_MS = 72 * HOUR_MS;

interface ZoneState {
  readonly zone: IANAZone | null;
  readonly years: Map<number, YearTable>;
  // The last year looked up: most lookups in a row fall in the same year.
  lastFrom: number;
  lastTo: number;
  last: YearTable | null;
}

const states = new Map<string, ZoneState>();

function stateFor(name: string): ZoneState {
  let state = states.get(name);
  if (!state) {
    const candidate = name === 'UTC' ? null : IANAZone.create(name);
    const zone = candidate && candidate.isValid ? candidate : null;
    states.set(name, (state = { zone, years: new Map(), lastFrom: 0, lastTo: 0, last: null }));
  }
  return state;
}

function buildYear(zone: IANAZone, year: number): YearTable {
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  const initial = zone.offset(from);
  const at: number[] = [];
  const after: number[] = [];
  let previous = initial;
  for (let t = from + SAMPLE_MS; t < to + SAMPLE_MS; t += SAMPLE_MS) {
    const sample = Math.min(t, to);
    const offset = zone.offset(sample);
    if (offset !== previous) {
      // Bisect to the second the offset changes.
      let lo = sample - SAMPLE_MS;
      let hi = sample;
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (mid <= lo || mid >= hi) break;
        if (zone.offset(mid) === previous) lo = mid;
        else hi = mid;
      }
      if (hi < to) {
        at.push(hi);
        after.push(offset);
      }
      previous = offset;
    }
    if (sample === to) break;
  }
  return { initial, at, after };
}

/** Offset of `zone` from UTC, in minutes, at instant `utcMs`. Unknown zones behave as UTC. */
export function zoneOffsetMinutes(zoneName: string, utcMs: number): number {
  const state = stateFor(zoneName);
  if (!state.zone) return 0;
  let table = state.last;
  if (!table || utcMs < state.lastFrom || utcMs >= state.lastTo) {
    const year = utcYear(utcMs);
    table = state.years.get(year) ?? null;
    if (!table) state.years.set(year, (table = buildYear(state.zone, year)));
    state.last = table;
    state.lastFrom = Date.UTC(year, 0, 1);
    state.lastTo = Date.UTC(year + 1, 0, 1);
  }
  let offset = table.initial;
  for (let i = 0; i < table.at.length && table.at[i]! <= utcMs; i++) offset = table.after[i]!;
  return offset;
}

/** Instant -> floating wall ms in the zone. */
export function instantToWall(utcMs: number, zone: string): number {
  return utcMs + zoneOffsetMinutes(zone, utcMs) * MINUTE_MS;
}

/** Floating wall ms -> instant in the zone (gap: forward; overlap: earlier). See the file comment. */
export function wallToInstant(wallMs: number, zone: string): number {
  const before = zoneOffsetMinutes(zone, wallMs - DAY_MS);
  const after = zoneOffsetMinutes(zone, wallMs + DAY_MS);
  const viaBefore = wallMs - before * MINUTE_MS;
  if (before === after) return viaBefore;
  const viaAfter = wallMs - after * MINUTE_MS;
  const beforeValid = zoneOffsetMinutes(zone, viaBefore) === before;
  const afterValid = zoneOffsetMinutes(zone, viaAfter) === after;
  if (beforeValid && afterValid) return Math.min(viaBefore, viaAfter);
  if (beforeValid) return viaBefore;
  if (afterValid) return viaAfter;
  // In the gap: read the wall time with the offset from before the change, i.e. shift it forward.
  return viaBefore;
}

/** True when the wall time does not exist in the zone (spring-forward gap), so it was moved. */
export function isWallTimeShifted(wallMs: number, zone: string): boolean {
  const instant = wallToInstant(wallMs, zone);
  return instantToWall(instant, zone) !== wallMs;
}

/** Zones the engine can use: valid IANA names, with anything else treated as UTC. */
export function normaliseZone(zone: string | null | undefined): string {
  return zone && stateFor(zone).zone ? zone : 'UTC';
}
