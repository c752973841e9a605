import { nowMs } from '../rcpsp/clock';
import { Random } from '../rcpsp/random';
import { compileSchedule } from './compiled-schedule';
import { explainInfeasible } from './explain-infeasible';
import { evaluateObjective } from './objective';
import { ReleaseSearch } from './release-search';
import { ReleaseSgs } from './release-sgs';
import { runToEnd } from './run-steps';
import type { ScheduleOptions, ScheduleProblem, ScheduleResult } from './types';
import { assertValidScheduleProblem } from './validate';

const DEFAULT_TIER_WEIGHTS: [number, number, number] = [3, 2, 1];

/**
 * Proposes start slots for every release: priority-rule schedules seed a genetic search on
 * activity lists, decoded by a calendar- and capacity-aware serial SGS with forward-backward
 * improvement. Stops at the time limit or at `maxSchedules` passes; deterministic for a seed
 * when `maxSchedules` binds first. Releases that cannot be placed come back in `infeasible`
 * with the constraint that blocks them. Throws on an invalid problem (see validateScheduleProblem).
 */
export function scheduleReleases(problem: ScheduleProblem, options: ScheduleOptions): ScheduleResult {
  return runToEnd(scheduleReleasesInSteps(problem, options));
}

/** The same search, pausing after each generation (see ReleaseSearch.generations); the last step returns the result. */
export function* scheduleReleasesInSteps(problem: ScheduleProblem, options: ScheduleOptions): Generator<void, ScheduleResult, void> {
  const began = nowMs();
  assertValidScheduleProblem(problem);
  const tierWeights = options.weights?.tierWeights ?? DEFAULT_TIER_WEIGHTS;
  if (tierWeights.length !== 3 || tierWeights.some((w) => !(Number.isFinite(w) && w > 0))) {
    throw new Error(`tierWeights must be three positive numbers, got ${JSON.stringify(tierWeights)}`);
  }
  const slotsPerDay = 1440 / problem.slotMinutes;
  const penalty = options.weights?.tier1PairPenalty ?? tierWeights[0] * slotsPerDay;
  if (!(Number.isFinite(penalty) && penalty >= 0)) throw new Error(`tier1PairPenalty must be a non-negative number, got ${penalty}`);

  const c = compileSchedule(problem, tierWeights);
  // Delaying a tier-1 release by more than this costs more than the clash it avoids.
  const riskDelay = Int32Array.from(c.weight, (w) => Math.floor(penalty / w));
  const sgs = new ReleaseSgs(c, riskDelay);
  const search = new ReleaseSearch(c, sgs, new Random(options.seed), penalty);
  yield* search.generations({
    // Keep a sliver of the budget for explanations and copying out the result.
    deadline: began + options.timeLimitMs * 0.97 - 1,
    maxSchedules: options.maxSchedules ?? Number.POSITIVE_INFINITY,
  });
  const best = search.incumbent;
  sgs.loadSchedule(best.start);
  const infeasible = explainInfeasible({ problem, c, profiles: sgs.profiles, start: best.start }, best);
  return {
    starts: Array.from(best.start, (s) => (s >= 0 ? s : null)),
    objective: best.objective ?? evaluateObjective(c, best.start, penalty),
    infeasible,
    schedules: sgs.passes,
    ms: nowMs() - began,
  };
}
