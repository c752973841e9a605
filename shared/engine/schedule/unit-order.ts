import type { ActivityGraph } from '../rcpsp/compiled-problem';
import type { CompiledSchedule } from './compiled-schedule';
import { earliestFit } from './slot-search';

/** The same graph with every edge turned around: its topological orders are reverse orders. */
export function reversedGraph(graph: ActivityGraph): ActivityGraph {
  return { jobCount: graph.jobCount, predecessors: graph.successors, successors: graph.predecessors };
}

/**
 * Topological order of the graph that always takes the eligible vertex of smallest key (ties:
 * smaller index), with a binary heap: O(n log n), so it is cheap enough to run after every
 * schedule (start-time orders of a schedule are repaired into activity lists with it).
 */
export function orderByKey(graph: ActivityGraph, key: ArrayLike<number>, out: Int32Array): void {
  const n = graph.jobCount;
  const { predecessors, successors } = graph;
  const missing = new Int32Array(n);
  const heap = new Int32Array(n);
  let size = 0;
  const less = (a: number, b: number): boolean => key[a]! < key[b]! || (key[a] === key[b] && a < b);
  const push = (v: number): void => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(v, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = v;
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap[--size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && less(heap[child + 1]!, heap[child]!)) child++;
      if (!less(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  };
  for (let v = 0; v < n; v++) {
    missing[v] = predecessors.start[v + 1]! - predecessors.start[v]!;
    if (missing[v] === 0) push(v);
  }
  for (let position = 0; position < n; position++) {
    const v = pop();
    out[position] = v;
    for (let e = successors.start[v]!; e < successors.start[v + 1]!; e++) {
      const w = successors.list[e]!;
      if (--missing[w]! === 0) push(w);
    }
  }
}

export interface UnitRule {
  name: string;
  /** One value per unit; lower is scheduled first. */
  values: Float64Array;
}

/** Earliest starts honouring calendars and precedences but not capacities; -1 where none. */
export function calendarEarliestStarts(c: CompiledSchedule): Int32Array {
  const est = new Int32Array(c.releaseCount).fill(-1);
  for (const j of c.structure.topological) {
    let low = c.earliest[j]!;
    for (let e = c.predecessors.start[j]!; e < c.predecessors.start[j + 1]!; e++) {
      const q = c.predecessors.list[e]!;
      low = Math.max(low, (est[q]! < 0 ? c.earliest[q]! : est[q]!) + c.predecessors.lag[e]!);
    }
    est[j] = c.pinned[j]! >= 0 ? c.pinned[j]! : earliestFit(c, null, j, low, c.latest[j]!);
  }
  return est;
}

/**
 * Classic serial-SGS rules (Kolisch 1996) adapted to releases, as unit values (the most urgent
 * member speaks for its unit): earliest calendar start, latest start, slack, due date, most total
 * successors, and weighted shortest first (tier-1 short releases early).
 */
export function unitPriorityRules(c: CompiledSchedule): UnitRule[] {
  const { unitCount, unitStart, unitMembers, unitGraph, topological } = c.structure;
  const est = calendarEarliestStarts(c);
  const lst = Float64Array.from(c.latest);
  for (let i = topological.length - 1; i >= 0; i--) {
    const j = topological[i]!;
    for (let e = c.successors.start[j]!; e < c.successors.start[j + 1]!; e++) {
      lst[j] = Math.min(lst[j]!, lst[c.successors.list[e]!]! - c.successors.lag[e]!);
    }
  }
  const byRelease = (name: string, value: (j: number) => number): UnitRule => {
    const values = new Float64Array(unitCount).fill(Infinity);
    for (let u = 0; u < unitCount; u++) {
      for (let m = unitStart[u]!; m < unitStart[u + 1]!; m++) values[u] = Math.min(values[u]!, value(unitMembers[m]!));
    }
    return { name, values };
  };
  const horizonIfNone = (s: number): number => (s < 0 ? c.horizon : s);
  return [
    byRelease('EST', (j) => horizonIfNone(est[j]!)),
    byRelease('LST', (j) => lst[j]!),
    byRelease('MSLK', (j) => lst[j]! - horizonIfNone(est[j]!)),
    byRelease('EDD', (j) => c.ownLatest[j]! + c.duration[j]!),
    { name: 'MTS', values: Float64Array.from(totalSuccessors(unitGraph), (count) => -count) },
    byRelease('WSPT', (j) => -c.weight[j]! / c.duration[j]!),
  ];
}

/** Direct and indirect successors of every unit (bitset closure in reverse topological order). */
function totalSuccessors(graph: ActivityGraph): Int32Array {
  const n = graph.jobCount;
  const order = new Int32Array(n);
  orderByKey(graph, new Float64Array(n), order);
  const words = Math.ceil(n / 32);
  const closure = new Uint32Array(n * words);
  const counts = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i]!;
    for (let e = graph.successors.start[v]!; e < graph.successors.start[v + 1]!; e++) {
      const w = graph.successors.list[e]!;
      closure[v * words + (w >>> 5)]! |= 1 << (w & 31);
      for (let k = 0; k < words; k++) closure[v * words + k]! |= closure[w * words + k]!;
    }
    for (let k = 0; k < words; k++) {
      let bits = closure[v * words + k]!;
      while (bits !== 0) {
        bits &= bits - 1;
        counts[v]!++;
      }
    }
  }
  return counts;
}
