import { expect } from 'vitest';
import {
  checkReleaseSchedule,
  describeScheduleViolation,
  scheduleReleases,
  type Precedence,
  type ScheduleOptions,
  type ScheduleProblem,
  type ScheduleRelease,
  type ScheduleResult,
} from '../../shared/engine/schedule';

/** Monday 6 January 2025 00:00 UTC; one-hour slots, so slot 24 is Tuesday midnight. */
export const MONDAY = Date.UTC(2025, 0, 6);

export function release(id: string, fields: Partial<ScheduleRelease> = {}): ScheduleRelease {
  return { id, durationSlots: 2, earliestSlot: 0, services: [], sites: [], teams: [], tier: 3, blocked: [], ...fields };
}

export function problemOf(releases: ScheduleRelease[], precedences: Precedence[] = [], fields: Partial<ScheduleProblem> = {}): ScheduleProblem {
  return {
    slotMinutes: 60,
    horizonStartMs: MONDAY,
    horizonSlots: 24 * 14,
    serviceCount: 10,
    siteCapacity: [1, 2],
    teamCapacity: [1],
    releases,
    precedences,
    labels: { sites: ['DC Reno', 'DC Leeds'], teams: ['Platform'], services: Array.from({ length: 10 }, (_, i) => `svc-${i}`) },
    ...fields,
  };
}

/** Schedules with a deterministic budget and asserts the independent checker accepts the result. */
export function solveChecked(problem: ScheduleProblem, options: Partial<ScheduleOptions> = {}): ScheduleResult {
  const result = scheduleReleases(problem, { timeLimitMs: 60_000, seed: 1, maxSchedules: 60, ...options });
  expect(checkReleaseSchedule(problem, result.starts).map(describeScheduleViolation)).toEqual([]);
  return result;
}

export function reasonsOf(result: ScheduleResult, releaseIndex: number): string[] {
  return result.infeasible.find((entry) => entry.releaseIndex === releaseIndex)?.reasons ?? [];
}
