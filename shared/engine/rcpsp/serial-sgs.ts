import type { Adjacency, CompiledProblem } from './compiled-problem';

/**
 * Serial schedule generation scheme (SGS) plus forward-backward improvement.
 * All buffers are allocated once; the hot loops only touch typed arrays.
 */
export class SerialScheduler {
  /** Schedule generation passes so far (forward and backward passes each count one). */
  passes = 0;
  /** Resource profile: load[t * resourceCount + k] is the usage of resource k in period t. */
  private readonly load: Int32Array;
  private readonly key: Int32Array;
  private readonly count: Int32Array;
  private readonly reversed: Int32Array;
  private readonly order: Int32Array;

  constructor(private readonly problem: CompiledProblem) {
    const periods = problem.horizon + 1;
    this.load = new Int32Array(periods * Math.max(1, problem.resourceCount));
    this.key = new Int32Array(problem.jobCount);
    this.count = new Int32Array(periods + 2);
    this.reversed = new Int32Array(problem.jobCount);
    this.order = new Int32Array(problem.jobCount);
  }

  /** Left-justified schedule of `list` (a precedence-feasible activity list) into `starts`. */
  forward(list: Int32Array, starts: Int32Array): number {
    return this.pass(list, this.problem.predecessors, starts);
  }

  /**
   * Forward-backward improvement (double justification, Valls et al. 2005): shift every job
   * as far right as possible in order of decreasing finish, then back left in order of
   * increasing start. Never lengthens the schedule; repeats while it keeps shortening it.
   * `starts` is updated in place and `list` receives the jobs in start order of the result.
   */
  justify(starts: Int32Array, makespan: number, list: Int32Array, maxRounds = 3): number {
    const { jobCount: n, duration } = this.problem;
    const { key, reversed, order } = this;
    let best = makespan;
    for (let round = 0; round < maxRounds; round++) {
      for (let j = 0; j < n; j++) key[j] = best - starts[j]! - duration[j]!;
      this.sortByKey(best, false, order);
      const backward = this.pass(order, this.problem.successors, reversed);
      for (let j = 0; j < n; j++) key[j] = backward - reversed[j]! - duration[j]!;
      this.sortByKey(backward, true, order);
      const forward = this.pass(order, this.problem.predecessors, starts);
      const improved = forward < best;
      best = forward;
      if (!improved) break;
    }
    for (let j = 0; j < n; j++) key[j] = starts[j]!;
    this.sortByKey(best, true, list);
    return best;
  }

  /**
   * Counting sort of all jobs by `key` (0..maxKey). Ties follow the topological order
   * (or its reverse), so zero-duration jobs sharing a time stay precedence-feasible.
   */
  private sortByKey(maxKey: number, topologicalTies: boolean, out: Int32Array): void {
    const { key, count } = this;
    const n = this.problem.jobCount;
    const topological = this.problem.topological;
    count.fill(0, 0, maxKey + 2);
    for (let j = 0; j < n; j++) count[key[j]! + 1]!++;
    for (let t = 1; t <= maxKey + 1; t++) count[t]! += count[t - 1]!;
    if (topologicalTies) {
      for (let i = 0; i < n; i++) {
        const j = topological[i]!;
        out[count[key[j]!]!++] = j;
      }
    } else {
      for (let i = n - 1; i >= 0; i--) {
        const j = topological[i]!;
        out[count[key[j]!]!++] = j;
      }
    }
  }

  /**
   * One serial SGS pass: each job, in list order, starts at the earliest time after its
   * (already scheduled) predecessors in `before` at which its resources are free.
   */
  private pass(list: Int32Array, before: Adjacency, starts: Int32Array): number {
    this.passes++;
    const { jobCount: n, resourceCount: K, duration } = this.problem;
    const { start: useStart, resource: useResource, demand: useDemand, maxLoad } = this.problem.usage;
    const { start: beforeStart, list: beforeList } = before;
    const load = this.load;
    let makespan = 0;
    for (let i = 0; i < n; i++) {
      const j = list[i]!;
      const d = duration[j]!;
      let t = 0;
      for (let p = beforeStart[j]!, end = beforeStart[j + 1]!; p < end; p++) {
        const q = beforeList[p]!;
        const finish = starts[q]! + duration[q]!;
        if (finish > t) t = finish;
      }
      const u0 = useStart[j]!;
      const u1 = useStart[j + 1]!;
      if (u1 > u0) {
        // Scan the window right to left so a clash moves the start past the latest conflict;
        // periods already verified free (a prefix of the moved window) are not rechecked.
        let verifiedEnd = t;
        let tau = t + d - 1;
        while (tau >= verifiedEnd) {
          const base = tau * K;
          let clash = false;
          for (let u = u0; u < u1; u++) {
            if (load[base + useResource[u]!]! > maxLoad[u]!) {
              clash = true;
              break;
            }
          }
          if (clash) {
            verifiedEnd = t + d;
            t = tau + 1;
            tau = t + d - 1;
          } else {
            tau--;
          }
        }
        for (let tt = t, end = t + d; tt < end; tt++) {
          const base = tt * K;
          for (let u = u0; u < u1; u++) load[base + useResource[u]!]! += useDemand[u]!;
        }
      }
      starts[j] = t;
      if (t + d > makespan) makespan = t + d;
    }
    load.fill(0, 0, makespan * K);
    return makespan;
  }
}
