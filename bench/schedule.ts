import { pathToFileURL } from 'node:url';
import { checkReleaseSchedule, scheduleReleases } from '../shared/engine/schedule';
import { generateScheduleProblem, type ScheduleFixtureOptions } from './schedule-fixture';

export interface ScheduleBench {
  releases: number;
  scheduled: number;
  infeasible: number;
  /** Full run (search within timeLimitMs, explanations included). */
  ms: number;
  /** Days from the horizon start to the end of the last scheduled release. */
  makespanDays: number;
  /** The first schedule alone (one SGS pass, maxSchedules 1), for comparison. */
  firstScheduleMs: number;
  firstScheduleUnscheduled: number;
  schedules: number;
  precedences: number;
  tier1Overlaps: number;
  tier1SameDaySite: number;
  /** The independent checker agrees the schedule is feasible. */
  feasible: boolean;
}

const round = (x: number): number => Math.round(x * 10) / 10;

export function benchSchedule(options: ScheduleFixtureOptions & { timeLimitMs?: number } = {}): ScheduleBench {
  const problem = generateScheduleProblem({ releases: 1000, ...options });
  const seed = options.seed ?? 7;
  // Warm the JIT once on the same problem so the figures describe steady-state code.
  scheduleReleases(problem, { timeLimitMs: 10_000, seed, maxSchedules: 1 });
  const first = scheduleReleases(problem, { timeLimitMs: 10_000, seed, maxSchedules: 1 });
  const result = scheduleReleases(problem, { timeLimitMs: options.timeLimitMs ?? 1500, seed });
  const slotsPerDay = 1440 / problem.slotMinutes;
  return {
    releases: problem.releases.length,
    scheduled: result.starts.filter((s) => s !== null).length,
    infeasible: result.infeasible.length,
    ms: round(result.ms),
    makespanDays: round(result.objective.makespan / slotsPerDay),
    firstScheduleMs: round(first.ms),
    firstScheduleUnscheduled: first.objective.unscheduled,
    schedules: result.schedules,
    precedences: problem.precedences.length,
    tier1Overlaps: result.objective.tier1Overlaps,
    tier1SameDaySite: result.objective.tier1SameDaySite,
    feasible: checkReleaseSchedule(problem, result.starts).length === 0,
  };
}

// Run directly: `npx tsx bench/schedule.ts [--releases N] [--seed N] [--time-limit-ms N]` prints JSON.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const flag = (name: string): number | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  console.log(JSON.stringify(benchSchedule({ releases: flag('--releases') ?? 1000, seed: flag('--seed') ?? 7, timeLimitMs: flag('--time-limit-ms') ?? 1500 }), null, 2));
}
