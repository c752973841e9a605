import { ConflictIndex, type Conflict } from '../../shared/engine/conflicts';
import { toFreezeException } from '../../shared/engine/calendar/freeze-exceptions';
import type { WindowCalendar } from '../../shared/engine/calendar/window-calendar';
import type { Catalog } from '../../shared/model/catalog';
import type { FreezeExceptionRecord, Plan, Release } from '../../shared/model/plan';

// The engine is pure, so the renderer keeps its own conflict index: a drag can ask "what would this
// cause?" many times a second without a round trip, and the answer matches the host's plan.conflicts.
let index: ConflictIndex | null = null;
/** What the index was built from, to tell a release edit (incremental) from anything else (rebuild). */
let basis: { catalog: string; calendar: WindowCalendar; exceptions: string; releases: Map<number, string> } | null = null;

/** Rebuilds the index for a new catalog or plan and returns every conflict. */
/** `calendar` is the expansion of plan.windows; the same object again means the windows did not change. */
export function rebuildConflicts(catalog: Catalog, plan: Plan, exceptions: readonly FreezeExceptionRecord[], calendar: WindowCalendar): Conflict[] {
  // Every write re-reads the catalog as a new object; compare its content, not its identity.
  const catalogText = JSON.stringify(catalog);
  const exceptionText = JSON.stringify(exceptions);
  const releases = new Map(plan.releases.map((r) => [r.id, JSON.stringify(r)]));
  if (index && basis && basis.catalog === catalogText && basis.calendar === calendar && basis.exceptions === exceptionText) {
    // Only releases changed (a drag, a nudge, an edit, an undo of one): update just those, as the engine's index allows.
    for (const release of plan.releases) if (basis.releases.get(release.id) !== releases.get(release.id)) index.update(release);
    for (const id of basis.releases.keys()) if (!releases.has(id)) index.remove(id);
  } else {
    index = new ConflictIndex({ catalog, plan, calendar, exceptions: exceptions.map(toFreezeException) });
  }
  basis = { catalog: catalogText, calendar, exceptions: exceptionText, releases };
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
