import type { Catalog } from '../../model/catalog';
import type { Plan, Release } from '../../model/plan';
import type { CatalogLookup } from '../graph/catalog-lookup';
import { buildDependencyIndex, type DependencyIndex } from '../graph/dependency-index';
import { ExceptionBook, type FreezeException } from '../calendar/freeze-exceptions';
import { expandCalendar, type WindowCalendar } from '../calendar/window-calendar';
import { WindowScopeIndex } from '../calendar/window-scope';
import { capacityConflicts, DEFAULT_SITE_CAPACITY } from './capacity-check';
import { CONFLICT_TYPES, type Conflict } from './conflict-types';
import { IntervalList } from './interval-list';
import { overlapConflicts, type OverlapContext } from './overlap-checks';
import { pilotConflict, rollbackConflict, selfApprovalConflict } from './policy-checks';
import { releaseFacts, type ReleaseFacts } from './release-facts';
import { cycleConflicts, orderConflict } from './release-order';
import { windowConflicts, type WindowCheckContext } from './window-checks';

export interface ConflictInput {
  catalog: Catalog;
  plan: Plan;
  /** The expanded calendar of plan.windows; built here when omitted. */
  calendar?: WindowCalendar;
  /** Concurrent changes a site accepts, by site id; sites not listed get defaultSiteCapacity. */
  siteCapacity?: ReadonlyMap<number, number> | Readonly<Record<number, number>>;
  defaultSiteCapacity?: number;
  exceptions?: readonly FreezeException[];
  /** Reuse a dependency index already built for this same catalog (it also carries the id lookups). */
  graph?: DependencyIndex;
}

export interface ConflictDelta {
  /** Conflicts created or re-created by the edit (an id may appear in both lists when only its text changed). */
  added: Conflict[];
  removedIds: string[];
}

const TYPE_ORDER = new Map(CONFLICT_TYPES.map((type, i) => [type, i]));

/**
 * All conflicts of a plan, kept current edit by edit. Built once with interval indexes per service,
 * per site and overall; update(release) withdraws every conflict that involves the release (plus the
 * capacity conflicts of its old and new sites and the dependency cycles) and re-derives just those,
 * which gives the same result as a full recompute at a fraction of the cost.
 */
export class ConflictIndex {
  private readonly lookup: CatalogLookup;
  private readonly windowCtx: WindowCheckContext;
  private readonly overlapCtx: OverlapContext;
  private readonly capacityOf: (siteId: number) => number;
  private readonly releases = new Map<number, Release>();
  private readonly facts = new Map<number, ReleaseFacts>();
  /** Interval list per service, by dense service index of the dependency index. */
  private readonly byNode: Array<IntervalList | undefined>;
  private readonly bySite = new Map<number, IntervalList>();
  private readonly all = new IntervalList();
  /** Release id -> ids of releases that depend on it (whether or not it exists yet). */
  private readonly dependents = new Map<number, Set<number>>();
  private readonly conflicts = new Map<string, Conflict>();
  // Conflict ids per release and per site (capacity): short arrays, cheaper than thousands of Sets.
  private readonly byRelease = new Map<number, string[]>();
  private readonly capacityBySite = new Map<number, string[]>();
  private cycles: Conflict[] = [];
  /** Releases to check, in start order (or nearest `nearMs` first), when the index is built a slice at a time. */
  private unchecked: ReleaseFacts[] = [];
  private checkedUpTo = 0;
  private complete = false;

  /**
   * `inSlices` leaves the checks to checkSome(), so a screen can build a large index between frames;
   * every other method completes the build first, so a caller never sees half an index. `nearMs`
   * checks the releases starting nearest that instant first (the ones on screen): each pair is
   * checked from its lower id whatever the order, so the order changes nothing in the result.
   */
  constructor(input: ConflictInput, opts: { inSlices?: boolean; nearMs?: number } = {}) {
    const graph = input.graph ?? buildDependencyIndex(input.catalog);
    this.lookup = graph.lookup;
    this.windowCtx = {
      calendar: input.calendar ?? expandCalendar(input.plan),
      scopes: new WindowScopeIndex(input.plan.windows),
      exceptions: new ExceptionBook(input.exceptions),
    };
    this.byNode = new Array<IntervalList | undefined>(graph.size);
    this.overlapCtx = { facts: this.facts, byNode: this.byNode, all: this.all, graph };
    const capacities = input.siteCapacity instanceof Map ? input.siteCapacity : new Map(Object.entries(input.siteCapacity ?? {}).map(([k, v]) => [Number(k), v as number]));
    const fallback = input.defaultSiteCapacity ?? DEFAULT_SITE_CAPACITY;
    this.capacityOf = (siteId) => capacities.get(siteId) ?? fallback;

    // In start order, every interval-list insert is an append.
    const prepared = input.plan.releases.map((release) => ({ release, facts: releaseFacts(release, this.lookup) }));
    prepared.sort((a, b) => (a.facts?.startMs ?? 0) - (b.facts?.startMs ?? 0));
    for (const { release, facts } of prepared) this.insert(release, facts);
    this.unchecked = [...this.facts.values()];
    const near = opts.nearMs;
    if (near !== undefined) this.unchecked.sort((a, b) => Math.abs(a.startMs - near) - Math.abs(b.startMs - near));
    if (!opts.inSlices) this.finish();
  }

