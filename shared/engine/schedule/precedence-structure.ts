import type { ActivityGraph, Adjacency } from '../rcpsp/compiled-problem';
import type { Precedence } from './types';

/** Compressed rows from edge lists; duplicate edges are dropped. */
export function toAdjacency(count: number, from: ArrayLike<number>, to: ArrayLike<number>): Adjacency {
  const rows: Set<number>[] = Array.from({ length: count }, () => new Set<number>());
  for (let e = 0; e < from.length; e++) rows[from[e]!]!.add(to[e]!);
  const start = new Int32Array(count + 1);
  for (let v = 0; v < count; v++) start[v + 1] = start[v]! + rows[v]!.size;
  const list = new Int32Array(start[count]!);
  rows.forEach((row, v) => list.set([...row].sort((a, b) => a - b), start[v]!));
  return { start, list };
}

/** Tarjan's strongly connected components, iterative (deep chains would overflow the stack). */
export function stronglyConnected(graph: Adjacency, count: number): { component: Int32Array; components: number } {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const component = new Int32Array(count).fill(-1);
  const stack: number[] = [];
  const callVertex: number[] = [];
  const callEdge: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    callVertex.push(root);
    callEdge.push(graph.start[root]!);
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (callVertex.length > 0) {
      const v = callVertex[callVertex.length - 1]!;
      const e = callEdge[callEdge.length - 1]!;
      if (e < graph.start[v + 1]!) {
        callEdge[callEdge.length - 1] = e + 1;
        const w = graph.list[e]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callVertex.push(w);
          callEdge.push(graph.start[w]!);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      callVertex.pop();
      callEdge.pop();
      const parent = callVertex[callVertex.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[v]!);
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }
  return { component, components };
}

/** One directed cycle through `from` inside its component, as release indices, first = last. */
function cyclePath(graph: Adjacency, component: Int32Array, from: number): number[] {
  const parent = new Map<number, number>([[from, -1]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let e = graph.start[v]!; e < graph.start[v + 1]!; e++) {
      const w = graph.list[e]!;
      if (component[w] !== component[from]) continue;
      if (w === from) {
        const path = [from];
        for (let u = v; u !== -1; u = parent.get(u)!) path.push(u);
        return path.reverse();
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [from, from];
}

export interface PrecedenceCycle {
  /** Sorted member indices. */
  members: number[];
  /** One directed cycle through the smallest member, first = last. */
  path: number[];
}

/**
 * How releases are grouped for the serial SGS.
 * - Releases on a precedence cycle can never be scheduled; they are set aside.
 * - Same-window partners must be placed together, so they form one unit; so does anything that
 *   has to run between two partners (A same-window C, A → X → C): contracting the units would
 *   otherwise leave a cycle. The units then form a DAG, which activity lists are orders of.
 */
export interface PrecedenceStructure {
  cycles: PrecedenceCycle[];
  /** Index into `cycles`, or -1. */
  cycleOf: Int32Array;
  unitCount: number;
  /** Members of unit u: unitMembers[unitStart[u]] .. [unitStart[u + 1] - 1], in topological order. */
  unitStart: Int32Array;
  unitMembers: Int32Array;
  /** Unit of each release; -1 for cycle members. */
  unitOf: Int32Array;
  unitGraph: ActivityGraph;
  /** Every non-cycle release in one topological order of the finish-before / start-after graph. */
  topological: Int32Array;
}

export function analysePrecedences(releaseCount: number, precedences: Precedence[]): PrecedenceStructure {
  const n = releaseCount;
  const directed = precedences.filter((p) => p.kind !== 'same-window');
  const graph = toAdjacency(n, directed.map((p) => p.from), directed.map((p) => p.to));
  const { component } = stronglyConnected(graph, n);
  const size = new Map<number, number>();
  for (let v = 0; v < n; v++) size.set(component[v]!, (size.get(component[v]!) ?? 0) + 1);
  const cycleOf = new Int32Array(n).fill(-1);
  const cycles: PrecedenceCycle[] = [];
  const cycleOfComponent = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    if (size.get(component[v]!)! < 2) continue;
    let c = cycleOfComponent.get(component[v]!);
    if (c === undefined) {
      c = cycles.length;
      cycleOfComponent.set(component[v]!, c);
      cycles.push({ members: [], path: cyclePath(graph, component, v) });
    }
    cycles[c]!.members.push(v);
    cycleOf[v] = c;
  }

  // Same-window partners share a group (union-find, path halving).
  const group = Int32Array.from({ length: n }, (_, v) => v);
  const find = (v: number): number => {
    while (group[v] !== v) v = group[v] = group[group[v]!]!;
    return v;
  };
  for (const p of precedences) {
    if (p.kind === 'same-window' && cycleOf[p.from] === -1 && cycleOf[p.to] === -1) group[find(p.from)] = find(p.to);
  }
  const live = directed.filter((p) => cycleOf[p.from] === -1 && cycleOf[p.to] === -1);
  const groupGraph = toAdjacency(n, live.map((p) => find(p.from)), live.map((p) => find(p.to)));
  // Groups that reach each other through outside releases merge into one unit.
  const groupComponent = stronglyConnected(groupGraph, n).component;

  const unitOf = new Int32Array(n).fill(-1);
  const unitIds = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    if (cycleOf[v] !== -1) continue;
    const key = groupComponent[find(v)]!;
    let u = unitIds.get(key);
    if (u === undefined) unitIds.set(key, (u = unitIds.size));
    unitOf[v] = u;
  }
  const unitCount = unitIds.size;

  const topological = topologicalOrder(n, live, cycleOf);
  const rank = new Int32Array(n).fill(-1);
  topological.forEach((v, i) => (rank[v] = i));
  const members = [...Array(n).keys()].filter((v) => cycleOf[v] === -1).sort((a, b) => unitOf[a]! - unitOf[b]! || rank[a]! - rank[b]!);
  const unitStart = new Int32Array(unitCount + 1);
  for (const v of members) unitStart[unitOf[v]! + 1]!++;
  for (let u = 0; u < unitCount; u++) unitStart[u + 1]! += unitStart[u]!;

  const between = live.filter((p) => unitOf[p.from] !== unitOf[p.to]);
  const from = between.map((p) => unitOf[p.from]!);
  const to = between.map((p) => unitOf[p.to]!);
  return {
    cycles,
    cycleOf,
    unitCount,
    unitStart,
    unitMembers: Int32Array.from(members),
    unitOf,
    unitGraph: { jobCount: unitCount, successors: toAdjacency(unitCount, from, to), predecessors: toAdjacency(unitCount, to, from) },
    topological,
  };
}

/** Non-cycle releases in one topological order (Kahn); the cycle-free remainder is acyclic. */
function topologicalOrder(n: number, edges: Precedence[], cycleOf: Int32Array): Int32Array {
  const graph = toAdjacency(n, edges.map((p) => p.from), edges.map((p) => p.to));
  const indegree = new Int32Array(n);
  for (let e = 0; e < graph.list.length; e++) indegree[graph.list[e]!]!++;
  const queue: number[] = [];
  for (let v = 0; v < n; v++) if (cycleOf[v] === -1 && indegree[v] === 0) queue.push(v);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let e = graph.start[v]!; e < graph.start[v + 1]!; e++) {
      const w = graph.list[e]!;
      if (--indegree[w]! === 0) queue.push(w);
    }
  }
  return Int32Array.from(queue);
}
