import type { BusinessProcess, Catalog, Dependency, Service, Site } from '../shared/model/catalog';
import type { ServiceKind } from '../shared/model/enums';
import type { Plan, PlanWindow, Release } from '../shared/model/plan';
import { floatingSeries, wallToInstant } from '../shared/engine/calendar';
import { Random } from '../shared/engine/rcpsp/random';

/**
 * Seeded generator of an enterprise-sized workspace for engine benchmarks and tests: sites in four
 * regions and ten zones, services in layers (portals and edge on top, then WMS/TMS/integrations,
 * then ERP/SaaS, then databases and network) with hubs, downward dependencies plus a few mutual
 * pairs (so there are cycles), and a year of plan: 12 % freeze windows (one-off events, peak season
 * Nov 20 - Jan 5, month-end close, Monday shipping peak) and 88 % maintenance windows (weekly, daily,
 * first Sunday of the month), in fixed zones and in each site's own zone; 70 % of releases are
 * placed inside a maintenance occurrence of their first service, the rest anywhere (weekend nights
 * or business hours); ~8 % depend on an earlier release, a few on later ones (cycles); 3 % are
 * self-approved, 30 % untested rollbacks, 30 % by waves (mostly pilot first).
 */
export interface EnterpriseOptions {
  services?: number;
  dependencies?: number;
  releases?: number;
  windows?: number;
  sites?: number;
  seed?: number;
  /** Calendar year the releases fall in. */
  year?: number;
  /** Share of the windows that are freezes (the rest are maintenance windows); 0.12 unless given. */
  freezeShare?: number;
}

/** The engine's seeded PRNG with the sampling helpers the generator needs. */
class Rng extends Random {
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) if ((roll -= weight) < 0) return value;
    return entries[entries.length - 1]![0];
  }
  sample<T>(items: readonly T[], count: number): T[] {
    const out = new Set<T>();
    while (out.size < Math.min(count, items.length)) out.add(this.pick(items));
    return [...out];
  }
}

const REGIONS = [
  { region: 'EMEA', zones: ['Europe/Berlin', 'Europe/London', 'Europe/Madrid'] },
  { region: 'North America', zones: ['America/New_York', 'America/Chicago', 'America/Los_Angeles'] },
  { region: 'APAC', zones: ['Australia/Sydney', 'Asia/Singapore', 'Asia/Tokyo'] },
  { region: 'LATAM', zones: ['America/Sao_Paulo'] },
] as const;

const PROCESSES = [
  'Order capture', 'Inventory allocation', 'Pick-pack-ship', 'Shipment confirmation', 'Carrier labels', 'Invoicing',
  'Replenishment', 'Returns', 'Receiving', 'Cycle counting', 'Order promising', 'Shipment planning', 'Supplier onboarding',
  'Customer notifications', 'Demand forecasting', 'Yard management',
];

const KIND_LAYERS: ReadonlyArray<readonly [ServiceKind, number, number]> = [
  // kind, layer (0 = top), weight
  ['portal', 0, 6], ['edge', 0, 8], ['analytics', 0, 6],
  ['wms', 1, 10], ['tms', 1, 6], ['carrier', 1, 6], ['edi', 1, 8], ['integration', 1, 22],
  ['erp', 2, 5], ['saas', 2, 8],
  ['database', 3, 10], ['network', 3, 5],
];

