import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSchedule, criticalPathLowerBound, resourceLowerBound, solveRcpsp, type RcpspProblem } from '../../shared/engine/rcpsp';

/**
 * Random small instances: a DAG over a random permutation of job indices (so index order is
 * not a topological order), durations 0..5, demands within capacity.
 */
const problemArbitrary = fc
  .record({ jobCount: fc.integer({ min: 1, max: 9 }), capacities: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }) })
  .chain(({ jobCount, capacities }) =>
    fc.record({
      capacities: fc.constant(capacities),
      permutation: fc.shuffledSubarray([...Array(jobCount).keys()], { minLength: jobCount, maxLength: jobCount }),
      jobs: fc.array(
        fc.record({
          duration: fc.integer({ min: 0, max: 5 }),
          demandShares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: capacities.length, maxLength: capacities.length }),
          edges: fc.array(fc.boolean(), { minLength: jobCount, maxLength: jobCount }),
        }),
        { minLength: jobCount, maxLength: jobCount },
      ),
    }),
  )
  .map(({ capacities, permutation, jobs }): RcpspProblem => {
    const problem: RcpspProblem = { capacities, jobs: jobs.map(() => ({ duration: 0, demands: [], successors: [] })) };
    jobs.forEach((job, rank) => {
      // Edges only go from lower to higher rank, so the graph is acyclic.
      problem.jobs[permutation[rank]!] = {
        duration: job.duration,
        demands: job.demandShares.map((share, k) => Math.floor(share * (capacities[k]! + 1)) % (capacities[k]! + 1)),
        successors: job.edges.flatMap((edge, other) => (edge && other > rank ? [permutation[other]!] : [])),
      };
    });
    return problem;
  });

/**
 * Independent optimum for tiny instances: some activity list decodes to an optimal schedule
 * under the serial SGS, so trying every topological order finds it.
 */
function bruteForceOptimum(problem: RcpspProblem): number {
  const n = problem.jobs.length;
  const predecessors = problem.jobs.map((_, j) => problem.jobs.flatMap((job, i) => (job.successors.includes(j) ? [i] : [])));
  let best = Infinity;
  const starts: number[] = new Array<number>(n).fill(0);
  const placed: boolean[] = new Array<boolean>(n).fill(false);
  const horizon = problem.jobs.reduce((sum, job) => sum + job.duration, 0) + 1;
  const load = problem.capacities.map(() => new Array<number>(horizon).fill(0));
  const extend = (count: number, makespan: number): void => {
    if (count === n) {
      best = Math.min(best, makespan);
      return;
    }
    for (let j = 0; j < n; j++) {
      if (placed[j] || predecessors[j]!.some((p) => !placed[p])) continue;
      const job = problem.jobs[j]!;
      let t = Math.max(0, ...predecessors[j]!.map((p) => starts[p]! + problem.jobs[p]!.duration));
      const fits = (at: number): boolean =>
        problem.capacities.every((cap, k) => Array.from({ length: job.duration }, (_, d) => load[k]![at + d]!).every((l) => l + job.demands[k]! <= cap));
      while (!fits(t)) t++;
      const book = (sign: number): void =>
        problem.capacities.forEach((_, k) => {
          for (let d = 0; d < job.duration; d++) load[k]![t + d]! += sign * job.demands[k]!;
        });
      book(1);
      placed[j] = true;
      starts[j] = t;
      extend(count + 1, Math.max(makespan, t + job.duration));
      placed[j] = false;
      book(-1);
    }
  };
  extend(0, 0);
  return best;
}

describe('solveRcpsp on random instances', () => {
  it('always returns a feasible schedule no shorter than the lower bounds', () => {
    fc.assert(
      fc.property(problemArbitrary, fc.integer({ min: 0, max: 1000 }), (problem, seed) => {
        const result = solveRcpsp(problem, { timeLimitMs: 10_000, seed, maxSchedules: 200 });
        expect(checkSchedule(problem, result)).toEqual([]);
        expect(result.makespan).toBeGreaterThanOrEqual(criticalPathLowerBound(problem));
        expect(result.makespan).toBeGreaterThanOrEqual(resourceLowerBound(problem));
        expect(result.makespan).toBeLessThanOrEqual(problem.jobs.reduce((sum, job) => sum + job.duration, 0));
      }),
      { numRuns: 300 },
    );
  });

  it('stays feasible through long runs with population restarts', () => {
    fc.assert(
      fc.property(problemArbitrary, (problem) => {
        const result = solveRcpsp(problem, { timeLimitMs: 60_000, seed: 11, maxSchedules: 30_000 });
        expect(checkSchedule(problem, result)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('is deterministic for a given seed and schedule budget', () => {
    fc.assert(
      fc.property(problemArbitrary, fc.integer({ min: 0, max: 1000 }), (problem, seed) => {
        const options = { timeLimitMs: 60_000, seed, maxSchedules: 300 };
        const { ms: _first, ...first } = solveRcpsp(problem, options);
        const { ms: _second, ...second } = solveRcpsp(problem, options);
        expect(second).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('reaches the optimum found by exhaustive search on tiny instances', () => {
    const tiny = problemArbitrary.filter((problem) => problem.jobs.length <= 7);
    fc.assert(
      fc.property(tiny, (problem) => {
        const result = solveRcpsp(problem, { timeLimitMs: 60_000, seed: 3, maxSchedules: 3_000 });
        expect(result.makespan).toBe(bruteForceOptimum(problem));
      }),
      { numRuns: 100 },
    );
  });
});
