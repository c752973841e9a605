import type { RcpspProblem } from './types';

const isNonNegativeInt = (value: number): boolean => Number.isInteger(value) && value >= 0;

/**
 * Rejects problems the engine cannot schedule: bad numbers, dangling successor indices,
 * a demand above capacity (no schedule exists) or a precedence cycle.
 */
export function validateProblem(problem: RcpspProblem): void {
  const { jobs, capacities } = problem;
  capacities.forEach((capacity, k) => {
    if (!isNonNegativeInt(capacity)) throw new Error(`Capacity of resource ${k + 1} must be a non-negative integer, got ${capacity}`);
  });
  jobs.forEach((job, j) => {
    if (!isNonNegativeInt(job.duration)) throw new Error(`Job ${j} duration must be a non-negative integer, got ${job.duration}`);
    if (job.demands.length !== capacities.length) {
      throw new Error(`Job ${j} has ${job.demands.length} demands for ${capacities.length} resources`);
    }
    job.demands.forEach((demand, k) => {
      if (!isNonNegativeInt(demand)) throw new Error(`Job ${j} demand on resource ${k + 1} must be a non-negative integer, got ${demand}`);
      // A zero-duration milestone occupies no period, so only real work must fit.
      if (job.duration > 0 && demand > (capacities[k] ?? 0)) {
        throw new Error(`Job ${j} needs ${demand} of resource ${k + 1} but only ${capacities[k]} exist: no feasible schedule`);
      }
    });
    for (const s of job.successors) {
      if (!Number.isInteger(s) || s < 0 || s >= jobs.length) throw new Error(`Job ${j} has unknown successor ${s}`);
      if (s === j) throw new Error(`Job ${j} lists itself as successor`);
    }
  });
  if (topologicalOrder(problem) === null) throw new Error('Precedence relations contain a cycle');
}

/** Kahn's algorithm; null when the precedence graph has a cycle. */
export function topologicalOrder(problem: RcpspProblem): number[] | null {
  const n = problem.jobs.length;
  const indegree = new Array<number>(n).fill(0);
  for (const job of problem.jobs) for (const s of new Set(job.successors)) indegree[s] = (indegree[s] ?? 0) + 1;
  const queue: number[] = [];
  for (let j = 0; j < n; j++) if (indegree[j] === 0) queue.push(j);
  for (let head = 0; head < queue.length; head++) {
    const j = queue[head] as number;
    for (const s of new Set(problem.jobs[j]?.successors ?? [])) {
      indegree[s] = (indegree[s] ?? 0) - 1;
      if (indegree[s] === 0) queue.push(s);
    }
  }
  return queue.length === n ? queue : null;
}