export function generateEnterprise(options: EnterpriseOptions = {}): { catalog: Catalog; plan: Plan } {
  const rng = new Rng(options.seed ?? 1);
  const serviceCount = options.services ?? 10_000;
  const dependencyCount = options.dependencies ?? 50_000;
  const releaseCount = options.releases ?? 5_000;
  const windowCount = options.windows ?? 500;
  const siteCount = options.sites ?? 48;
  const year = options.year ?? 2025;

  const sites: Site[] = Array.from({ length: siteCount }, (_, i) => {
    const region = REGIONS[i % REGIONS.length]!;
    return { id: i + 1, name: `DC ${String(i + 1).padStart(2, '0')}`, region: region.region, timeZone: region.zones[(i >> 2) % region.zones.length]!, kind: i % 9 === 8 ? 'cross-dock' : 'dc' };
  });
  const processes: BusinessProcess[] = PROCESSES.map((name, i) => ({ id: i + 1, name, description: '' }));

  const layers: number[][] = [[], [], [], []];
  const services: Service[] = Array.from({ length: serviceCount }, (_, i) => {
    const [kind, layer] = rng.weighted(KIND_LAYERS.map(([k, l, w]) => [[k, l] as const, w] as const));
    layers[layer]!.push(i + 1);
    const tier = rng.weighted([[1, 12], [2, 33], [3, 55]] as const);
    const siteSpecific = layer <= 1 && rng.chance(0.7);
    const siteIds = siteSpecific ? rng.sample(sites, 1 + rng.int(3)).map((s) => s.id) : rng.chance(0.3) ? rng.sample(sites, 4 + rng.int(8)).map((s) => s.id) : [];
    return {
      id: i + 1,
      name: `${kind.toUpperCase()} ${i + 1}`,
      kind,
      tier,
      ownerTeam: `Team ${1 + rng.int(120)}`,
      hosting: kind === 'saas' ? 'saas' : kind === 'edge' ? 'edge' : rng.chance(0.6) ? 'cloud' : 'on-prem',
      siteIds: siteIds.sort((a, b) => a - b),
      processIds: rng.sample(processes, rng.int(3)).map((p) => p.id),
      rtoMinutes: rng.pick([30, 60, 240, null]),
      rpoMinutes: rng.pick([5, 15, 60, null]),
      description: '',
    };
  });

  // Dependencies point down the layers, towards hubs (low positions in a layer are picked far more
  // often). Edges inside a layer point to a lower position, so the layers stay acyclic; cycles come
  // from a few mutual pairs (two integrations calling each other), as in real estates.
  const dependencies: Dependency[] = [];
  const seen = new Set<number>();
  const position = new Map<number, number>();
  layers.forEach((list) => list.forEach((id, i) => position.set(id, i)));
  const layerOf = (id: number) => KIND_LAYERS.find(([k]) => k === services[id - 1]!.kind)![1];
  const hubPick = (layer: number, below = layers[layer]!.length) => layers[layer]![Math.floor(below * Math.pow(rng.next(), 2.2))]!;
  const add = (from: number, to: number) => {
    const key = from * (serviceCount + 1) + to;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    dependencies.push({
      id: dependencies.length + 1,
      fromId: from,
      toId: to,
      kind: rng.pick(['sync-api', 'event', 'batch', 'edi', 'database', 'network'] as const),
      strength: rng.chance(0.65) ? 'hard' : 'soft',
    });
  };
  let guard = 0;
  while (dependencies.length < dependencyCount && guard++ < dependencyCount * 20) {
    const from = 1 + rng.int(serviceCount);
    const fromLayer = layerOf(from);
    if (dependencies.length > 0 && rng.chance(0.01)) {
      // Mutual pair between peers in the application layer (WMS <-> integration, EDI <-> integration).
      const existing = dependencies[rng.int(dependencies.length)]!;
      if (layerOf(existing.fromId) === 1 && layerOf(existing.toId) === 1) add(existing.toId, existing.fromId);
    } else if (fromLayer === 3 || rng.chance(0.15)) {
      const pos = position.get(from)!;
      if (pos > 0) add(from, hubPick(fromLayer, pos));
    } else {
      const targetLayer = Math.min(3, fromLayer + (rng.chance(0.75) ? 1 : 2));
      if (layers[targetLayer]!.length) add(from, hubPick(targetLayer));
    }
  }

  const freezeShare = options.freezeShare ?? 0.12;
  const windows: PlanWindow[] = Array.from({ length: windowCount }, (_, i) => makeWindow(rng, i + 1, year, sites, services, freezeShare));
  const placer = new MaintenancePlacer(windows, year);

  const yearStart = Date.UTC(year, 0, 1);
  const releases: Release[] = [];
  for (let i = 0; i < releaseCount; i++) {
    const id = i + 1;
    const touched = rng.sample(services, 1 + rng.weighted([[0, 55], [1, 30], [2, 15]] as const));
    const strategy = rng.weighted([['big-bang', 25], ['canary', 15], ['blue-green', 15], ['feature-flag', 15], ['waves', 30]] as const);
    const touchedSites = [...new Set(touched.flatMap((s) => s.siteIds))];
    const waveSites = touchedSites.length >= 2 ? touchedSites : rng.sample(sites, 2 + rng.int(6)).map((s) => s.id);
    const waves = strategy === 'waves' ? splitWaves(rng, waveSites) : [];
    const firstSite = sites[(waves[0]?.siteIds[0] ?? touchedSites[0] ?? 1) - 1];
    let durationMinutes = 30 * (1 + rng.int(8));
    durationMinutes = Math.max(30, durationMinutes);
    // Most change managers plan into a maintenance window of the service; the rest land anywhere.
    const slot = rng.chance(0.7) ? placer.slot(rng, touched[0]!, firstSite?.timeZone ?? 'UTC') : null;
    let start: number;
    if (slot) {
      durationMinutes = Math.min(durationMinutes, slot.minutes);
      start = slot.startMs + 30 * 60_000 * rng.int(Math.floor((slot.minutes - durationMinutes) / 30) + 1);
    } else {
      start = yearStart + rng.int(365) * 86_400_000;
      const weekday = new Date(start).getUTCDay();
      if (rng.chance(0.6)) start += (((6 - weekday + 7) % 7) + rng.int(2)) * 86_400_000 + (1 + rng.int(5)) * 3_600_000;
      else start += (8 + rng.int(14)) * 3_600_000 + rng.int(2) * 1_800_000;
    }
    const status = rng.weighted([
      ['draft', 8], ['submitted', 10], ['approved', 25], ['scheduled', 35], ['in-progress', 1],
      ['done', 14], ['failed', 3], ['rolled-back', 2], ['cancelled', 2],
    ] as const);
    const requester = `user${rng.int(40)}`;
    const approvers = rng.chance(0.03) ? [requester] : rng.sample(Array.from({ length: 40 }, (_, k) => `user${k}`), 1 + rng.int(2)).filter((a) => a !== requester);
    const dependsOn = i > 10 && rng.chance(0.08)
      ? [{ releaseId: 1 + rng.int(i), kind: rng.weighted([['finish-before', 70], ['start-after', 20], ['same-window', 10]] as const) }]
      : i > 10 && rng.chance(0.002) ? [{ releaseId: Math.min(releaseCount, id + 1 + rng.int(5)), kind: 'finish-before' as const }] : [];
    releases.push({
      id,
      title: `Release ${id}`,
      type: rng.weighted([['standard', 50], ['normal', 45], ['emergency', 5]] as const),
      status,
      train: '',
      plannedStart: status === 'draft' && rng.chance(0.3) ? null : new Date(start).toISOString(),
      durationMinutes,
      strategy,
      requester,
      approvers,
      services: touched.map((s) => ({ serviceId: s.id, how: rng.weighted([['code', 50], ['config', 25], ['schema', 12], ['infra', 13]] as const) })),
      waves,
      rollback: { steps: rng.chance(0.9) ? ['Redeploy previous version'] : [], expectedMinutes: 30, tested: rng.chance(0.7) },
      dependsOn,
      outcome: null,
    });
  }

  return { catalog: { sites, services, dependencies, processes }, plan: { windows, releases } };
}

