import { ConflictIndex, type Conflict } from '../../shared/engine/conflicts';
import type { FreezeException } from '../../shared/engine/calendar/freeze-exceptions';
import type { Catalog } from '../../shared/model/catalog';
import type { FreezeExceptionRecord, Plan, Release } from '../../shared/model/plan';

// The engine is pure, so the renderer keeps its own conflict index: a drag can ask "what would this
// cause?" many times a second without a round trip, and the answer matches the host's plan.conflicts.
let index: ConflictIndex | null = null;

export const toFreezeException = (e: FreezeExceptionRecord): FreezeException => ({
  windowId: e.windowId,
  releaseId: e.releaseId,
  reason: e.reason,
  requester: e.requester,
  approver: e.approver ?? '',
});

/** Rebuilds the index for a new catalog or plan and returns every conflict. */
export function rebuildConflicts(catalog: Catalog, plan: Plan, exceptions: readonly FreezeExceptionRecord[]): Conflict[] {
  index = new ConflictIndex({ catalog, plan, exceptions: exceptions.map(toFreezeException) });
  return index.list();
}

/**
 * The conflicts `candidate` would have if it replaced the stored release with the same id (or were
 * added). The index is updated and put back, so the plan's own conflicts are left as they were.
 */
export function previewConflicts(candidate: Release, original: Release | null): Conflict[] {
  if (!index) return [];
  index.update(candidate);
  const found = index.forRelease(candidate.id);
  if (original) index.update(original);
  else index.remove(candidate.id);
  return found;
}

/** Groups conflicts by each release they involve. */
export function byRelease(conflicts: readonly Conflict[]): Map<number, Conflict[]> {
  const map = new Map<number, Conflict[]>();
  for (const conflict of conflicts) {
    for (const id of conflict.releaseIds) {
      const list = map.get(id);
      if (list) list.push(conflict);
      else map.set(id, [conflict]);
    }
  }
  return map;
}
