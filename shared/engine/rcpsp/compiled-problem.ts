import type { RcpspProblem } from './types';
import { topologicalOrder } from './validate';

/** Adjacency in compressed rows: neighbours of j are list[start[j]] .. list[start[j + 1] - 1]. */
export interface Adjacency {
  start: Int32Array;
  list: Int32Array;
}

/**
 * Flat, typed-array view of a problem for the hot loops: no object access or allocation
 * per job while generating schedules.
 */
export interface CompiledProblem {
  jobCount: number;
  resourceCount: number;
  duration: Int32Array;
  capacity: Int32Array;
  /**
   * Only the resources a job actually uses, with the matching demand and the highest load
   * (capacity - demand) a period may already carry for the job to fit.
   */
  usage: { start: Int32Array; resource: Int32Array; demand: Int32Array; maxLoad: Int32Array };
  predecessors: Adjacency;
  successors: Adjacency;
  /** A topological order; its position ranks break ties between simultaneous jobs. */
  topological: Int32Array;
  /** Sum of durations: no serial schedule is longer, so it sizes the resource profile. */
  horizon: number;
}

/** The part of a problem that activity-list operators and list builders need: the precedence graph. */
export type ActivityGraph = Pick<CompiledProblem, 'jobCount' | 'predecessors' | 'successors'>;

function toAdjacency(lists: number[][]): Adjacency {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, j) => (start[j + 1] = start[j]! + l.length));
  const list = new Int32Array(start[lists.length]!);
  lists.forEach((l, j) => list.set(l, start[j]!));
  return { start, list };
}

/** Assumes a validated problem (see validateProblem). */
export function compileProblem(problem: RcpspProblem): CompiledProblem {
  const n = problem.jobs.length;
  const successorLists = problem.jobs.map((job) => [...new Set(job.successors)]);
  const predecessorLists: number[][] = problem.jobs.map(() => []);
  successorLists.forEach((succ, j) => succ.forEach((s) => predecessorLists[s]!.push(j)));

  const usageStart = new Int32Array(n + 1);
  const usageResource: number[] = [];
  const usageDemand: number[] = [];
  problem.jobs.forEach((job, j) => {
    // A job of zero duration never occupies a period, so it needs no resource checks.
    if (job.duration > 0) {
      job.demands.forEach((demand, k) => {
        if (demand > 0) {
          usageResource.push(k);
          usageDemand.push(demand);
        }
      });
    }
    usageStart[j + 1] = usageResource.length;
  });

  const order = topologicalOrder(problem);
  if (order === null) throw new Error('Precedence relations contain a cycle');
  return {
    jobCount: n,
    resourceCount: problem.capacities.length,
    duration: Int32Array.from(problem.jobs, (job) => job.duration),
    capacity: Int32Array.from(problem.capacities),
    usage: {
      start: usageStart,
      resource: Int32Array.from(usageResource),
      demand: Int32Array.from(usageDemand),
      maxLoad: Int32Array.from(usageResource, (k, u) => problem.capacities[k]! - usageDemand[u]!),
    },
    predecessors: toAdjacency(predecessorLists),
    successors: toAdjacency(successorLists),
    topological: Int32Array.from(order),
    horizon: problem.jobs.reduce((sum, job) => sum + job.duration, 0),
  };
}