  /** Planned start of the next release a sliced build will check; null once all are checked. */
  get nextStartMs(): number | null {
    return this.complete || this.checkedUpTo >= this.unchecked.length ? null : this.unchecked[this.checkedUpTo]!.startMs;
  }

  /** The conflicts found so far, unsorted, without completing a sliced build (capacity and cycles come last). */
  foundSoFar(): Conflict[] {
    return [...this.conflicts.values()];
  }

  /** True once every release has been checked. */
  get built(): boolean {
    return this.complete;
  }

  /** Checks up to `count` more releases (then capacity and cycles, at the end); true when the index is complete. */
  checkSome(count: number): boolean {
    if (this.complete) return true;
    const end = Math.min(this.unchecked.length, this.checkedUpTo + count);
    for (; this.checkedUpTo < end; this.checkedUpTo++) {
      const facts = this.unchecked[this.checkedUpTo]!;
      this.addAll(this.ownConflicts(facts));
      this.addAll(overlapConflicts(facts, this.overlapCtx, facts.id));
    }
    if (this.checkedUpTo < this.unchecked.length) return false;
    for (const siteId of this.bySite.keys()) this.recomputeCapacity(siteId);
    this.recomputeCycles();
    this.unchecked = [];
    this.complete = true;
    return true;
  }

  private finish(): void {
    this.checkSome(Number.POSITIVE_INFINITY);
  }

