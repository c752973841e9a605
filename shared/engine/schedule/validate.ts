import type { ScheduleProblem, SlotInterval } from './types';

const isInt = (value: unknown): value is number => Number.isInteger(value);
const isNonNegativeInt = (value: unknown): value is number => isInt(value) && value >= 0;
const KINDS = new Set(['finish-before', 'start-after', 'same-window']);

/** Profiles are Uint16 counters, so capacities above this are treated as errors, not clipped. */
export const MAX_CAPACITY = 0xfffe;

function checkIndexList(list: unknown, size: number, what: string, where: string, errors: string[]): void {
  if (!Array.isArray(list)) {
    errors.push(`${where}: ${what}s must be an array`);
    return;
  }
  const seen = new Set<number>();
  for (const index of list) {
    if (!isNonNegativeInt(index) || index >= size) errors.push(`${where}: unknown ${what} ${String(index)} (there are ${size})`);
    else if (seen.has(index)) errors.push(`${where}: lists ${what} ${index} twice`);
    else seen.add(index);
  }
}

function checkIntervals(list: SlotInterval[], what: string, where: string, errors: string[]): void {
  let previousEnd = -Infinity;
  list.forEach((interval, i) => {
    if (!isInt(interval.start) || !isInt(interval.end) || interval.end <= interval.start) {
      errors.push(`${where}: ${what} ${i} must have whole-slot start < end, got [${interval.start}, ${interval.end})`);
    } else if (interval.start < previousEnd) {
      errors.push(`${where}: ${what} intervals must be sorted and disjoint; ${what} ${i} starts at ${interval.start} before the previous one ends at ${previousEnd}`);
    } else previousEnd = interval.end;
  });
}

/**
 * Every reason the scheduler cannot take `problem` as given, in plain words; empty when valid.
 * Being unschedulable is not an error: it is reported per release by the scheduler.
 */
export function validateScheduleProblem(problem: ScheduleProblem): string[] {
  const errors: string[] = [];
  const { slotMinutes, horizonSlots, serviceCount, siteCapacity, teamCapacity, releases, precedences } = problem;
  if (!isInt(slotMinutes) || slotMinutes < 1 || 1440 % slotMinutes !== 0) {
    errors.push(`slotMinutes must be a whole number of minutes that divides a day (1440), got ${slotMinutes}`);
  }
  if (!Number.isFinite(problem.horizonStartMs)) errors.push(`horizonStartMs must be a finite epoch time, got ${problem.horizonStartMs}`);
  if (!isInt(horizonSlots) || horizonSlots < 1) errors.push(`horizonSlots must be a positive whole number, got ${horizonSlots}`);
  if (!isNonNegativeInt(serviceCount)) errors.push(`serviceCount must be a non-negative whole number, got ${serviceCount}`);
  const capacities: [number[], string][] = [[siteCapacity, 'site'], [teamCapacity, 'team']];
  for (const [list, what] of capacities) {
    list.forEach((capacity, k) => {
      if (!isNonNegativeInt(capacity) || capacity > MAX_CAPACITY) {
        errors.push(`capacity of ${what} ${k} must be a whole number between 0 and ${MAX_CAPACITY}, got ${capacity}`);
      }
    });
  }
  if (errors.length > 0) return errors;

  const ids = new Map<string, number>();
  // Shared calendars (one windows list for a whole service family) are checked once.
  const checkedWithin = new Set<SlotInterval[]>();
  releases.forEach((release, r) => {
    const where = `release ${r} (${release.id})`;
    if (typeof release.id !== 'string' || release.id === '') errors.push(`release ${r}: id must be a non-empty string`);
    else if (ids.has(release.id)) errors.push(`${where}: id also used by release ${ids.get(release.id)}`);
    else ids.set(release.id, r);
    const d = release.durationSlots;
    if (!isInt(d) || d < 1) errors.push(`${where}: durationSlots must be a whole number >= 1, got ${d}`);
    else if (d > horizonSlots) errors.push(`${where}: lasts ${d} slots, longer than the ${horizonSlots}-slot horizon`);
    if (!isNonNegativeInt(release.earliestSlot)) errors.push(`${where}: earliestSlot must be a whole number >= 0, got ${release.earliestSlot}`);
    if (release.deadlineSlot !== undefined && !isInt(release.deadlineSlot)) {
      errors.push(`${where}: deadlineSlot must be a whole number, got ${release.deadlineSlot}`);
    }
    if (release.tier !== 1 && release.tier !== 2 && release.tier !== 3) errors.push(`${where}: tier must be 1, 2 or 3, got ${String(release.tier)}`);
    checkIndexList(release.services, serviceCount, 'service', where, errors);
    checkIndexList(release.sites, siteCapacity.length, 'site', where, errors);
    checkIndexList(release.teams, teamCapacity.length, 'team', where, errors);
    if (!Array.isArray(release.blocked)) errors.push(`${where}: blocked must be an array (possibly empty)`);
    else checkIntervals(release.blocked, 'blocked', where, errors);
    if (release.within !== undefined && !checkedWithin.has(release.within)) {
      checkedWithin.add(release.within);
      checkIntervals(release.within, 'within', where, errors);
    }
    if (release.pinnedSlot !== undefined) {
      const pin = release.pinnedSlot;
      if (!isInt(pin) || pin < 0 || (isInt(d) && pin + d > horizonSlots)) {
        errors.push(`${where}: pinnedSlot must be a whole slot with 0 <= pinnedSlot <= horizonSlots - durationSlots, got ${pin}`);
      }
    }
  });

  precedences.forEach((edge, e) => {
    const where = `precedence ${e}`;
    if (!KINDS.has(edge.kind)) errors.push(`${where}: kind must be finish-before, start-after or same-window, got ${String(edge.kind)}`);
    for (const end of [edge.from, edge.to]) {
      if (!isNonNegativeInt(end) || end >= releases.length) errors.push(`${where}: unknown release ${String(end)} (there are ${releases.length})`);
    }
    if (edge.from === edge.to) errors.push(`${where}: release ${edge.from} cannot depend on itself`);
  });
  return errors;
}

/** Throws one Error listing the first problems found (all of them are in `validateScheduleProblem`). */
export function assertValidScheduleProblem(problem: ScheduleProblem): void {
  const errors = validateScheduleProblem(problem);
  if (errors.length === 0) return;
  const shown = errors.slice(0, 10).join('; ');
  throw new Error(`Invalid schedule problem: ${shown}${errors.length > 10 ? `; and ${errors.length - 10} more` : ''}`);
}
