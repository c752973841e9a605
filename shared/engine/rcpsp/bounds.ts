import type { RcpspProblem } from './types';
import { topologicalOrder } from './validate';

function orderOrThrow(problem: RcpspProblem): number[] {
  const order = topologicalOrder(problem);
  if (order === null) throw new Error('Precedence relations contain a cycle');
  return order;
}

/** Earliest start of every job when resources are ignored (forward CPM pass). */
export function earliestStarts(problem: RcpspProblem): number[] {
  const starts = new Array<number>(problem.jobs.length).fill(0);
  for (const j of orderOrThrow(problem)) {
    const job = problem.jobs[j]!;
    const finish = starts[j]! + job.duration;
    for (const s of job.successors) if (starts[s]! < finish) starts[s] = finish;
  }
  return starts;
}

/** Longest path through the precedence network: no schedule can be shorter. */
export function criticalPathLowerBound(problem: RcpspProblem): number {
  const starts = earliestStarts(problem);
  let bound = 0;
  problem.jobs.forEach((job, j) => (bound = Math.max(bound, starts[j]! + job.duration)));
  return bound;
}

/**
 * Latest start of every job that still lets the project end by `horizon`
 * (backward CPM pass; defaults to the critical-path length).
 */
export function latestStarts(problem: RcpspProblem, horizon = criticalPathLowerBound(problem)): number[] {
  const latestFinish = new Array<number>(problem.jobs.length).fill(horizon);
  const order = orderOrThrow(problem);
  for (let i = order.length - 1; i >= 0; i--) {
    const j = order[i]!;
    for (const s of problem.jobs[j]!.successors) {
      const sLatestStart = latestFinish[s]! - problem.jobs[s]!.duration;
      if (sLatestStart < latestFinish[j]!) latestFinish[j] = sLatestStart;
    }
  }
  return latestFinish.map((finish, j) => finish - problem.jobs[j]!.duration);
}

/** Work content bound: each resource must deliver all demanded unit-periods within the makespan. */
export function resourceLowerBound(problem: RcpspProblem): number {
  let bound = 0;
  problem.capacities.forEach((capacity, k) => {
    let work = 0;
    for (const job of problem.jobs) work += job.duration * job.demands[k]!;
    if (work > 0 && capacity > 0) bound = Math.max(bound, Math.ceil(work / capacity));
  });
  return bound;
}

/** Best of the cheap bounds; the solver stops as soon as it reaches it. */
export function lowerBound(problem: RcpspProblem): number {
  return Math.max(criticalPathLowerBound(problem), resourceLowerBound(problem));
}
