import type { Service, Site } from '../../model/catalog';
import type { PlanWindow } from '../../model/plan';
import type { CatalogLookup } from '../graph/catalog-lookup';

/**
 * Scope semantics. A window applies to a change of service S at site X when ANY of these holds:
 *   scope.all; X is listed in scope.siteIds; X's region is in scope.regions (case-insensitive);
 *   S is listed in scope.serviceIds; S's tier is in scope.tiers; S's kind is in scope.kinds.
 * The lists widen the scope (union), they never narrow each other: "tier 1 and the Leeds DC" means
 * every tier-1 change anywhere plus every change at Leeds. An empty scope applies to nothing.
 * A site-scoped window covers every service changed at that site; a service-, tier- or kind-scoped
 * window covers that service at every site the release reaches (and when it reaches none).
 */
export function windowAppliesTo(window: Pick<PlanWindow, 'scope'>, service: Service, site: Site | null): boolean {
  const scope = window.scope;
  if (scope.all) return true;
  if (site && (scope.siteIds.includes(site.id) || scope.regions.some((r) => sameRegion(r, site.region)))) return true;
  return scope.serviceIds.includes(service.id) || scope.tiers.includes(service.tier) || scope.kinds.includes(service.kind);
}

function sameRegion(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Buckets windows by the scope keys they name, so finding the windows for (service, site) costs a
 * handful of map reads instead of a scan of every window.
 */
export class WindowScopeIndex {
  private readonly all: number[] = [];
  private readonly bySite = new Map<number, number[]>();
  private readonly byRegion = new Map<string, number[]>();
  private readonly byService = new Map<number, number[]>();
  private readonly byTier = new Map<number, number[]>();
  private readonly byKind = new Map<string, number[]>();
  private readonly windows = new Map<number, PlanWindow>();
  private readonly serviceCache = new Map<number, number[]>();
  private readonly siteCache = new Map<number, number[]>();
  /** Dense numbering (0..size-1) of the windows, for callers that keep per-window scratch arrays. */
  private readonly order: PlanWindow[] = [];
  private readonly denseOf = new Map<number, number>();
  private allDense: number[] | null = null;
  private readonly siteDenseCache = new Map<number, number[]>();
  private readonly denseLists = { service: new Map<number, number[]>(), tier: new Map<number, number[]>(), kind: new Map<string, number[]>() };

  constructor(windows: readonly PlanWindow[]) {
    for (const window of windows) {
      if (this.denseOf.has(window.id)) continue;
      this.denseOf.set(window.id, this.order.length);
      this.order.push(window);
      this.windows.set(window.id, window);
      const s = window.scope;
      if (s.all) {
        this.all.push(window.id);
        continue;
      }
      for (const id of s.siteIds) push(this.bySite, id, window.id);
      for (const region of s.regions) push(this.byRegion, region.trim().toLowerCase(), window.id);
      for (const id of s.serviceIds) push(this.byService, id, window.id);
      for (const tier of s.tiers) push(this.byTier, tier, window.id);
      for (const kind of s.kinds) push(this.byKind, kind, window.id);
      const dense = this.denseOf.get(window.id)!;
      for (const id of s.serviceIds) push(this.denseLists.service, id, dense);
      for (const tier of s.tiers) push(this.denseLists.tier, tier, dense);
      for (const kind of s.kinds) push(this.denseLists.kind, kind, dense);
    }
  }

  get size(): number {
    return this.order.length;
  }

  /** Dense index of a window id (see `size`). */
  dense(id: number): number {
    return this.denseOf.get(id)!;
  }

  window(id: number): PlanWindow {
    return this.windows.get(id)!;
  }

  /** The window at a dense index. */
  at(dense: number): PlanWindow {
    return this.order[dense]!;
  }

  /**
   * Dense indices of the windows naming a service by id, by tier and by kind: three lists that may
   * share windows (callers dedupe). Nothing is merged or allocated per call.
   */
  denseByService(serviceId: number): readonly number[] {
    return this.denseLists.service.get(serviceId) ?? EMPTY;
  }

  denseByTier(tier: number): readonly number[] {
    return this.denseLists.tier.get(tier) ?? EMPTY;
  }

  denseByKind(kind: string): readonly number[] {
    return this.denseLists.kind.get(kind) ?? EMPTY;
  }

  /** Dense indices of windows naming the site by id or region, merged and cached per site. */
  denseBySite(site: Site): readonly number[] {
    let dense = this.siteDenseCache.get(site.id);
    if (!dense) this.siteDenseCache.set(site.id, (dense = this.siteMatches(site).map((id) => this.denseOf.get(id)!)));
    return dense;
  }

  get everywhereDense(): readonly number[] {
    return (this.allDense ??= this.all.map((id) => this.denseOf.get(id)!));
  }

  /** Windows with scope.all. */
  get everywhere(): readonly number[] {
    return this.all;
  }

  /** Windows naming the service by id, tier or kind (scope.all excluded), each once; cached per service. */
  serviceMatches(service: Service): readonly number[] {
    let ids = this.serviceCache.get(service.id);
    if (!ids) {
      ids = mergeUnique([this.byService.get(service.id), this.byTier.get(service.tier), this.byKind.get(service.kind)]);
      this.serviceCache.set(service.id, ids);
    }
    return ids;
  }

  /** Windows naming the site by id or region (scope.all excluded), each once; cached per site. */
  siteMatches(site: Site): readonly number[] {
    let ids = this.siteCache.get(site.id);
    if (!ids) {
      ids = mergeUnique([this.bySite.get(site.id), this.byRegion.get(site.region.trim().toLowerCase())]);
      this.siteCache.set(site.id, ids);
    }
    return ids;
  }

  /** Ids of windows applying to (service, site), each once, ascending. */
  windowsFor(service: Service, site: Site | null): number[] {
    return mergeUnique([this.all, this.serviceMatches(service), site ? this.siteMatches(site) : undefined]);
  }
}

function mergeUnique(lists: ReadonlyArray<readonly number[] | undefined>): number[] {
  const out = new Set<number>();
  for (const list of lists) if (list) for (const id of list) out.add(id);
  return [...out].sort((a, b) => a - b);
}

const EMPTY: readonly number[] = [];

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/**
 * Sites a window reaches, for previews: sites named directly or by region, plus the sites served by
 * the services it names by id, tier or kind. scope.all reaches every site.
 */
export function affectedSites(window: Pick<PlanWindow, 'scope'>, lookup: CatalogLookup): Site[] {
  const out = new Map<number, Site>();
  for (const site of lookup.sites.values()) {
    if (window.scope.all || window.scope.siteIds.includes(site.id) || window.scope.regions.some((r) => sameRegion(r, site.region))) {
      out.set(site.id, site);
    }
  }
  for (const service of lookup.services.values()) {
    const s = window.scope;
    if (!(s.serviceIds.includes(service.id) || s.tiers.includes(service.tier) || s.kinds.includes(service.kind))) continue;
    for (const siteId of service.siteIds) {
      const site = lookup.sites.get(siteId);
      if (site) out.set(site.id, site);
    }
  }
  return [...out.values()].sort((a, b) => a.id - b.id);
}
