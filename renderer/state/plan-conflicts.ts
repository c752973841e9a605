import { ConflictIndex, type Conflict, type ConflictInput } from '../../shared/engine/conflicts';
import { toFreezeException } from '../../shared/engine/calendar/freeze-exceptions';
import type { WindowCalendar } from '../../shared/engine/calendar/window-calendar';
import type { Catalog } from '../../shared/model/catalog';
import type { FreezeExceptionRecord, Plan, Release } from '../../shared/model/plan';

// The engine is pure, so the renderer keeps its own conflict index: a drag can ask "what would this
// cause?" many times a second without a round trip, and the answer matches the host's plan.conflicts.
// A preview asked while the index is still being built completes the build first.
let index: ConflictIndex | null = null;
/** A rebuild asked for and not begun: it begins after the screen has painted, or when first needed. */
let queued: { input: ConflictInput; nearMs: number | undefined } | null = null;
/** Bumped by every rebuild, so an overtaken one stops. */
let rebuilds = 0;
/** The rebuild in progress, until it ends or is overtaken. */
let building: Promise<Conflict[] | null> | null = null;
/** Who hears about the conflicts near the view: the latest caller that started or joined the rebuild. */
let partialListener: RebuildOptions['onPartial'];
/** What the index was built from, to tell a release edit (incremental) from anything else (rebuild). */
let basis: { catalog: string; calendar: WindowCalendar; exceptions: string; releases: Map<number, string> } | null = null;

/** Main-thread time one slice of a rebuild may take before the page gets to paint and answer input. */
const SLICE_MS = 8;
/** Releases checked between two clock reads. */
const RELEASES_PER_STEP = 20;
/** A rebuild checks releases nearest the view first and shows what it found once those within this are done. */
const NEAR_MS = 7 * 86_400_000;

export interface RebuildOptions {
  /** Check releases starting nearest this instant first (what the calendar shows). */
  nearMs?: number;
  /** Conflicts found once the releases near `nearMs` are checked, while the rest still is. */
  onPartial?: (found: Conflict[]) => void;
}

/** The conflicts now, or (for a rebuild) a promise of them; null when a newer rebuild took over. */
export type ConflictSync = { conflicts: Conflict[] } | { pending: Promise<Conflict[] | null> };

/**
 * Brings the index up to the given catalog and plan. A change to releases alone (a drag, a nudge,
 * an edit, an undo of one) is applied at once. Anything else rebuilds the index in slices between
 * frames, so 5,000 releases never freeze the page; a preview meanwhile completes it first, and a
 * plan read again while it runs either joins it (nothing changed) or starts it over (still sliced).
 * `calendar` is the expansion of plan.windows; the same object again means the windows did not change.
 */
export function syncConflicts(catalog: Catalog, plan: Plan, exceptions: readonly FreezeExceptionRecord[], calendar: WindowCalendar, opts: RebuildOptions = {}): ConflictSync {
  // Every write re-reads the catalog as a new object; compare its content, not its identity.
  const catalogText = JSON.stringify(catalog);
  const exceptionText = JSON.stringify(exceptions);
  const releases = new Map(plan.releases.map((r) => [r.id, JSON.stringify(r)]));
  const sameBasis = basis !== null && basis.catalog === catalogText && basis.calendar === calendar && basis.exceptions === exceptionText;
  if (sameBasis && index?.built) {
    const current = index;
    for (const release of plan.releases) if (basis!.releases.get(release.id) !== releases.get(release.id)) current.update(release);
    for (const id of basis!.releases.keys()) if (!releases.has(id)) current.remove(id);
    basis = { ...basis!, releases };
    return { conflicts: current.list() };
  }
  // Every write re-reads the catalog too: while a rebuild runs, that alone must not finish it at once.
  if (sameBasis && building && sameTexts(basis!.releases, releases)) {
    partialListener = opts.onPartial;
    return { pending: building };
  }
  index = null;
  queued = { input: { catalog, plan, calendar, exceptions: exceptions.map(toFreezeException) }, nearMs: opts.nearMs };
  basis = { catalog: catalogText, calendar, exceptions: exceptionText, releases };
  const rebuild = ++rebuilds;
  partialListener = opts.onPartial;
  building = buildInSlices(rebuild, opts.nearMs).finally(() => {
    if (rebuild === rebuilds) building = null;
  });
  return { pending: building };
}

function sameTexts(a: ReadonlyMap<number, string>, b: ReadonlyMap<number, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, text] of a) if (b.get(id) !== text) return false;
  return true;
}

/** The index, begun now if a rebuild was waiting for its turn. */
function currentIndex(): ConflictIndex | null {
  if (queued) {
    const { input, nearMs } = queued;
    queued = null; // taken first: an index that fails to build is not tried again on every preview
    index = new ConflictIndex(input, { inSlices: true, ...(nearMs === undefined ? {} : { nearMs }) });
  }
  return index;
}

async function buildInSlices(rebuild: number, nearMs: number | undefined): Promise<Conflict[] | null> {
  // The plan paints first; even setting the index up takes a while for thousands of releases.
  await yieldToPage();
  let shown = nearMs === undefined;
  while (rebuild === rebuilds) {
    const current = currentIndex()!;
    const until = performance.now() + SLICE_MS;
    while (!current.checkSome(RELEASES_PER_STEP) && performance.now() < until);
    if (current.built) return current.list();
    const next = current.nextStartMs;
    if (!shown && (next === null || Math.abs(next - nearMs!) > NEAR_MS)) {
      shown = true;
      partialListener?.(current.foundSoFar());
    }
    await yieldToPage();
  }
  return null;
}

/** Lets the browser paint and handle input; scheduler.yield where the browser has it (Chromium 129+). */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The conflicts `candidate` would have if it replaced the stored release with the same id (or were
 * added). The index is updated and put back, so the plan's own conflicts are left as they were.
 */
export function previewConflicts(candidate: Release, original: Release | null): Conflict[] {
  const index = currentIndex();
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
