import type { CompiledSchedule } from './compiled-schedule';
import type { ObjectiveBreakdown } from './types';

/** Lexicographic: fewer unscheduled releases first, then lower cost. Negative when a is better. */
export function compareObjectives(a: ObjectiveBreakdown, b: ObjectiveBreakdown): number {
  return a.unscheduled - b.unscheduled || a.cost - b.cost;
}

/** Number of pairs among [start, end) intervals (all non-empty) that overlap. */
function overlappingPairs(starts: number[], ends: number[]): number {
  starts.sort((a, b) => a - b);
  ends.sort((a, b) => a - b);
  // The i-th start overlaps every earlier-starting interval except those already ended.
  let pairs = 0;
  let ended = 0;
  for (let i = 0; i < starts.length; i++) {
    while (ended < ends.length && ends[ended]! <= starts[i]!) ended++;
    pairs += i - ended;
  }
  return pairs;
}

/** Objective of a schedule (start -1 = unscheduled); see ObjectiveWeights for the definition. */
export function evaluateObjective(c: CompiledSchedule, start: Int32Array, tier1PairPenalty: number): ObjectiveBreakdown {
  let unscheduled = 0;
  let weightedCompletion = 0;
  let makespan = 0;
  const tier1Starts: number[] = [];
  const tier1Ends: number[] = [];
  const sameDay = new Map<number, number>();
  let tier1SameDaySite = 0;
  for (let j = 0; j < c.releaseCount; j++) {
    const s = start[j]!;
    if (s < 0) {
      unscheduled++;
      continue;
    }
    const end = s + c.duration[j]!;
    weightedCompletion += c.weight[j]! * end;
    if (end > makespan) makespan = end;
    if (c.tier[j] !== 1) continue;
    tier1Starts.push(s);
    tier1Ends.push(end);
    const day = Math.floor(s / c.slotsPerDay);
    for (let e = c.sites.start[j]!; e < c.sites.start[j + 1]!; e++) {
      const key = c.sites.list[e]! * c.dayCount + day;
      const before = sameDay.get(key) ?? 0;
      tier1SameDaySite += before;
      sameDay.set(key, before + 1);
    }
  }
  const tier1Overlaps = overlappingPairs(tier1Starts, tier1Ends);
  const riskPenalty = tier1PairPenalty * (tier1Overlaps + tier1SameDaySite);
  return {
    unscheduled,
    weightedCompletion,
    makespan,
    tier1Overlaps,
    tier1SameDaySite,
    riskPenalty,
    cost: weightedCompletion + riskPenalty,
  };
}
