import { explainNoSlot, releaseName, rowName, type ExplainContext } from './explain-no-slot';
import {
  FAIL_CYCLE,
  FAIL_DISJOINT_WINDOWS,
  FAIL_GROUP,
  FAIL_PIN_CLASH,
  FAIL_PIN_ORDER,
  FAIL_PREDECESSOR,
  FAIL_WINDOW,
} from './failure-kinds';
import { formatSlot } from './slot-format';
import { earliestFit } from './slot-search';
import type { InfeasibleRelease } from './types';

/** What the SGS recorded about each release it left out (see ReleaseSgs). */
export interface Failures {
  failKind: Uint8Array;
  failOther: Int32Array;
  failLow: Int32Array;
  failHigh: Int32Array;
}

/**
 * Earliest start of every unscheduled release against the returned schedule, ignoring its own
 * deadline and its same-window partners; unscheduled predecessors count at their own earliest
 * (so chains are followed), and null propagates: never within the horizon.
 */
function earliestIgnoringDeadline(x: ExplainContext): (number | null)[] {
  const { c, problem, start, profiles } = x;
  const earliest: (number | null)[] = Array.from(start, (s) => (s >= 0 ? s : null));
  for (const j of c.structure.topological) {
    if (start[j]! >= 0) continue;
    const pinned = c.pinned[j]! >= 0;
    let low = pinned ? problem.releases[j]!.earliestSlot : c.earliest[j]!;
    let possible = true;
    for (let e = c.predecessors.start[j]!; e < c.predecessors.start[j + 1]!; e++) {
      const q = earliest[c.predecessors.list[e]!]!;
      if (q === null) possible = false;
      else low = Math.max(low, q + c.predecessors.lag[e]!);
    }
    if (!possible) continue;
    const high = pinned ? c.horizon - c.duration[j]! : c.latestIgnoringDeadline[j]!;
    const s = earliestFit(c, profiles, j, low, high);
    earliest[j] = s >= 0 ? s : null;
  }
  return earliest;
}

function dependencyKind(x: ExplainContext, a: number, b: number): string {
  const edge = x.problem.precedences.find((p) => (p.from === a && p.to === b) || (p.from === b && p.to === a));
  return edge?.kind ?? 'precedence';
}

function sharedResources(x: ExplainContext, a: number, b: number): string {
  const { uses } = x.c;
  const rows = new Set(uses.list.subarray(uses.start[b]!, uses.start[b + 1]!));
  const shared = [...uses.list.subarray(uses.start[a]!, uses.start[a + 1]!)].filter((row) => rows.has(row));
  return shared.map((row) => rowName(x, row)).join(', ') || 'a shared resource';
}

function zeroCapacity(x: ExplainContext, j: number): string {
  const { uses, rowCapacity } = x.c;
  const rows = [...uses.list.subarray(uses.start[j]!, uses.start[j + 1]!)].filter((row) => rowCapacity[row] === 0);
  return rows.map((row) => rowName(x, row)).join(', ') || 'a resource';
}

function isPartner(x: ExplainContext, j: number, q: number): boolean {
  const { partners } = x.c;
  for (let e = partners.start[j]!; e < partners.start[j + 1]!; e++) if (partners.list[e] === q) return true;
  return false;
}

function reasonsFor(x: ExplainContext, failure: Failures, j: number): string[] {
  const kind = failure.failKind[j]!;
  const other = failure.failOther[j]!;
  const { problem, c } = x;
  const name = (k: number): string => releaseName(problem, k);
  const pin = formatSlot(problem, Math.max(0, c.pinned[j]!));
  switch (kind) {
    case FAIL_CYCLE: {
      const cycle = c.structure.cycles[c.structure.cycleOf[j]!]!;
      const members = cycle.members.length > cycle.path.length - 1 ? ` (members: ${cycle.members.map(name).join(', ')})` : '';
      return [`precedence cycle ${cycle.path.map(name).join(' → ')}${members}`];
    }
    case FAIL_PIN_CLASH:
      return other < 0
        ? [`pinned start ${pin} needs ${zeroCapacity(x, j)}, which accepts no changes (capacity 0)`]
        : [`pinned start ${pin} clashes with pinned ${name(other)} on ${sharedResources(x, j, other)}`];
    case FAIL_PIN_ORDER:
      return other < 0
        ? [`pinned start ${pin} breaks a dependency on a pinned release`]
        : [`pinned start ${pin} breaks the ${dependencyKind(x, j, other)} dependency with ${name(other)}`];
    case FAIL_DISJOINT_WINDOWS:
      return [`its maintenance windows never overlap those of same-window partner ${name(other)} with room for both`];
    case FAIL_PREDECESSOR:
      return [`predecessor ${name(other)} cannot be placed`];
    case FAIL_GROUP:
      return isPartner(x, j, other)
        ? [`same-window partner ${name(other)} cannot be placed`]
        : [`must be placed together with ${name(other)} (same-window chain), which cannot be placed`];
    case FAIL_WINDOW: {
      const partner = other >= 0 ? `same-window partner ${name(other)}` : 'its same-window partners';
      const end = problem.releases[j]!.deadlineSlot;
      const until = end !== undefined && end < c.horizon ? `its deadline ${formatSlot(problem, end)}` : 'the horizon end';
      return [`no window before ${until} in which it and ${partner} can both start`];
    }
    default:
      return explainNoSlot(x, j, failure.failLow[j]!, failure.failHigh[j]!, other);
  }
}

/** One entry per unscheduled release, by index, with reasons and the earliest start it could take. */
export function explainInfeasible(x: ExplainContext, failure: Failures): InfeasibleRelease[] {
  const { c } = x;
  const earliest = earliestIgnoringDeadline(x);
  const result: InfeasibleRelease[] = [];
  for (let j = 0; j < c.releaseCount; j++) {
    if (x.start[j]! >= 0) continue;
    const entry: InfeasibleRelease = { releaseIndex: j, reasons: reasonsFor(x, failure, j), earliestSlot: earliest[j] ?? null };
    if (failure.failKind[j] === FAIL_CYCLE) entry.cycle = [...c.structure.cycles[c.structure.cycleOf[j]!]!.members];
    result.push(entry);
  }
  return result;
}
