import { ActivityListOperators } from '../rcpsp/activity-list-operators';
import { nowMs } from '../rcpsp/clock';
import { buildActivityList } from '../rcpsp/priority-rules';
import type { Random } from '../rcpsp/random';
import type { CompiledSchedule } from './compiled-schedule';
import { compareObjectives, evaluateObjective } from './objective';
import type { ReleaseSgs } from './release-sgs';
import type { ObjectiveBreakdown } from './types';
import { orderByKey, reversedGraph, unitPriorityRules, type UnitRule } from './unit-order';

export interface SearchLimits {
  /** nowMs() value after which the search stops. */
  deadline: number;
  /** Stop once the SGS has done this many passes. */
  maxSchedules: number;
}

/** The best schedule seen, with the SGS's reasons for what it left out. */
export interface Incumbent {
  start: Int32Array;
  failKind: Uint8Array;
  failOther: Int32Array;
  failLow: Int32Array;
  failHigh: Int32Array;
  objective: ObjectiveBreakdown | null;
}

function hashStarts(starts: Int32Array): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < starts.length; j++) h = Math.imul(h ^ starts[j]!, 0x01000193);
  return h >>> 0;
}

/**
 * Genetic algorithm on activity lists of units (Hartmann 1998) as in rcpsp/, with a second gene
 * per individual: whether tier-1 releases may be delayed to stay clear of each other. Every
 * child is decoded by the serial SGS, improved by forward-backward justification (kept only if
 * the objective improves) and replaced by the start order of its schedule (Lamarckian).
 */
export class ReleaseSearch {
  readonly incumbent: Incumbent;
  private readonly operators: ActivityListOperators;
  private readonly rules: UnitRule[];
  private readonly populationSize: number;
  private pool: Int32Array[];
  private poolSpread: boolean[];
  private poolObjective: (ObjectiveBreakdown | null)[];
  private poolHash: number[];
  private readonly order: Int32Array;
  private readonly key: Float64Array;
  private readonly kept: Int32Array;
  private limits: SearchLimits = { deadline: 0, maxSchedules: 0 };
  private lastCheck = nowMs();

  constructor(
    private readonly c: CompiledSchedule,
    private readonly sgs: ReleaseSgs,
    private readonly random: Random,
    private readonly tier1PairPenalty: number,
  ) {
    const units = c.structure.unitCount;
    const n = c.releaseCount;
    this.populationSize = units <= 40 ? 30 : units <= 300 ? 20 : 12;
    this.operators = new ActivityListOperators(c.structure.unitGraph, random);
    this.rules = unitPriorityRules(c);
    this.pool = Array.from({ length: 2 * this.populationSize }, () => new Int32Array(units));
    this.poolSpread = this.pool.map(() => true);
    this.poolObjective = this.pool.map(() => null);
    this.poolHash = this.pool.map(() => 0);
    this.order = new Int32Array(units);
    this.key = new Float64Array(units);
    this.kept = new Int32Array(n);
    this.incumbent = {
      start: new Int32Array(n).fill(-1),
      failKind: new Uint8Array(n),
      failOther: new Int32Array(n),
      failLow: new Int32Array(n),
      failHigh: new Int32Array(n),
      objective: null,
    };
  }

  private done(): boolean {
    if (this.sgs.passes >= this.limits.maxSchedules) return true;
    // Stop one step early rather than overrun: the next step takes about as long as the last.
    const now = nowMs();
    const step = now - this.lastCheck;
    this.lastCheck = now;
    return now + step >= this.limits.deadline;
  }

  /** Forward pass of `list`; records a new incumbent. */
  private forward(list: Int32Array, spread: boolean): ObjectiveBreakdown {
    this.sgs.forward(list, spread);
    const objective = evaluateObjective(this.c, this.sgs.start, this.tier1PairPenalty);
    const best = this.incumbent;
    if (best.objective === null || compareObjectives(objective, best.objective) < 0) {
      best.objective = objective;
      best.start.set(this.sgs.start);
      best.failKind.set(this.sgs.failKind);
      best.failOther.set(this.sgs.failOther);
      best.failLow.set(this.sgs.failLow);
      best.failHigh.set(this.sgs.failHigh);
    }
    return objective;
  }

  /**
   * Unit keys from a start vector. Forward: earliest member start, dropped units at their
   * earliest bound. Backward (latestFinish): minus the latest member finish, dropped units first
   * (-Infinity) since backward passes skip them and they must not hold back their predecessors.
   */
  private startKeys(start: Int32Array, latestFinish: boolean): Float64Array {
    const { unitCount, unitStart, unitMembers } = this.c.structure;
    for (let u = 0; u < unitCount; u++) {
      let key = Infinity;
      for (let m = unitStart[u]!; m < unitStart[u + 1]!; m++) {
        const j = unitMembers[m]!;
        if (latestFinish) key = Math.min(key, start[j]! >= 0 ? -(start[j]! + this.c.duration[j]!) : -Infinity);
        else key = Math.min(key, start[j]! >= 0 ? start[j]! : this.c.earliest[j]!);
      }
      this.key[u] = key;
    }
    return this.key;
  }

