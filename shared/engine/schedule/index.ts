export type {
  BlockedInterval,
  InfeasibleRelease,
  ObjectiveBreakdown,
  ObjectiveWeights,
  Precedence,
  PrecedenceKind,
  ScheduleOptions,
  ScheduleProblem,
  ScheduleRelease,
  ScheduleResult,
  SlotInterval,
} from './types';
export { scheduleReleases, scheduleReleasesInSteps } from './scheduler';
export { validateScheduleProblem, assertValidScheduleProblem } from './validate';
export { checkReleaseSchedule, describeScheduleViolation, type ScheduleViolation } from './schedule-feasibility';
export { formatDuration, formatSlot, slotToMs } from './slot-format';
export { buildScheduleProblem, SCHEDULABLE_STATUSES, type BuildOptions, type BuiltProblem, type PlanningInput } from './build-from-plan';
export { proposeSchedule, proposeScheduleInSteps, isoInstant, type Proposal, type ProposedMove, type ProposedInfeasible, type ProposeOptions } from './propose';
