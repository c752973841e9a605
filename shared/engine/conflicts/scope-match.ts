import type { Service, Site } from '../../model/catalog';
import type { PlanWindow } from '../../model/plan';
import type { ExceptionBook } from '../calendar/freeze-exceptions';
import type { WindowCalendar } from '../calendar/window-calendar';
import type { WindowTimeline } from '../calendar/window-timeline';
import type { WindowScopeIndex } from '../calendar/window-scope';
import type { ReleaseFacts } from './release-facts';

export interface WindowCheckContext {
  readonly calendar: WindowCalendar;
  readonly scopes: WindowScopeIndex;
  readonly exceptions: ExceptionBook;
  /** Reused per-window scratch; created on first use. */
  pool?: MatchPool;
}

/** Which of a release's services and sites one window's scope names. */
export interface ScopeMatch {
  readonly window: PlanWindow;
  readonly timeline: WindowTimeline;
  /** The window's own zone, or null when it is read in each site's zone. */
  readonly fixedZone: string | null;
  all: boolean;
  /** Named services / sites of the current release: the first serviceCount / siteCount entries (kept, not truncated, to avoid reallocating). */
  readonly services: Service[];
  serviceCount: number;
  readonly sites: Site[];
  siteCount: number;
  /** Per-zone answers already computed for this release (bit per zone slot, see probe()). */
  known: number;
  yes: number;
}

/**
 * One ScopeMatch per window, reset per release instead of allocated: a full recompute asks about
 * tens of windows for each of thousands of releases.
 */
export class MatchPool {
  private epoch = 0;
  private readonly stamp: Uint32Array;
  private readonly matches: Array<ScopeMatch | undefined>;
  readonly active: ScopeMatch[] = [];
  activeCount = 0;

  constructor(size: number) {
    this.stamp = new Uint32Array(size);
    this.matches = new Array<ScopeMatch | undefined>(size);
  }

  begin(): void {
    this.epoch = (this.epoch + 1) >>> 0;
    if (this.epoch === 0) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
    this.activeCount = 0;
  }

  get(dense: number, ctx: WindowCheckContext): ScopeMatch {
    let match = this.matches[dense];
    if (this.stamp[dense] === this.epoch) return match!;
    this.stamp[dense] = this.epoch;
    if (!match) {
      const timeline = ctx.calendar.timeline(ctx.scopes.at(dense).id)!;
      match = { window: timeline.window, timeline, fixedZone: timeline.fixedZone, all: false, services: [], serviceCount: 0, sites: [], siteCount: 0, known: 0, yes: 0 };
      this.matches[dense] = match;
    } else {
      match.all = false;
      match.serviceCount = 0;
      match.siteCount = 0;
      match.known = 0;
      match.yes = 0;
    }
    this.active[this.activeCount++] = match;
    return match;
  }
}

/** Records that these windows name the service; a window naming it twice (id and tier) keeps one entry. */
function addService(pool: MatchPool, ctx: WindowCheckContext, denseIds: readonly number[], service: Service): void {
  for (const dense of denseIds) {
    const match = pool.get(dense, ctx);
    if (match.serviceCount > 0 && match.services[match.serviceCount - 1] === service) continue;
    match.services[match.serviceCount++] = service;
  }
}

export function namesService(match: ScopeMatch, service: Service): boolean {
  for (let i = 0; i < match.serviceCount; i++) if (match.services[i] === service) return true;
  return false;
}

export function namesSite(match: ScopeMatch, site: Site | null): boolean {
  if (site === null) return false;
  for (let i = 0; i < match.siteCount; i++) if (match.sites[i] === site) return true;
  return false;
}

/**
 * Asks the calendar whether the release overlaps (freeze) or sits inside (maintenance) an
 * occurrence of the window in the zone that applies at the site, once per zone: the answer is
 * kept in the match's bit fields (slot 0 = the window's own zone, slot z + 1 = the release's zone z).
 * No closures here: this is the innermost loop of a full recompute.
 */
export function probe(match: ScopeMatch, facts: ReleaseFacts, siteIndex: number, inside: boolean): boolean {
  const slot = match.fixedZone !== null ? 0 : zoneIndexOf(facts, siteIndex) + 1;
  const bit = slot < 31 ? 1 << slot : 0;
  if (match.known & bit) return (match.yes & bit) !== 0;
  const zone = match.fixedZone ?? facts.zones[slot - 1]!;
  const answer = inside ? match.timeline.spanHeld(zone, facts) : match.timeline.spanOverlaps(zone, facts);
  match.known |= bit;
  if (answer) match.yes |= bit;
  return answer;
}

/** The sites a release is checked at: its sites, or one "no site" read in UTC. */
export function sitesOf(facts: ReleaseFacts): ReadonlyArray<Site | null> {
  return facts.checkSites;
}

/** Zone index (into facts.zones) of the i-th entry of sitesOf(facts). */
export function zoneIndexOf(facts: ReleaseFacts, i: number): number {
  return facts.sites.length ? facts.siteZone[i]! : 0;
}

/** Does the window cover (service, site) for this release? */
export function covers(match: ScopeMatch, service: Service, site: Site | null): boolean {
  return match.all || namesService(match, service) || namesSite(match, site);
}

/**
 * The windows whose scope names something the release touches, each with what it names: scope.all,
 * the release's services it names (id, tier, kind), the release's sites it names (id, region).
 * Returned matches live in the context's pool until the next call.
 */
export function collectMatches(facts: ReleaseFacts, ctx: WindowCheckContext): { active: readonly ScopeMatch[]; count: number } {
  const pool = (ctx.pool ??= new MatchPool(ctx.scopes.size));
  pool.begin();
  for (const dense of ctx.scopes.everywhereDense) pool.get(dense, ctx).all = true;
  for (const service of facts.services) {
    addService(pool, ctx, ctx.scopes.denseByService(service.id), service);
    addService(pool, ctx, ctx.scopes.denseByTier(service.tier), service);
    addService(pool, ctx, ctx.scopes.denseByKind(service.kind), service);
  }
  for (const site of facts.sites) {
    for (const dense of ctx.scopes.denseBySite(site)) {
      const match = pool.get(dense, ctx);
      match.sites[match.siteCount++] = site;
    }
  }
  return { active: pool.active, count: pool.activeCount };
}
