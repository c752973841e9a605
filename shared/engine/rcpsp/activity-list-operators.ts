import type { ActivityGraph } from './compiled-problem';
import type { Random } from './random';

/**
 * Variation operators on activity lists. Both keep lists precedence-feasible: a job never
 * moves in front of one of its predecessors.
 */
export class ActivityListOperators {
  private readonly mark: Int32Array;
  private stamp = 0;
  private readonly position: Int32Array;

  constructor(
    private readonly problem: ActivityGraph,
    private readonly random: Random,
  ) {
    this.mark = new Int32Array(problem.jobCount);
    this.position = new Int32Array(problem.jobCount);
  }

  /**
   * Two-point crossover (Hartmann 1998): the child takes the mother's list up to q1, then the
   * father's remaining jobs in his order up to q2, then the mother's remaining jobs.
   */
  twoPointCrossover(mother: Int32Array, father: Int32Array, q1: number, q2: number, child: Int32Array): void {
    const n = this.problem.jobCount;
    const mark = this.mark;
    const stamp = ++this.stamp;
    let filled = 0;
    for (; filled < q1; filled++) {
      const j = mother[filled]!;
      child[filled] = j;
      mark[j] = stamp;
    }
    for (let i = 0; i < n && filled < q2; i++) {
      const j = father[i]!;
      if (mark[j] !== stamp) {
        child[filled++] = j;
        mark[j] = stamp;
      }
    }
    for (let i = 0; i < n && filled < n; i++) {
      const j = mother[i]!;
      if (mark[j] !== stamp) {
        child[filled++] = j;
        mark[j] = stamp;
      }
    }
  }

  /** Random cut points 0 <= q1 < q2 <= n for a crossover. */
  cutPoints(): [number, number] {
    const n = this.problem.jobCount;
    const a = this.random.int(n + 1);
    let b = this.random.int(n);
    if (b >= a) b++;
    return a < b ? [a, b] : [b, a];
  }

  /** Moves one random job to a random position between its last predecessor and first successor. */
  shift(list: Int32Array): void {
    const n = this.problem.jobCount;
    if (n < 2) return;
    const { predecessors, successors } = this.problem;
    const position = this.position;
    for (let i = 0; i < n; i++) position[list[i]!] = i;
    const from = this.random.int(n);
    const job = list[from]!;
    let low = 0;
    for (let e = predecessors.start[job]!; e < predecessors.start[job + 1]!; e++) {
      low = Math.max(low, position[predecessors.list[e]!]! + 1);
    }
    let high = n - 1;
    for (let e = successors.start[job]!; e < successors.start[job + 1]!; e++) {
      high = Math.min(high, position[successors.list[e]!]! - 1);
    }
    if (high <= low) return;
    const to = low + this.random.int(high - low + 1);
    if (to > from) list.copyWithin(from, from + 1, to + 1);
    else if (to < from) list.copyWithin(to + 1, to, from);
    list[to] = job;
  }
}
