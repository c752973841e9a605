import type { ActivityGraph, CompiledProblem } from './compiled-problem';
import type { Random } from './random';

/** A priority rule as one value per job; lower values are scheduled first. */
export interface PriorityRule {
  name: string;
  values: Float64Array;
}

/** Earliest starts / latest finishes without resources, for the CPM-based rules. */
function criticalPathTimes(p: CompiledProblem): { earliestStart: Int32Array; latestFinish: Int32Array } {
  const n = p.jobCount;
  const earliestStart = new Int32Array(n);
  let length = 0;
  for (const j of p.topological) {
    for (let e = p.predecessors.start[j]!; e < p.predecessors.start[j + 1]!; e++) {
      const q = p.predecessors.list[e]!;
      earliestStart[j] = Math.max(earliestStart[j]!, earliestStart[q]! + p.duration[q]!);
    }
    length = Math.max(length, earliestStart[j]! + p.duration[j]!);
  }
  const latestFinish = new Int32Array(n).fill(length);
  for (let i = n - 1; i >= 0; i--) {
    const j = p.topological[i]!;
    for (let e = p.successors.start[j]!; e < p.successors.start[j + 1]!; e++) {
      const s = p.successors.list[e]!;
      latestFinish[j] = Math.min(latestFinish[j]!, latestFinish[s]! - p.duration[s]!);
    }
  }
  return { earliestStart, latestFinish };
}

/** Number of direct and indirect successors of every job (bitset closure). */
function totalSuccessors(p: CompiledProblem): Int32Array {
  const n = p.jobCount;
  const words = Math.ceil(n / 32);
  const closure = new Uint32Array(n * words);
  const counts = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const j = p.topological[i]!;
    for (let e = p.successors.start[j]!; e < p.successors.start[j + 1]!; e++) {
      const s = p.successors.list[e]!;
      closure[j * words + (s >>> 5)]! |= 1 << (s & 31);
      for (let w = 0; w < words; w++) closure[j * words + w]! |= closure[s * words + w]!;
    }
    for (let w = 0; w < words; w++) {
      let bits = closure[j * words + w]!;
      while (bits !== 0) {
        bits &= bits - 1;
        counts[j]!++;
      }
    }
  }
  return counts;
}

/** The classic rules that do well for the serial SGS (Kolisch 1996). */
export function priorityRules(p: CompiledProblem): PriorityRule[] {
  const n = p.jobCount;
  const { earliestStart, latestFinish } = criticalPathTimes(p);
  const successorsTotal = totalSuccessors(p);
  const rule = (name: string, value: (j: number) => number): PriorityRule => ({
    name,
    values: Float64Array.from({ length: n }, (_, j) => value(j)),
  });
  const immediateSuccessorWork = (j: number): number => {
    let work = p.duration[j]!;
    for (let e = p.successors.start[j]!; e < p.successors.start[j + 1]!; e++) work += p.duration[p.successors.list[e]!]!;
    return work;
  };
  const resourceWeight = (j: number): number => {
    let weight = 0;
    for (let u = p.usage.start[j]!; u < p.usage.start[j + 1]!; u++) weight += p.usage.demand[u]! / p.capacity[p.usage.resource[u]!]!;
    return weight;
  };
  return [
    rule('LFT', (j) => latestFinish[j]!),
    rule('LST', (j) => latestFinish[j]! - p.duration[j]!),
    rule('MTS', (j) => -successorsTotal[j]!),
    rule('GRPW', (j) => -immediateSuccessorWork(j)),
    rule('MSLK', (j) => latestFinish[j]! - p.duration[j]! - earliestStart[j]!),
    rule('WRUP', (j) => -(0.7 * (p.successors.start[j + 1]! - p.successors.start[j]!) + 0.3 * resourceWeight(j))),
  ];
}

/**
 * Builds a precedence-feasible activity list from a rule. Without `random` it picks the best
 * eligible job; with it, regret-based biased random sampling: probability proportional to
 * (worst eligible value - value + 1)^alpha (Drexl 1991), so good jobs are likely but not certain.
 */
export function buildActivityList(p: ActivityGraph, values: Float64Array, out: Int32Array, random?: Random, alpha = 1): void {
  const n = p.jobCount;
  const missing = new Int32Array(n);
  for (let j = 0; j < n; j++) missing[j] = p.predecessors.start[j + 1]! - p.predecessors.start[j]!;
  const eligible: number[] = [];
  for (let j = 0; j < n; j++) if (missing[j] === 0) eligible.push(j);
  const weights: number[] = [];
  for (let position = 0; position < n; position++) {
    let pick = 0;
    if (random === undefined) {
      for (let e = 1; e < eligible.length; e++) {
        const candidate = eligible[e]!;
        const incumbent = eligible[pick]!;
        if (values[candidate]! < values[incumbent]! || (values[candidate] === values[incumbent] && candidate < incumbent)) pick = e;
      }
    } else {
      let worst = -Infinity;
      for (const j of eligible) worst = Math.max(worst, values[j]!);
      let total = 0;
      weights.length = 0;
      for (const j of eligible) {
        const weight = Math.pow(worst - values[j]! + 1, alpha);
        weights.push(weight);
        total += weight;
      }
      let target = random.next() * total;
      pick = eligible.length - 1;
      for (let e = 0; e < eligible.length; e++) {
        target -= weights[e]!;
        if (target < 0) {
          pick = e;
          break;
        }
      }
    }
    const job = eligible[pick]!;
    eligible[pick] = eligible[eligible.length - 1]!;
    eligible.pop();
    out[position] = job;
    for (let e = p.successors.start[job]!; e < p.successors.start[job + 1]!; e++) {
      const s = p.successors.list[e]!;
      if (--missing[s]! === 0) eligible.push(s);
    }
  }
}
