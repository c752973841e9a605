import type { RcpspProblem, RcpspSchedule } from './types';

export type Violation =
  | { kind: 'start'; job: number; message: string }
  | { kind: 'precedence'; job: number; successor: number; finish: number; successorStart: number }
  | { kind: 'resource'; resource: number; time: number; load: number; capacity: number }
  | { kind: 'makespan'; reported: number; actual: number };

/**
 * The referee: re-derives every constraint from the problem with plain loops, sharing no code
 * with the solver. An empty list means the schedule is feasible and its makespan is honest.
 */
export function checkSchedule(problem: RcpspProblem, schedule: RcpspSchedule): Violation[] {
  const { jobs, capacities } = problem;
  const { starts } = schedule;
  const violations: Violation[] = [];
  if (starts.length !== jobs.length) {
    return [{ kind: 'start', job: -1, message: `expected ${jobs.length} start times, got ${starts.length}` }];
  }
  for (let j = 0; j < jobs.length; j++) {
    const start = starts[j] as number;
    if (!Number.isInteger(start) || start < 0) {
      violations.push({ kind: 'start', job: j, message: `start ${start} is not a non-negative integer` });
    }
  }
  if (violations.length > 0) return violations;

  let actualMakespan = 0;
  for (let j = 0; j < jobs.length; j++) {
    const job = jobs[j]!;
    const finish = starts[j]! + job.duration;
    actualMakespan = Math.max(actualMakespan, finish);
    for (const s of job.successors) {
      const successorStart = starts[s]!;
      if (successorStart < finish) violations.push({ kind: 'precedence', job: j, successor: s, finish, successorStart });
    }
  }

  for (let time = 0; time < actualMakespan; time++) {
    for (let k = 0; k < capacities.length; k++) {
      let load = 0;
      for (let j = 0; j < jobs.length; j++) {
        const job = jobs[j]!;
        if (starts[j]! <= time && time < starts[j]! + job.duration) load += job.demands[k]!;
      }
      if (load > capacities[k]!) violations.push({ kind: 'resource', resource: k, time, load, capacity: capacities[k]! });
    }
  }

  if (schedule.makespan !== actualMakespan) {
    violations.push({ kind: 'makespan', reported: schedule.makespan, actual: actualMakespan });
  }
  return violations;
}

export function describeViolation(v: Violation): string {
  switch (v.kind) {
    case 'start':
      return `job ${v.job}: ${v.message}`;
    case 'precedence':
      return `job ${v.successor} starts at ${v.successorStart} before predecessor ${v.job} finishes at ${v.finish}`;
    case 'resource':
      return `resource ${v.resource + 1} loaded ${v.load} > capacity ${v.capacity} at time ${v.time}`;
    case 'makespan':
      return `reported makespan ${v.reported} but jobs finish at ${v.actual}`;
  }
}
