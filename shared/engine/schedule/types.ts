/**
 * The release auto-scheduler's problem, over discrete time slots.
 *
 * Slot t covers [horizonStartMs + t·slotMinutes, horizonStartMs + (t+1)·slotMinutes). A release
 * starting at slot s runs in slots s .. s + durationSlots - 1. Every interval is half-open
 * [start, end) in slots. Days are 24 h blocks counted from horizonStartMs, so callers should put
 * horizonStartMs on a local midnight of the zone the plan is read in.
 */

/** Half-open slot interval [start, end). */
export interface SlotInterval {
  start: number;
  end: number;
}

/** A span in which a release must not be running; the label names it in explanations. */
export interface BlockedInterval extends SlotInterval {
  /** For example "hard freeze 'Peak season'" or "soft freeze 'Quarter close' (no exception)". */
  label: string;
}

export interface ScheduleRelease {
  id: string;
  /** Shown in explanations; falls back to `id`. */
  name?: string;
  /** Whole slots, at least 1. */
  durationSlots: number;
  /** Not before this slot (typically "now"). */
  earliestSlot: number;
  /** Must finish by this slot: start + durationSlots <= deadlineSlot. */
  deadlineSlot?: number;
  /** Service indices (0 .. serviceCount - 1); one change at a time per service. */
  services: number[];
  /** Site indices into siteCapacity; the release takes one unit of each site's capacity. */
  sites: number[];
  /** Team indices into teamCapacity; the release takes one unit of each team's capacity. */
  teams: number[];
  tier: 1 | 2 | 3;
  /**
   * Sorted, disjoint slot intervals in which the release must not run: hard freezes that apply
   * to it and soft freezes for which it has no approved exception.
   */
  blocked: BlockedInterval[];
  /**
   * Sorted, disjoint maintenance windows. When present, the whole release must fit inside a
   * single one of them.
   */
  within?: SlotInterval[];
  /**
   * Fixed start (in progress, or locked by the user). A pin is a fact or a decision: it is exempt
   * from earliestSlot, deadlineSlot, blocked and within (the conflict view reports what it
   * breaks) but it still takes capacity and must respect precedences with other releases.
   * Must satisfy 0 <= pinnedSlot <= horizonSlots - durationSlots.
   */
  pinnedSlot?: number;
}

/**
 * - finish-before: `from` must finish before `to` starts.
 * - start-after: `to` starts no earlier than `from` starts.
 * - same-window: symmetric. The window of a release started at s is the `within` interval that
 *   contains s, or, when it has no `within` (or none contains s, which only a pin can do), the
 *   day of s. Both releases must start inside each other's window: with the same maintenance
 *   windows that is "the same window"; without any, "the same day".
 * A release whose `from` side (or same-window partner) is not scheduled is not scheduled either.
 */
export type PrecedenceKind = 'finish-before' | 'start-after' | 'same-window';

export interface Precedence {
  kind: PrecedenceKind;
  /** Release index. */
  from: number;
  /** Release index. */
  to: number;
}

export interface ScheduleProblem {
  /** Slot length; must divide a day (1440 minutes). */
  slotMinutes: number;
  /** Epoch milliseconds of slot 0. */
  horizonStartMs: number;
  /** Nothing runs at or after this slot. */
  horizonSlots: number;
  serviceCount: number;
  /** Concurrent changes each site accepts. */
  siteCapacity: number[];
  /** Concurrent changes each team can run. */
  teamCapacity: number[];
  releases: ScheduleRelease[];
  precedences: Precedence[];
  /** Names for explanations; indices are used where missing. */
  labels?: { services?: string[]; sites?: string[]; teams?: string[] };
}

/**
 * The objective is lexicographic: first as few unscheduled releases as possible, then the lowest
 * cost = Σ tierWeight · completion slot  +  tier1PairPenalty · (tier-1 pairs that overlap in time
 * + tier-1 pairs that start on the same day at the same site, once per shared site). A pair may
 * count in both terms. The SGS only ever delays a tier-1 release to dodge another one by less
 * than tier1PairPenalty / tierWeight slots, so the trade-off stays consistent with the cost.
 */
export interface ObjectiveWeights {
  /** Weights of tiers 1, 2, 3 in the weighted completion sum. Default [3, 2, 1]. */
  tierWeights?: [number, number, number];
  /**
   * Cost of one tier-1 risk pair, in weighted slots. Default: tier-1 weight × slots per day, i.e.
   * one clash is worth delaying a tier-1 release by up to a day.
   */
  tier1PairPenalty?: number;
}

export interface ScheduleOptions {
  /** Wall-clock budget; the search stops when the next step would overrun it. */
  timeLimitMs: number;
  /** Seed of the pseudo-random generator: same seed + maxSchedules ⇒ same result. */
  seed: number;
  /** Budget in schedule generation passes (forward and backward passes each count one). */
  maxSchedules?: number;
  weights?: ObjectiveWeights;
}

export interface ObjectiveBreakdown {
  unscheduled: number;
  /** Σ tierWeight · (start + duration) over scheduled releases, in slots. */
  weightedCompletion: number;
  /** Latest end slot of any scheduled release (0 when none). */
  makespan: number;
  /** Pairs of scheduled tier-1 releases running at the same time. */
  tier1Overlaps: number;
  /** Pairs of scheduled tier-1 releases starting the same day at the same site (per shared site). */
  tier1SameDaySite: number;
  /** tier1PairPenalty · (tier1Overlaps + tier1SameDaySite). */
  riskPenalty: number;
  /** weightedCompletion + riskPenalty: the second objective level. */
  cost: number;
}

export interface InfeasibleRelease {
  releaseIndex: number;
  /** Why it could not be placed, naming the constraint (freeze, window, capacity, predecessor...). */
  reasons: string[];
  /**
   * Earliest start it could take against the returned schedule, ignoring its own deadline and
   * its same-window partners (unscheduled predecessors count at their own such start), or null
   * when there is none within the horizon (cycles, capacity 0, no window...).
   */
  earliestSlot: number | null;
  /** Members (release indices) of the precedence cycle it belongs to, if that is the reason. */
  cycle?: number[];
}

export interface ScheduleResult {
  /** Start slot per release index; null when not scheduled. */
  starts: (number | null)[];
  objective: ObjectiveBreakdown;
  infeasible: InfeasibleRelease[];
  /** Schedule generation passes performed. */
  schedules: number;
  ms: number;
}
