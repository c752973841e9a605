import { ConflictIndex, type Conflict, type ConflictInput } from '../../shared/engine/conflicts';
import type { Release } from '../../shared/model/plan';

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
 * The renderer's own conflict index. The engine is pure, so a drag can ask "what would this cause?"
 * many times a second without a round trip, and the answer matches the host's plan.conflicts.
 *
 * The workspace store tells it exactly what changed: releases alone are applied to the built index
 * at once (update/remove); anything else (windows, exceptions, the catalog) rebuilds it in slices
 * between frames, so 5,000 releases never freeze the page. A preview asked during a rebuild
 * completes it first.
 */
export class PlanConflicts {
  private index: ConflictIndex | null = null;
  /** A rebuild asked for and not begun: it begins after the screen has painted, or when first needed. */
  private queued: { input: ConflictInput; nearMs: number | undefined } | null = null;
  /** Bumped by every rebuild, so an overtaken one stops. */
  private rebuilds = 0;
  private onPartial: RebuildOptions['onPartial'];

  /** Starts over from this input; resolves with every conflict, or null when a newer rebuild took over. */
  rebuild(input: ConflictInput, opts: RebuildOptions = {}): Promise<Conflict[] | null> {
    this.index = null;
    this.queued = { input, nearMs: opts.nearMs };
    this.onPartial = opts.onPartial;
    return this.buildInSlices(++this.rebuilds, opts.nearMs);
  }

  /**
   * Applies a change to releases alone. With the index built that is immediate; during a rebuild the
   * rebuild starts over from `input` (the plan as it is now), still in slices.
   */
  updateReleases(changed: readonly Release[], removedIds: readonly number[], input: ConflictInput, opts: RebuildOptions = {}): ConflictSync {
    const index = this.index;
    if (!index?.built || this.queued) return { pending: this.rebuild(input, opts) };
    for (const release of changed) index.update(release);
    for (const id of removedIds) index.remove(id);
    return { conflicts: index.list() };
  }

  /**
   * The conflicts `candidate` would have if it replaced the stored release with the same id (or were
   * added). The index is updated and put back, so the plan's own conflicts are left as they were.
   */
  preview(candidate: Release, original: Release | null): Conflict[] {
    const index = this.current();
    if (!index) return [];
    index.update(candidate);
    const found = index.forRelease(candidate.id);
    if (original) index.update(original);
    else index.remove(candidate.id);
    return found;
  }

  /** The index, begun now if a rebuild was waiting for its turn. */
  private current(): ConflictIndex | null {
    if (this.queued) {
      const { input, nearMs } = this.queued;
      this.queued = null; // taken first: an index that fails to build is not tried again on every preview
      this.index = new ConflictIndex(input, { inSlices: true, ...(nearMs === undefined ? {} : { nearMs }) });
    }
    return this.index;
  }

  private async buildInSlices(rebuild: number, nearMs: number | undefined): Promise<Conflict[] | null> {
    // The plan paints first; even setting the index up takes a while for thousands of releases.
    await yieldToPage();
    let shown = nearMs === undefined;
    while (rebuild === this.rebuilds) {
      const index = this.current()!;
      const until = performance.now() + SLICE_MS;
      while (!index.checkSome(RELEASES_PER_STEP) && performance.now() < until);
      if (index.built) return index.list();
      const next = index.nextStartMs;
      if (!shown && (next === null || Math.abs(next - nearMs!) > NEAR_MS)) {
        shown = true;
        this.onPartial?.(index.foundSoFar());
      }
      await yieldToPage();
    }
    return null;
  }
}

/** Lets the browser paint and handle input; scheduler.yield where the browser has it (Chromium 129+). */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
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
