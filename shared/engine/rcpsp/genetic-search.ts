import { ActivityListOperators } from './activity-list-operators';
import { nowMs } from './clock';
import type { CompiledProblem } from './compiled-problem';
import { buildActivityList, priorityRules, type PriorityRule } from './priority-rules';
import type { Random } from './random';
import type { SerialScheduler } from './serial-sgs';

export interface SearchLimits {
  /** nowMs() value after which the search stops. */
  deadline: number;
  /** Stop once the scheduler has done this many passes. */
  maxSchedules: number;
  /** A proven lower bound: reaching it means the incumbent is optimal. */
  lowerBound: number;
}

export interface GeneticSettings {
  populationSize: number;
  /** Probability that a child gets a shift mutation. */
  mutationRate: number;
  /** Generations without a new best before the population is rebuilt around the best. */
  stallGenerations: number;
}

/** FNV-style hash of a start vector, to keep duplicate schedules out of the population. */
function hashStarts(starts: Int32Array): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < starts.length; j++) h = Math.imul(h ^ starts[j]!, 0x01000193);
  return h >>> 0;
}

/**
 * Genetic algorithm on activity lists (Hartmann 1998) with forward-backward improvement of
 * every child (Valls et al. 2005), Lamarckian: a child is replaced by the start order of its
 * improved schedule. Survivors are the best distinct schedules of parents and children.
 */
export class GeneticSearch {
  private readonly operators: ActivityListOperators;
  private readonly rules: PriorityRule[];
  /** 2 × population lists: survivors first, then the children of the current generation. */
  private pool: Int32Array[];
  private poolMakespan: Int32Array;
  private poolHash: Float64Array;
  private readonly starts: Int32Array;
  readonly bestStarts: Int32Array;
  bestMakespan = Number.MAX_SAFE_INTEGER;
  private limits: SearchLimits = { deadline: 0, maxSchedules: 0, lowerBound: 0 };
  private lastCheck = nowMs();

  constructor(
    private readonly problem: CompiledProblem,
    private readonly scheduler: SerialScheduler,
    private readonly random: Random,
    private readonly settings: GeneticSettings,
  ) {
    const n = problem.jobCount;
    const size = 2 * settings.populationSize;
    this.operators = new ActivityListOperators(problem, random);
    this.rules = priorityRules(problem);
    this.pool = Array.from({ length: size }, () => new Int32Array(n));
    this.poolMakespan = new Int32Array(size);
    this.poolHash = new Float64Array(size);
    this.starts = new Int32Array(n);
    this.bestStarts = new Int32Array(n);
  }

  private done(): boolean {
    const { deadline, maxSchedules, lowerBound } = this.limits;
    if (this.bestMakespan <= lowerBound || this.scheduler.passes >= maxSchedules) return true;
    // Stop one step early rather than overrun: the next step takes about as long as the last.
    const now = nowMs();
    const step = now - this.lastCheck;
    this.lastCheck = now;
    return now + step >= deadline;
  }

  /** Decodes pool[slot] in place: SGS, justification, start-ordered list; tracks the best. */
  private evaluate(slot: number): void {
    const list = this.pool[slot]!;
    const makespan = this.scheduler.justify(this.starts, this.scheduler.forward(list, this.starts), list);
    this.poolMakespan[slot] = makespan;
    this.poolHash[slot] = hashStarts(this.starts);
    if (makespan < this.bestMakespan) {
      this.bestMakespan = makespan;
      this.bestStarts.set(this.starts);
    }
  }

  /** Fills slots [from, to): first the deterministic rules, then regret-biased sampling. */
  private seed(from: number, to: number, withRules: boolean): number {
    let slot = from;
    if (withRules) {
      for (const rule of this.rules) {
        // The very first schedule is always built, so even a zero budget returns a solution.
        if (slot >= to || (slot > 0 && this.done())) return slot;
        buildActivityList(this.problem, rule.values, this.pool[slot]!);
        this.evaluate(slot++);
      }
    }
    while (slot < to && !this.done()) {
      const rule = this.rules[slot % 2 === 0 ? 0 : this.random.int(this.rules.length)]!;
      buildActivityList(this.problem, rule.values, this.pool[slot]!, this.random);
      this.evaluate(slot++);
    }
    return slot;
  }

  /** Keeps the best distinct schedules among `count` pool entries in slots [0, population). */
  private select(count: number): number {
    const order = Array.from({ length: count }, (_, i) => i);
    // Children sort ahead of equally good parents so the population keeps moving.
    order.sort((a, b) => this.poolMakespan[a]! - this.poolMakespan[b]! || b - a);
    const seen = new Set<number>();
    const keep: number[] = [];
    const spare: number[] = [];
    for (const i of order) {
      const hash = this.poolHash[i]!;
      if (keep.length < this.settings.populationSize && !seen.has(hash)) {
        seen.add(hash);
        keep.push(i);
      } else spare.push(i);
    }
    for (let i = count; i < this.pool.length; i++) spare.push(i);
    const next = [...keep, ...spare];
    this.pool = next.map((i) => this.pool[i]!);
    this.poolMakespan = Int32Array.from(next, (i) => this.poolMakespan[i]!);
    this.poolHash = Float64Array.from(next, (i) => this.poolHash[i]!);
    return keep.length;
  }

  run(limits: SearchLimits): void {
    this.limits = limits;
    const { populationSize, mutationRate, stallGenerations } = this.settings;
    let alive = this.select(this.seed(0, populationSize, true));
    let stall = 0;
    while (!this.done()) {
      const before = this.bestMakespan;
      let children = alive;
      for (let c = 0; c < populationSize && !this.done(); c += 2) {
        const mother = this.pool[this.random.int(alive)]!;
        const father = this.pool[this.random.int(alive)]!;
        const [q1, q2] = this.operators.cutPoints();
        for (const [a, b] of [[mother, father], [father, mother]] as const) {
          if (children >= this.pool.length || this.done()) break;
          const child = this.pool[children]!;
          this.operators.twoPointCrossover(a, b, q1, q2, child);
          if (this.random.next() < mutationRate) this.operators.shift(child);
          this.evaluate(children++);
        }
      }
      alive = this.select(children);
      stall = this.bestMakespan < before ? 0 : stall + 1;
      if (stall >= stallGenerations) {
        // Diversify: keep the elite few (never more than are alive), resample the rest.
        stall = 0;
        const elite = Math.min(alive, Math.max(1, populationSize >> 3));
        alive = this.select(this.seed(elite, populationSize, false));
      }
    }
  }
}