  /** Every conflict, by type then id. */
  list(): Conflict[] {
    this.finish();
    return [...this.conflicts.values()].sort((a, b) => TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  get size(): number {
    this.finish();
    return this.conflicts.size;
  }

  /** Conflicts naming one release. */
  forRelease(releaseId: number): Conflict[] {
    this.finish();
    return [...(this.byRelease.get(releaseId) ?? [])].map((id) => this.conflicts.get(id)!);
  }

  /** Applies one edited (or new) release. */
  update(release: Release): ConflictDelta {
    return this.apply(release.id, release);
  }

  /** Applies the deletion of a release. */
  remove(releaseId: number): ConflictDelta {
    return this.apply(releaseId, null);
  }

  private apply(releaseId: number, next: Release | null): ConflictDelta {
    this.finish();
    const removedIds: string[] = [];
    const withdraw = (id: string) => {
      if (this.removeConflict(id)) removedIds.push(id);
    };
    const oldFacts = this.facts.get(releaseId);
    const sites = new Set(oldFacts?.sites.map((s) => s.id));
    // Cycles change only with the dependency graph among checked releases (or a member's title).
    const newFacts = next ? releaseFacts(next, this.lookup) : null;
    const cyclesMayChange =
      !!oldFacts !== !!newFacts ||
      (oldFacts !== undefined && newFacts !== null && (oldFacts.release.title !== newFacts.release.title || !sameDependsOn(oldFacts.release, newFacts.release)));
    for (const id of [...(this.byRelease.get(releaseId) ?? [])]) withdraw(id);
    if (cyclesMayChange) for (const cycle of this.cycles) withdraw(cycle.id);
    this.withdrawRelease(releaseId);
    if (next) this.insert(next, newFacts);
    for (const site of newFacts?.sites ?? []) sites.add(site.id);
    for (const siteId of sites) for (const id of [...(this.capacityBySite.get(siteId) ?? [])]) withdraw(id);

    const added: Conflict[] = [];
    const add = (conflicts: Conflict[]) => added.push(...this.addAll(conflicts));
    if (newFacts) {
      add(this.ownConflicts(newFacts));
      add(overlapConflicts(newFacts, this.overlapCtx, 0));
    }
    // Releases that depend on this one re-check that dependency entry.
    for (const dependentId of this.dependents.get(releaseId) ?? []) {
      const facts = this.facts.get(dependentId);
      if (!facts) continue;
      for (const entry of facts.release.dependsOn) {
        if (entry.releaseId !== releaseId) continue;
        const conflict = orderConflict(facts, entry, this.releases, this.windowCtx);
        if (conflict) add([conflict]);
      }
    }
    for (const siteId of sites) added.push(...this.recomputeCapacity(siteId));
    if (cyclesMayChange) added.push(...this.recomputeCycles());
    else {
      // Unchanged cycles involving this release were withdrawn with its other conflicts: put them back.
      added.push(...this.addAll(this.cycles.filter((cycle) => cycle.releaseIds.includes(releaseId))));
    }
    return { added, removedIds };
  }

  /** Conflicts that depend on this release alone, or on it and the releases it depends on. */
  private ownConflicts(facts: ReleaseFacts): Conflict[] {
    const out = windowConflicts(facts, this.windowCtx);
    for (const conflict of [rollbackConflict(facts), selfApprovalConflict(facts), pilotConflict(facts)]) if (conflict) out.push(conflict);
    for (const entry of facts.release.dependsOn) {
      const conflict = orderConflict(facts, entry, this.releases, this.windowCtx);
      if (conflict) out.push(conflict);
    }
    return out;
  }

  private insert(release: Release, known?: ReleaseFacts | null): void {
    this.releases.set(release.id, release);
    for (const entry of release.dependsOn) {
      let set = this.dependents.get(entry.releaseId);
      if (!set) this.dependents.set(entry.releaseId, (set = new Set()));
      set.add(release.id);
    }
    const facts = known === undefined ? releaseFacts(release, this.lookup) : known;
    if (!facts) return;
    this.facts.set(release.id, facts);
    this.all.insert(facts.id, facts.startMs, facts.endMs);
    for (const service of facts.services) {
      const node = this.overlapCtx.graph.denseOf.get(service.id)!;
      (this.byNode[node] ??= new IntervalList()).insert(facts.id, facts.startMs, facts.endMs);
    }
    for (const site of facts.sites) listFor(this.bySite, site.id).insert(facts.id, facts.startMs, facts.endMs);
  }

  private withdrawRelease(releaseId: number): void {
    const release = this.releases.get(releaseId);
    if (!release) return;
    for (const entry of release.dependsOn) this.dependents.get(entry.releaseId)?.delete(releaseId);
    this.releases.delete(releaseId);
    const facts = this.facts.get(releaseId);
    if (!facts) return;
    this.facts.delete(releaseId);
    this.all.remove(releaseId, facts.startMs);
    for (const service of facts.services) this.byNode[this.overlapCtx.graph.denseOf.get(service.id)!]?.remove(releaseId, facts.startMs);
    for (const site of facts.sites) this.bySite.get(site.id)?.remove(releaseId, facts.startMs);
  }

  private recomputeCapacity(siteId: number): Conflict[] {
    const site = this.lookup.sites.get(siteId);
    const list = this.bySite.get(siteId);
    if (!site || !list) return [];
    const added = this.addAll(capacityConflicts(site, list, this.capacityOf(siteId)));
    if (added.length) this.capacityBySite.set(siteId, added.map((c) => c.id));
    return added;
  }

  private recomputeCycles(): Conflict[] {
    this.cycles = cycleConflicts(this.facts);
    return this.addAll(this.cycles);
  }

  /** Adds conflicts (first one wins on a duplicate id) and returns the ones actually added. */
  private addAll(conflicts: readonly Conflict[]): Conflict[] {
    const added: Conflict[] = [];
    for (const conflict of conflicts) {
      if (this.conflicts.has(conflict.id)) continue;
      this.conflicts.set(conflict.id, conflict);
      for (const releaseId of conflict.releaseIds) {
        const ids = this.byRelease.get(releaseId);
        if (ids) ids.push(conflict.id);
        else this.byRelease.set(releaseId, [conflict.id]);
      }
      added.push(conflict);
    }
    return added;
  }

  private removeConflict(id: string): boolean {
    const conflict = this.conflicts.get(id);
    if (!conflict) return false;
    this.conflicts.delete(id);
    for (const releaseId of conflict.releaseIds) removeFrom(this.byRelease.get(releaseId), id);
    if (conflict.evidence.kind === 'site-capacity-exceeded') removeFrom(this.capacityBySite.get(conflict.evidence.siteId), id);
    return true;
  }
}

function removeFrom(list: string[] | undefined, id: string): void {
  const at = list ? list.indexOf(id) : -1;
  if (at >= 0) list!.splice(at, 1);
}

function sameDependsOn(a: Release, b: Release): boolean {
  return a.dependsOn.length === b.dependsOn.length && a.dependsOn.every((d, i) => d.releaseId === b.dependsOn[i]!.releaseId && d.kind === b.dependsOn[i]!.kind);
}

function listFor(map: Map<number, IntervalList>, key: number): IntervalList {
  let list = map.get(key);
  if (!list) map.set(key, (list = new IntervalList()));
  return list;
}

/** Full recompute: every conflict of the plan, by type then id. */
export function detectConflicts(input: ConflictInput): Conflict[] {
  return new ConflictIndex(input).list();
}