/** Finds a maintenance occurrence for a service, so generated releases mostly sit where they belong. */
class MaintenancePlacer {
  private readonly byService = new Map<number, PlanWindow[]>();
  private readonly byKind = new Map<string, PlanWindow[]>();
  private readonly starts = new Map<number, number[]>();

  constructor(windows: PlanWindow[], private readonly year: number) {
    for (const window of windows) {
      if (window.type !== 'maintenance') continue;
      for (const id of window.scope.serviceIds) this.byService.set(id, [...(this.byService.get(id) ?? []), window]);
      for (const kind of window.scope.kinds) this.byKind.set(kind, [...(this.byKind.get(kind) ?? []), window]);
    }
  }

  slot(rng: Rng, service: Service, siteZone: string): { startMs: number; minutes: number } | null {
    const candidates = [...(this.byService.get(service.id) ?? []), ...(this.byKind.get(service.kind) ?? [])];
    if (candidates.length === 0) return null;
    const window = rng.pick(candidates);
    const series = floatingSeries(window);
    let starts = this.starts.get(window.id);
    if (!starts) this.starts.set(window.id, (starts = series.startsBetween(Date.UTC(this.year, 0, 1), Date.UTC(this.year, 11, 31))));
    if (starts.length === 0) return null;
    const zone = window.timeZone === 'site' ? siteZone : window.timeZone;
    const wall = rng.pick(starts);
    const startMs = wallToInstant(wall, zone);
    return { startMs, minutes: Math.floor((wallToInstant(wall + series.durationMs, zone) - startMs) / 60_000) };
  }
}

