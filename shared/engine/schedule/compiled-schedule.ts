import { analysePrecedences, type PrecedenceStructure } from './precedence-structure';
import { canShareWindow } from './same-window';
import type { ScheduleProblem, SlotInterval } from './types';

/** Rows of the resource profile are services, sites or teams. */
export const ROW_SERVICE = 0;
export const ROW_SITE = 1;
export const ROW_TEAM = 2;

/** Lists per release in compressed rows: entries of release j are at start[j] .. start[j + 1] - 1. */
export interface Rows {
  start: Int32Array;
  list: Int32Array;
}

/** Start-to-start precedences: to.start >= from.start + lag (finish-before: lag = duration of from). */
export interface LaggedRows extends Rows {
  lag: Int32Array;
}

/** Intervals of release j: lo/hi[from[j]] .. [to[j] - 1]. Releases sharing one list share one segment. */
export interface IntervalRows {
  from: Int32Array;
  to: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
}

/**
 * Flat, typed-array view of a validated problem for the hot loops: no object access or
 * allocation per release while generating schedules.
 */
export interface CompiledSchedule {
  releaseCount: number;
  horizon: number;
  slotsPerDay: number;
  dayCount: number;
  siteCount: number;
  duration: Int32Array;
  /** Own earliest start, raised by pinned predecessors (pins: the pin). */
  earliest: Int32Array;
  /** Latest start keeping horizon and deadline (pins: the pin). */
  ownLatest: Int32Array;
  /** ownLatest lowered by pinned successors: the bound the SGS uses. */
  latest: Int32Array;
  /** Like `latest` but ignoring the release's own deadline (for "earliest it could go"). */
  latestIgnoringDeadline: Int32Array;
  /** Pinned start or -1. */
  pinned: Int32Array;
  tier: Uint8Array;
  weight: Float64Array;
  blocked: IntervalRows;
  within: IntervalRows;
  hasWithin: Uint8Array;
  /** Profile rows each release uses; only rows that can ever be over-subscribed are kept. */
  uses: Rows;
  sites: Rows;
  predecessors: LaggedRows;
  successors: LaggedRows;
  partners: Rows;
  /** A same-window partner whose maintenance windows never overlap j's with room for both, or -1. */
  disjointPartner: Int32Array;
  rowCount: number;
  rowCapacity: Uint16Array;
  rowKind: Uint8Array;
  /** Service, site or team index of each row. */
  rowIndex: Int32Array;
  structure: PrecedenceStructure;
}

function rows(lists: number[][]): Rows {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, j) => (start[j + 1] = start[j]! + l.length));
  const list = new Int32Array(start[lists.length]!);
  lists.forEach((l, j) => list.set(l, start[j]!));
  return { start, list };
}

const NO_INTERVALS: SlotInterval[] = [];

function intervalRows(lists: SlotInterval[][]): IntervalRows {
  // Calendars are often shared (every release of a service family gets the same windows), so
  // identical list objects are stored once.
  const segment = new Map<SlotInterval[], number>();
  const from = new Int32Array(lists.length);
  const to = new Int32Array(lists.length);
  let size = 0;
  lists.forEach((list, j) => {
    let at = segment.get(list);
    if (at === undefined) {
      segment.set(list, (at = size));
      size += list.length;
    }
    from[j] = at;
    to[j] = at + list.length;
  });
  const lo = new Int32Array(size);
  const hi = new Int32Array(size);
  for (const [list, at] of segment) {
    for (let i = 0; i < list.length; i++) {
      lo[at + i] = list[i]!.start;
      hi[at + i] = list[i]!.end;
    }
  }
  return { from, to, lo, hi };
}

/** Collapses parallel edges to the largest lag. */
function laggedRows(n: number, edges: { from: number; to: number; lag: number }[], reverse: boolean): LaggedRows {
  const lists: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const { from, to, lag } of edges) {
    const [a, b] = reverse ? [to, from] : [from, to];
    lists[a]!.set(b, Math.max(lists[a]!.get(b) ?? -Infinity, lag));
  }
  const base = rows(lists.map((m) => [...m.keys()]));
  return { ...base, lag: Int32Array.from(lists.flatMap((m) => [...m.values()])) };
}