  /** Decodes pool[slot] in place (SGS, justification, start-ordered list). */
  private evaluate(slot: number): void {
    const list = this.pool[slot]!;
    const spread = this.poolSpread[slot]!;
    const graph = this.c.structure.unitGraph;
    let objective = this.forward(list, spread);
    this.kept.set(this.sgs.start);
    if (!this.done()) {
      // Double justification (Valls et al. 2005): right-justify by decreasing finish, then
      // left-justify again in order of those starts.
      orderByKey(reversedGraph(graph), this.startKeys(this.kept, true), this.order);
      if (this.sgs.backward(this.order, objective.makespan) && !this.done()) {
        orderByKey(graph, this.startKeys(this.sgs.start, false), this.order);
        const justified = this.forward(this.order, spread);
        if (compareObjectives(justified, objective) < 0) {
          objective = justified;
          this.kept.set(this.sgs.start);
        }
      }
    }
    orderByKey(graph, this.startKeys(this.kept, false), list);
    this.poolObjective[slot] = objective;
    this.poolHash[slot] = hashStarts(this.kept);
  }

  /** Fills slots [from, to): first every rule with and without tier-1 spreading, then samples. */
  private seed(from: number, to: number, withRules: boolean): number {
    const graph = this.c.structure.unitGraph;
    let slot = from;
    if (withRules) {
      for (const spread of [true, false]) {
        for (const rule of this.rules) {
          // The very first schedule is always built, so even a zero budget returns a solution.
          if (slot >= to || (slot > 0 && this.done())) return slot;
          orderByKey(graph, rule.values, this.pool[slot]!);
          this.poolSpread[slot] = spread;
          this.evaluate(slot++);
        }
      }
    }
    while (slot < to && !this.done()) {
      const rule = this.rules[this.random.int(this.rules.length)]!;
      buildActivityList(graph, rule.values, this.pool[slot]!, this.random);
      this.poolSpread[slot] = this.random.next() < 0.7;
      this.evaluate(slot++);
    }
    return slot;
  }

  /** Keeps the best distinct schedules among `count` pool entries in slots [0, populationSize). */
  private select(count: number): number {
    const order = Array.from({ length: count }, (_, i) => i);
    // Children sort ahead of equally good parents so the population keeps moving.
    order.sort((a, b) => compareObjectives(this.poolObjective[a]!, this.poolObjective[b]!) || b - a);
    const seen = new Set<number>();
    const keep: number[] = [];
    const spare: number[] = [];
    for (const i of order) {
      if (keep.length < this.populationSize && !seen.has(this.poolHash[i]!)) {
        seen.add(this.poolHash[i]!);
        keep.push(i);
      } else spare.push(i);
    }
    for (let i = count; i < this.pool.length; i++) spare.push(i);
    const next = [...keep, ...spare];
    this.pool = next.map((i) => this.pool[i]!);
    this.poolSpread = next.map((i) => this.poolSpread[i]!);
    this.poolObjective = next.map((i) => this.poolObjective[i] ?? null);
    this.poolHash = next.map((i) => this.poolHash[i]!);
    return keep.length;
  }

  /**
   * The search, one generation at a time: a host that must keep answering (a window, other calls)
   * runs it between its other work, and stops early by simply not asking for the next one.
   */
  *generations(limits: SearchLimits): Generator<void, void, void> {
    this.limits = limits;
    this.lastCheck = nowMs();
    if (this.c.structure.unitCount === 0) {
      this.forward(this.pool[0]!, true);
      return;
    }
    let alive = this.select(this.seed(0, this.populationSize, true));
    let stall = 0;
    while (!this.done()) {
      yield;
      this.lastCheck = nowMs(); // the pause is not a step: do not let it end the search early
      const before = this.incumbent.objective!;
      let children = alive;
      for (let c = 0; c < this.populationSize && !this.done(); c += 2) {
        const mother = this.random.int(alive);
        const father = this.random.int(alive);
        const [q1, q2] = this.operators.cutPoints();
        for (const [a, b] of [[mother, father], [father, mother]] as const) {
          if (children >= this.pool.length || this.done()) break;
          const child = this.pool[children]!;
          this.operators.twoPointCrossover(this.pool[a]!, this.pool[b]!, q1, q2, child);
          if (this.random.next() < 0.3) this.operators.shift(child);
          const flip = this.random.next() < 0.1;
          this.poolSpread[children] = flip ? !this.poolSpread[a]! : this.poolSpread[a]!;
          this.evaluate(children++);
        }
      }
      alive = this.select(children);
      stall = compareObjectives(this.incumbent.objective!, before) < 0 ? 0 : stall + 1;
      if (stall >= 20) {
        // Diversify: keep the elite few, resample the rest.
        stall = 0;
        alive = this.select(this.seed(Math.min(alive, Math.max(1, this.populationSize >> 3)), this.populationSize, false));
      }
    }
  }
}
