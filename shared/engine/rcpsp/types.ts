/** One activity of a single-mode RCPSP. Indices are 0-based throughout the engine. */
export interface RcpspJob {
  /** Whole time units; 0 for dummy milestones. */
  duration: number;
  /** Per-period demand on each renewable resource, same length as `capacities`. */
  demands: number[];
  /** Indices of jobs that may start only after this one finishes (finish-to-start, no lag). */
  successors: number[];
}

export interface RcpspProblem {
  jobs: RcpspJob[];
  /** Renewable capacity available in every time unit, one entry per resource. */
  capacities: number[];
}

export interface RcpspSchedule {
  /** Start time of every job, indexed like `problem.jobs`. */
  starts: number[];
  /** Latest finish time over all jobs. */
  makespan: number;
}

export interface SolveOptions {
  /** Wall-clock budget; the search stops when the next step would overrun it. */
  timeLimitMs: number;
  /** Seed of the pseudo-random generator; same seed + `maxSchedules` ⇒ same result. */
  seed: number;
  /**
   * Budget in schedule generation passes (each forward or backward SGS pass counts one),
   * checked before every new schedule, so a run may finish the few passes of one improvement.
   */
  maxSchedules?: number;
}

export interface SolveResult extends RcpspSchedule {
  /** Schedule generation passes performed. */
  schedules: number;
  /** Wall-clock time spent, in milliseconds. */
  ms: number;
  /** Best lower bound known to the solver (critical path or resource bound). */
  lowerBound: number;
}