export function compileSchedule(problem: ScheduleProblem, tierWeights: readonly [number, number, number]): CompiledSchedule {
  const { releases, horizonSlots: H } = problem;
  const n = releases.length;
  const slotsPerDay = 1440 / problem.slotMinutes;
  const duration = Int32Array.from(releases, (r) => r.durationSlots);
  const pinned = Int32Array.from(releases, (r) => r.pinnedSlot ?? -1);
  const ownLatest = Int32Array.from(releases, (r, j) =>
    pinned[j]! >= 0 ? pinned[j]! : Math.min(H, r.deadlineSlot ?? H) - r.durationSlots,
  );

  // A row is kept only if more releases use it than it has capacity: otherwise it never binds.
  const users = new Map<string, number>();
  const key = (kind: number, index: number): string => `${kind}:${index}`;
  const capacityOf = (kind: number, index: number): number =>
    kind === ROW_SERVICE ? 1 : kind === ROW_SITE ? problem.siteCapacity[index]! : problem.teamCapacity[index]!;
  const touches = releases.map((r) => [
    ...r.services.map((i) => [ROW_SERVICE, i] as const),
    ...r.sites.map((i) => [ROW_SITE, i] as const),
    ...r.teams.map((i) => [ROW_TEAM, i] as const),
  ]);
  for (const list of touches) for (const [kind, index] of list) users.set(key(kind, index), (users.get(key(kind, index)) ?? 0) + 1);
  const rowOf = new Map<string, number>();
  const rowKind: number[] = [];
  const rowIndex: number[] = [];
  const rowCapacity: number[] = [];
  const uses = touches.map((list) =>
    list.flatMap(([kind, index]) => {
      const k = key(kind, index);
      if (users.get(k)! <= capacityOf(kind, index)) return [];
      let row = rowOf.get(k);
      if (row === undefined) {
        rowOf.set(k, (row = rowKind.length));
        rowKind.push(kind);
        rowIndex.push(index);
        rowCapacity.push(capacityOf(kind, index));
      }
      return [row];
    }),
  );

  const structure = analysePrecedences(n, problem.precedences);
  const directed = problem.precedences
    .filter((p) => p.kind !== 'same-window')
    .map((p) => ({ from: p.from, to: p.to, lag: p.kind === 'finish-before' ? duration[p.from]! : 0 }));
  const predecessors = laggedRows(n, directed, true);
  const successors = laggedRows(n, directed, false);
  const partnerLists: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (const p of problem.precedences) {
    if (p.kind !== 'same-window') continue;
    partnerLists[p.from]!.add(p.to);
    partnerLists[p.to]!.add(p.from);
  }

  const disjointPartner = new Int32Array(n).fill(-1);
  for (const p of problem.precedences) {
    if (p.kind === 'same-window' && !canShareWindow(releases[p.from]!, releases[p.to]!)) {
      disjointPartner[p.from] = p.to;
      disjointPartner[p.to] = p.from;
    }
  }

  // Pins bound their neighbours through chains of precedences; propagate once, in topological order.
  const earliest = Int32Array.from(releases, (r, j) => (pinned[j]! >= 0 ? pinned[j]! : r.earliestSlot));
  const latest = Int32Array.from(ownLatest);
  const latestIgnoringDeadline = Int32Array.from(duration, (d) => H - d);
  const pinLow = new Float64Array(n).fill(-Infinity);
  const pinHigh = new Float64Array(n).fill(Infinity);
  const order = structure.topological;
  for (const j of order) {
    if (pinned[j]! >= 0) pinLow[j] = pinned[j]!;
    else earliest[j] = Math.max(earliest[j]!, pinLow[j]!);
    for (let e = successors.start[j]!; e < successors.start[j + 1]!; e++) {
      const s = successors.list[e]!;
      pinLow[s] = Math.max(pinLow[s]!, pinLow[j]! + successors.lag[e]!);
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const j = order[i]!;
    if (pinned[j]! >= 0) pinHigh[j] = pinned[j]!;
    else {
      latest[j] = Math.min(latest[j]!, pinHigh[j]!);
      latestIgnoringDeadline[j] = Math.min(latestIgnoringDeadline[j]!, pinHigh[j]!);
    }
    for (let e = predecessors.start[j]!; e < predecessors.start[j + 1]!; e++) {
      const p = predecessors.list[e]!;
      pinHigh[p] = Math.min(pinHigh[p]!, pinHigh[j]! - predecessors.lag[e]!);
    }
  }

  return {
    releaseCount: n,
    horizon: H,
    slotsPerDay,
    dayCount: Math.ceil(H / slotsPerDay),
    siteCount: problem.siteCapacity.length,
    duration,
    earliest,
    ownLatest,
    latest,
    latestIgnoringDeadline,
    pinned,
    tier: Uint8Array.from(releases, (r) => r.tier),
    weight: Float64Array.from(releases, (r) => tierWeights[r.tier - 1]!),
    blocked: intervalRows(releases.map((r) => r.blocked)),
    within: intervalRows(releases.map((r) => r.within ?? NO_INTERVALS)),
    hasWithin: Uint8Array.from(releases, (r) => (r.within === undefined ? 0 : 1)),
    uses: rows(uses),
    sites: rows(releases.map((r) => r.sites)),
    predecessors,
    successors,
    partners: rows(partnerLists.map((s) => [...s].sort((a, b) => a - b))),
    disjointPartner,
    rowCount: rowKind.length,
    rowCapacity: Uint16Array.from(rowCapacity),
    rowKind: Uint8Array.from(rowKind),
    rowIndex: Int32Array.from(rowIndex),
    structure,
  };
}
