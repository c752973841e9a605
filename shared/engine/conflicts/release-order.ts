import type { Release } from '../../model/plan';
import { makeConflict, type Conflict } from './conflict-types';
import { isActiveStatus, plannedInterval, releaseLabel, type ReleaseDependencyKind, type ReleaseFacts } from './release-facts';
import { sharedMaintenanceOccurrence } from './maintenance-checks';
import type { WindowCheckContext } from './scope-match';

/**
 * release-order-violation for one "R depends on D" entry. Kinds:
 *   finish-before: D must end before R starts (D.end <= R.start).
 *   start-after:   R must not start before D starts (R.start >= D.start), start-to-start.
 *   same-window:   one occurrence of a maintenance window that applies to R must hold both
 *                  releases; when no maintenance window applies to R, the two must overlap in time.
 * A dependency that is done is satisfied. One that is cancelled, failed or rolled back will not ship
 * ('not-shipping'); one with no planned start is 'not-scheduled'; an unknown id is 'missing'.
 */
export function orderConflict(
  facts: ReleaseFacts,
  dependsOn: { releaseId: number; kind: ReleaseDependencyKind },
  releases: ReadonlyMap<number, Release>,
  ctx: WindowCheckContext,
): Conflict | null {
  if (dependsOn.releaseId === facts.id) return null; // a self-dependency is reported as a cycle
  const other = releases.get(dependsOn.releaseId);
  const report = (reason: 'order' | 'not-scheduled' | 'not-shipping' | 'missing' | 'not-same-window', text: string) =>
    makeConflict('release-order-violation', [facts.id, dependsOn.releaseId], `${facts.id}->${dependsOn.releaseId}:${dependsOn.kind}`, `${releaseLabel(facts.release)} ${text}`, {
      kind: 'release-order-violation',
      releaseId: facts.id,
      dependsOnId: dependsOn.releaseId,
      dependencyKind: dependsOn.kind,
      reason,
    });
  if (!other) return report('missing', `depends on release #${dependsOn.releaseId}, which does not exist.`);
  const otherLabel = releaseLabel(other);
  if (other.status === 'done') return null;
  if (!isActiveStatus(other.status)) return report('not-shipping', `depends on ${otherLabel}, which is ${other.status} and will not ship.`);
  const interval = plannedInterval(other);
  if (!interval) return report('not-scheduled', `depends on ${otherLabel}, which has no planned start.`);
  switch (dependsOn.kind) {
    case 'finish-before':
      return interval.endMs <= facts.startMs ? null : report('order', `must start after ${otherLabel} finishes, but starts before it ends.`);
    case 'start-after':
      return facts.startMs >= interval.startMs ? null : report('order', `must start after ${otherLabel} starts, but starts earlier.`);
    case 'same-window': {
      const shared = sharedMaintenanceOccurrence(facts, interval, ctx);
      if (shared.found) return null;
      if (!shared.hasWindows && interval.startMs < facts.endMs && facts.startMs < interval.endMs) return null;
      return report('not-same-window', `must ship in the same window as ${otherLabel}, but they are planned apart.`);
    }
  }
}

/** release-dependency-cycle: strongly connected groups (Tarjan, iterative) among the checked releases. */
export function cycleConflicts(facts: ReadonlyMap<number, ReleaseFacts>): Conflict[] {
  // Only a release with a dependency can start a cycle; the others are visited as successors at most.
  const ids = [...facts.values()].filter((f) => f.release.dependsOn.length > 0).map((f) => f.id).sort((a, b) => a - b);
  const successors = (id: number) => facts.get(id)!.release.dependsOn.map((d) => d.releaseId).filter((d) => facts.has(d));
  const indexOf = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const out: Conflict[] = [];
  let counter = 0;
  for (const root of ids) {
    if (indexOf.has(root)) continue;
    const work: Array<{ id: number; next: number; succ: number[] }> = [];
    const open = (id: number) => {
      indexOf.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: 0, succ: successors(id) });
    };
    open(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.succ.length) {
        const to = frame.succ[frame.next++]!;
        if (!indexOf.has(to)) open(to);
        else if (onStack.has(to)) low.set(frame.id, Math.min(low.get(frame.id)!, indexOf.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) !== indexOf.get(frame.id)) continue;
      const members: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        members.push(member);
      } while (member !== frame.id);
      const selfLoop = members.length === 1 && successors(frame.id).includes(frame.id);
      if (members.length > 1 || selfLoop) out.push(cycleConflict(members.sort((a, b) => a - b), facts));
    }
  }
  return out;
}

function cycleConflict(members: number[], facts: ReadonlyMap<number, ReleaseFacts>): Conflict {
  const labels = members.map((id) => releaseLabel(facts.get(id)!.release)).join(', ');
  const message = members.length === 1 ? `${labels} depends on itself.` : `Releases ${labels} depend on each other in a cycle; none can go first.`;
  return makeConflict('release-dependency-cycle', members, '', message, { kind: 'release-dependency-cycle', members });
}