function splitWaves(rng: Rng, siteIds: number[]): Release['waves'] {
  const ids = [...siteIds];
  const waves: Release['waves'] = [];
  const pilotFirst = rng.chance(0.85);
  if (pilotFirst) waves.push({ name: 'Pilot', siteIds: ids.splice(0, 1), soakMinutes: 1440 });
  while (ids.length) waves.push({ name: `Wave ${waves.length + 1}`, siteIds: ids.splice(0, 1 + rng.int(3)), soakMinutes: 240 });
  return waves;
}

const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);

function makeWindow(rng: Rng, id: number, year: number, sites: Site[], services: Service[], freezeShare: number): PlanWindow {
  const freeze = rng.chance(freezeShare);
  const scope = { all: false, regions: [] as string[], siteIds: [] as number[], serviceIds: [] as number[], tiers: [] as Array<1 | 2 | 3>, kinds: [] as Service['kind'][] };
  const day = Date.UTC(year, 0, 1) + rng.int(365) * 86_400_000;
  let startMs: number;
  let hours: number;
  let recurrence: string | null = null;
  const scopeKind = freeze
    ? rng.weighted([['all', 5], ['regions', 35], ['sites', 25], ['services', 15], ['tiers', 10], ['kinds', 10]] as const)
    : rng.weighted([['services', 75], ['sites', 15], ['kinds', 10]] as const);
  if (freeze) {
    const shape = rng.weighted([['once', 50], ['yearly', 15], ['monthly', 20], ['weekly', 15]] as const);
    if (shape === 'once') {
      startMs = day;
      hours = 24 * (1 + rng.int(14));
    } else if (shape === 'yearly') {
      // Peak season: late November to early January, every year.
      startMs = Date.UTC(year - 1, 10, 20);
      hours = 46 * 24;
      recurrence = 'FREQ=YEARLY';
    } else if (shape === 'monthly') {
      // Month-end close.
      startMs = Date.UTC(year, 0, 31);
      hours = 24;
      recurrence = 'FREQ=MONTHLY;BYMONTHDAY=-1';
    } else {
      startMs = Date.UTC(year, 0, 6, 6); // Monday morning shipping peak
      hours = 4;
      recurrence = 'FREQ=WEEKLY;BYDAY=MO';
    }
  } else {
    const shape = rng.weighted([['weekly', 70], ['daily', 10], ['monthly', 20]] as const);
    startMs = Date.UTC(year - 1, 11, 1, rng.pick([22, 23, 0, 1, 2]));
    hours = shape === 'daily' ? 2 : shape === 'monthly' ? 8 : 3 + rng.int(4);
    recurrence =
      shape === 'weekly'
        ? `FREQ=WEEKLY;BYDAY=${rng.sample(['TU', 'WE', 'TH', 'SA', 'SU'], 1 + rng.int(2)).join(',')}`
        : shape === 'daily'
          ? 'FREQ=DAILY'
          : 'FREQ=MONTHLY;BYDAY=1SU';
  }
  if (scopeKind === 'all') scope.all = true;
  if (scopeKind === 'regions') scope.regions = [rng.pick(['EMEA', 'North America', 'APAC', 'LATAM'])];
  if (scopeKind === 'tiers') scope.tiers = [1];
  if (scopeKind === 'kinds') scope.kinds = [rng.pick(['erp', 'wms', 'tms', 'integration', 'edi', 'database'] as const)];
  if (scopeKind === 'sites') scope.siteIds = rng.sample(sites, 1 + rng.int(3)).map((s) => s.id);
  if (scopeKind === 'services') scope.serviceIds = rng.sample(services, 1 + rng.int(freeze ? 10 : 30)).map((s) => s.id);
  return {
    id,
    name: `${freeze ? 'Freeze' : 'Maintenance'} ${id}`,
    type: freeze ? 'freeze' : 'maintenance',
    severity: rng.chance(0.5) ? 'hard' : 'soft',
    startLocal: local(startMs),
    endLocal: local(startMs + hours * 3_600_000),
    timeZone: rng.chance(0.6) ? 'site' : rng.pick(['UTC', 'Europe/Berlin', 'America/Chicago', 'Australia/Sydney']),
    recurrence,
    scope,
    reason: '',
  };
}
