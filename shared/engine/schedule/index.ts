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
export { scheduleReleases } from './scheduler';
export { validateScheduleProblem, assertValidScheduleProblem } from './validate';
export { checkReleaseSchedule, describeScheduleViolation, type ScheduleViolation } from './schedule-feasibility';
export { formatDuration, formatSlot, slotToMs } from './slot-format';
