import { ROW_SERVICE, ROW_SITE, type CompiledSchedule } from './compiled-schedule';
import type { ResourceProfiles } from './resource-profiles';
import { formatDuration, formatSlot, listNames } from './slot-format';
import { earliestFit, NO_ROWS } from './slot-search';
import type { ScheduleProblem } from './types';

/** What explanations need: the problem for names and dates, the compiled view, the final schedule. */
export interface ExplainContext {
  problem: ScheduleProblem;
  c: CompiledSchedule;
  /** Profiles holding exactly the returned schedule. */
  profiles: ResourceProfiles;
  start: Int32Array;
}

export function releaseName(problem: ScheduleProblem, j: number): string {
  const release = problem.releases[j]!;
  return release.name ?? release.id;
}

/** "service ERP core", "site DC Reno", "team Platform" (indices where no label is given). */
export function rowName(x: ExplainContext, row: number): string {
  const index = x.c.rowIndex[row]!;
  const labels = x.problem.labels;
  switch (x.c.rowKind[row]) {
    case ROW_SERVICE:
      return `service ${labels?.services?.[index] ?? index}`;
    case ROW_SITE:
      return `site ${labels?.sites?.[index] ?? index}`;
    default:
      return `team ${labels?.teams?.[index] ?? index}`;
  }
}

/** Scheduled releases using `row` somewhere in [from, to). */
function occupants(x: ExplainContext, row: number, from: number, to: number): string[] {
  const { c, start } = x;
  const names: string[] = [];
  for (let k = 0; k < c.releaseCount; k++) {
    const s = start[k]!;
    if (s < 0 || s >= to || s + c.duration[k]! <= from) continue;
    for (let u = c.uses.start[k]!; u < c.uses.start[k + 1]!; u++) {
      if (c.uses.list[u] === row) {
        names.push(releaseName(x.problem, k));
        break;
      }
    }
  }
  return names;
}

/** The blocked intervals of j that meet [from, to). */
function blockedIn(x: ExplainContext, j: number, from: number, to: number): { start: number; end: number; label: string }[] {
  return x.problem.releases[j]!.blocked.filter((b) => b.start < to && b.end > from);
}

function calendarReason(x: ExplainContext, j: number, low: number, high: number, until: string): string {
  const { problem } = x;
  const release = problem.releases[j]!;
  const d = release.durationSlots;
  const from = formatSlot(problem, low);
  const duration = formatDuration(problem, d);
  if (release.within !== undefined) {
    const fitting = release.within.filter((w) => w.end - w.start >= d && Math.max(low, w.start) <= Math.min(high, w.end - d));
    if (fitting.length === 0) return `no maintenance window of ${duration} between ${from} and ${until}`;
    const labels = [...new Set(fitting.flatMap((w) => blockedIn(x, j, Math.max(low, w.start), Math.min(high + d, w.end)).map((b) => b.label)))];
    return `every maintenance window of ${duration} between ${from} and ${until} is covered by ${listNames(labels, 4)}`;
  }
  const blocking = blockedIn(x, j, low, high + d);
  const cover = blocking.find((b) => b.start <= low && b.end >= high + d);
  if (cover !== undefined) return `${cover.label} covers every slot from ${from} to ${until}`;
  const labels = [...new Set(blocking.map((b) => b.label))];
  return `${listNames(labels, 4)} ${labels.length > 1 ? 'leave' : 'leaves'} no gap of ${duration} between ${from} and ${until}`;
}

function resourceReason(x: ExplainContext, row: number, low: number, end: number, until: string): string {
  const { c, problem } = x;
  const name = rowName(x, row);
  const capacity = c.rowCapacity[row]!;
  const from = formatSlot(problem, low);
  if (capacity === 0) return `${name} accepts no changes (capacity 0)`;
  const busy = occupants(x, row, low, end);
  const by = busy.length > 0 ? ` (${listNames(busy)})` : '';
  if (c.rowKind[row] === ROW_SERVICE) return `${name} is taken by other releases${by} whenever its calendar allows between ${from} and ${until}`;
  const what = c.rowKind[row] === ROW_SITE ? `site capacity at ${x.problem.labels?.sites?.[c.rowIndex[row]!] ?? name}` : `capacity of ${name}`;
  return `${what} (${capacity} at a time) is full whenever its calendar allows between ${from} and ${until}${by}`;
}

/** Names the pinned successor that bounds j, directly or through a chain. */
function pinnedSuccessor(x: ExplainContext, j: number): string {
  const { c, problem } = x;
  for (let e = c.successors.start[j]!; e < c.successors.start[j + 1]!; e++) {
    const q = c.successors.list[e]!;
    if (c.pinned[q]! >= 0) return `pinned successor ${releaseName(problem, q)}`;
  }
  return 'a pinned release further down its dependency chain';
}

/**
 * Why release j found no start in [low, high], the range the SGS searched (lowBy: the predecessor
 * that set `low`, or -1), judged against the returned schedule. Bounds first, then the calendar
 * alone, then each shared resource alone; when no single constraint is enough, the combination.
 */
export function explainNoSlot(x: ExplainContext, j: number, low: number, high: number, lowBy: number): string[] {
  const { c, problem, profiles, start } = x;
  const release = problem.releases[j]!;
  const d = c.duration[j]!;
  let lowText = `its earliest start ${formatSlot(problem, low)}`;
  if (lowBy >= 0) {
    let lag = 0;
    for (let e = c.predecessors.start[j]!; e < c.predecessors.start[j + 1]!; e++) if (c.predecessors.list[e] === lowBy) lag = c.predecessors.lag[e]!;
    const finishes = lag > 0;
    const dropped = start[lowBy]! < 0 ? ' (placed with it, then dropped with its group)' : '';
    lowText = `predecessor ${releaseName(problem, lowBy)}${dropped} ${finishes ? 'finishing' : 'starting'} at ${formatSlot(problem, low)}`;
  } else if (low > release.earliestSlot) lowText = `a chain from pinned releases (no start before ${formatSlot(problem, low)})`;
  const deadline = release.deadlineSlot;
  let until = `the horizon end ${formatSlot(problem, c.horizon)}`;
  if (high < c.ownLatest[j]!) until = `${formatSlot(problem, high + d)} (required by ${pinnedSuccessor(x, j)})`;
  else if (deadline !== undefined && deadline < c.horizon) until = `its deadline ${formatSlot(problem, deadline)}`;
  if (low > high) return [`${lowText} leaves no room for its ${formatDuration(problem, d)} before ${until}`];
  if (earliestFit(c, null, j, low, high, NO_ROWS) < 0) return [calendarReason(x, j, low, high, until)];
  const reasons: string[] = [];
  const rows = [...c.uses.list.subarray(c.uses.start[j]!, c.uses.start[j + 1]!)];
  for (const row of rows) {
    if (earliestFit(c, profiles, j, low, high, row) < 0) reasons.push(resourceReason(x, row, low, high + d, until));
  }
  if (reasons.length > 0) return reasons;
  const between = `between ${formatSlot(problem, low)} and ${until}`;
  if (earliestFit(c, profiles, j, low, high) >= 0) {
    // What blocked it (its same-window group, or pins dropped later in the pass) is gone now.
    return [`no start ${between} was free when it was placed; releases placed with it or pinned before it, dropped later, held its resources`];
  }
  return [`no start ${between} where its calendar and ${listNames(rows.map((row) => rowName(x, row)), 4)} all have room at once`];
}
