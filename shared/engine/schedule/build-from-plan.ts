import type { Catalog, Service, Site } from '../../model/catalog';
import type { Plan, PlanWindow, Release } from '../../model/plan';
import { ExceptionBook, type FreezeException } from '../calendar/freeze-exceptions';
import { DAY_MS, MINUTE_MS } from '../calendar/wall-clock';
import { expandCalendar, type WindowCalendar } from '../calendar/window-calendar';
import { windowAppliesTo } from '../calendar/window-scope';
import { buildCatalogLookup, type CatalogLookup } from '../graph/catalog-lookup';
import { isActiveStatus, plannedInterval, releaseSiteIds } from '../conflicts/release-facts';
import type { BlockedInterval, Precedence, ScheduleProblem, ScheduleRelease, SlotInterval } from './types';

export interface BuildOptions {
  /** Epoch ms of "now"; nothing new is placed before it. */
  now: number;
  horizonDays?: number;
  slotMinutes?: number;
  siteCapacity?: number;
  teamCapacity?: number;
  /** Releases to (re)schedule; default every draft/submitted/approved/scheduled release not in pinnedIds. */
  releaseIds?: readonly number[];
  /** Releases the user locked at their planned start: they hold capacity but do not move. */
  pinnedIds?: readonly number[];
}

export interface PlanningInput {
  catalog: Catalog;
  plan: Plan;
  exceptions?: readonly FreezeException[];
  /** The expanded calendar of plan.windows; built when omitted. */
  calendar?: WindowCalendar;
}

/** A selected release that could not even enter the problem (its dependency lies beyond the horizon...). */
export interface Excluded {
  releaseId: number;
  reasons: string[];
}

export interface BuiltProblem {
  problem: ScheduleProblem;
  /** Plan release per problem release index. */
  releases: Release[];
  /** Problem indices of the releases to place (the others are pins). */
  selected: number[];
  excluded: Excluded[];
}

export const SCHEDULABLE_STATUSES: readonly Release['status'][] = ['draft', 'submitted', 'approved', 'scheduled'];

/**
 * The plan as a slot-based ScheduleProblem, with the conflict checker's semantics:
 * - sites: the waves' sites, else the sites the touched services serve; teams: their owner teams;
 * - blocked: occurrences of hard freezes applying to some (service, site) pair, read in that site's
 *   zone (UTC without a site), and of soft freezes the release holds no approved exception for;
 * - within: where maintenance windows apply to a (service, site) pair the release must sit inside
 *   one of their occurrences; over all pairs, the intersection;
 * - precedences: "R depends on D" is D → R for finish-before (D ends before R starts), start-after
 *   (R starts no earlier than D) and same-window.
 * In-progress releases, user pins and unselected releases with a planned start are pinned.
 */
export function buildScheduleProblem(input: PlanningInput, options: BuildOptions): BuiltProblem {
  const slotMinutes = options.slotMinutes ?? 60;
  const slotMs = slotMinutes * MINUTE_MS;
  const horizonStartMs = Math.floor(options.now / DAY_MS) * DAY_MS;
  const horizonSlots = Math.round(((options.horizonDays ?? 180) * DAY_MS) / slotMs);
  const horizonEndMs = horizonStartMs + horizonSlots * slotMs;
  const earliestSlot = Math.max(0, Math.ceil((options.now - horizonStartMs) / slotMs));
  const floorSlot = (ms: number) => Math.floor((ms - horizonStartMs) / slotMs);
  const ceilSlot = (ms: number) => Math.ceil((ms - horizonStartMs) / slotMs);

  const { catalog, plan } = input;
  const lookup = buildCatalogLookup(catalog);
  const calendar = input.calendar ?? expandCalendar(plan);
  const book = new ExceptionBook(input.exceptions ?? []);
  const byId = new Map(plan.releases.map((r) => [r.id, r]));
  const pinnedIds = new Set(options.pinnedIds ?? []);
  const wanted = options.releaseIds ? new Set(options.releaseIds) : null;
  const isSelected = (r: Release) => (wanted ? wanted.has(r.id) : SCHEDULABLE_STATUSES.includes(r.status) && !pinnedIds.has(r.id));

  // Pins: active releases with a planned start that reach into the horizon and are not selected.
  const pins = new Map<number, { slot: number; durationSlots: number }>();
  const beyond = new Set<number>();
  for (const release of plan.releases) {
    if (isSelected(release) || !isActiveStatus(release.status)) continue;
    const interval = plannedInterval(release);
    if (!interval || interval.endMs <= horizonStartMs) continue;
    if (interval.startMs >= horizonEndMs) {
      beyond.add(release.id);
      continue;
    }
    const slot = Math.max(0, floorSlot(interval.startMs));
    const end = Math.min(horizonSlots, ceilSlot(interval.endMs));
    pins.set(release.id, { slot, durationSlots: Math.max(1, end - slot) });
  }

  // Selected releases, minus those a dependency keeps out (transitively).
  const excluded = new Map<number, string[]>();
  const selectedIds = plan.releases.filter(isSelected).map((r) => r.id);
  for (const id of selectedIds) {
    const release = byId.get(id)!;
    if (Math.ceil(release.durationMinutes / slotMinutes) > horizonSlots - earliestSlot) excluded.set(id, [`It lasts longer than the ${options.horizonDays ?? 180}-day horizon.`]);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of selectedIds) {
      if (excluded.has(id)) continue;
      for (const dep of byId.get(id)!.dependsOn) {
        const other = byId.get(dep.releaseId);
        if (!other) continue;
        const reason = beyond.has(other.id)
          ? `It depends on "${other.title}" (#${other.id}), planned after the scheduling horizon.`
          : excluded.has(other.id) ? `It depends on "${other.title}" (#${other.id}), which cannot be scheduled.` : null;
        if (reason) {
          excluded.set(id, [reason]);
          changed = true;
          break;
        }
      }
    }
  }

  const problemReleases: Release[] = [];
  const selected: number[] = [];
  for (const release of plan.releases) {
    if (pins.has(release.id)) problemReleases.push(release);
    else if (isSelected(release) && !excluded.has(release.id)) {
      selected.push(problemReleases.length);
      problemReleases.push(release);
    }
  }
  const indexOf = new Map(problemReleases.map((r, i) => [r.id, i]));

  const serviceIndex = new Map(catalog.services.map((s, i) => [s.id, i]));
  const siteIndex = new Map(catalog.sites.map((s, i) => [s.id, i]));
  const teams: string[] = [];
  const teamIndex = (team: string) => {
    const at = teams.indexOf(team);
    return at >= 0 ? at : teams.push(team) - 1;
  };
  const slots = new SlotCache(calendar, horizonStartMs, slotMs, horizonSlots);

  const scheduleReleases: ScheduleRelease[] = problemReleases.map((release) => {
    const services = touchedServices(release, lookup);
    const sites = releaseSiteIds(release, lookup).flatMap((id) => (lookup.sites.has(id) ? [lookup.sites.get(id)!] : []));
    const tier = services.reduce<1 | 2 | 3>((best, s) => (s.tier < best ? s.tier : best), 3);
    const out: ScheduleRelease = {
      id: String(release.id),
      name: `"${release.title}" (#${release.id})`,
      durationSlots: Math.max(1, Math.ceil(release.durationMinutes / slotMinutes)),
      earliestSlot,
      services: services.map((s) => serviceIndex.get(s.id)!),
      sites: sites.map((s) => siteIndex.get(s.id)!),
      teams: [...new Set(services.map((s) => s.ownerTeam.trim()).filter(Boolean))].map(teamIndex),
      tier,
      blocked: blockedFor(release, services, sites, plan.windows, book, slots),
    };
    const within = withinFor(services, sites, plan.windows, slots);
    if (within) out.within = within;
    const pin = pins.get(release.id);
    if (pin) {
      out.pinnedSlot = pin.slot;
      out.durationSlots = pin.durationSlots;
    }
    return out;
  });

  const precedences: Precedence[] = [];
  for (const release of problemReleases) {
    const to = indexOf.get(release.id)!;
    for (const dep of release.dependsOn) {
      const from = indexOf.get(dep.releaseId);
      if (from === undefined || from === to) continue;
      precedences.push({ kind: dep.kind, from, to });
      // A pin's slot is rounded down: start-to-start after a pin must not share its first slot.
      const pin = pins.get(dep.releaseId);
      const own = scheduleReleases[to]!;
      if (dep.kind === 'start-after' && pin && own.pinnedSlot === undefined) {
        const startMs = Date.parse(byId.get(dep.releaseId)!.plannedStart!);
        own.earliestSlot = Math.min(horizonSlots - own.durationSlots, Math.max(own.earliestSlot, ceilSlot(startMs)));
      }
    }
  }

  const problem: ScheduleProblem = {
    slotMinutes,
    horizonStartMs,
    horizonSlots,
    serviceCount: catalog.services.length,
    siteCapacity: catalog.sites.map(() => options.siteCapacity ?? 3),
    teamCapacity: teams.map(() => options.teamCapacity ?? 2),
    releases: scheduleReleases,
    precedences,
    labels: { services: catalog.services.map((s) => s.name), sites: catalog.sites.map((s) => s.name), teams },
  };
  return { problem, releases: problemReleases, selected, excluded: [...excluded].map(([releaseId, reasons]) => ({ releaseId, reasons })) };
}

function touchedServices(release: Release, lookup: CatalogLookup): Service[] {
  const out: Service[] = [];
  for (const touched of release.services) {
    const service = lookup.services.get(touched.serviceId);
    if (service && !out.includes(service)) out.push(service);
  }
  return out;
}

/** Window occurrences as slot intervals per (window, zone), clipped to the horizon. */
class SlotCache {
  private readonly outer = new Map<string, SlotInterval[]>();
  private readonly inner = new Map<string, SlotInterval[]>();
  constructor(
    readonly calendar: WindowCalendar,
    private readonly startMs: number,
    private readonly slotMs: number,
    private readonly slots: number,
  ) {}

  zone(window: PlanWindow, site: Site | null): string {
    return this.calendar.zoneFor(window, site?.timeZone ?? null);
  }

  /** Freezes: every slot an occurrence touches (rounded outwards). */
  covering(window: PlanWindow, zone: string): SlotInterval[] {
    return this.get(this.outer, window, zone, Math.floor, Math.ceil);
  }

  /** Maintenance: the whole slots an occurrence holds (rounded inwards). */
  held(window: PlanWindow, zone: string): SlotInterval[] {
    return this.get(this.inner, window, zone, Math.ceil, Math.floor);
  }

  private get(cache: Map<string, SlotInterval[]>, window: PlanWindow, zone: string, roundStart: (x: number) => number, roundEnd: (x: number) => number): SlotInterval[] {
    const key = `${window.id}|${zone}`;
    let list = cache.get(key);
    if (!list) {
      const endMs = this.startMs + this.slots * this.slotMs;
      list = this.calendar.occurrencesBetween(window.id, zone, this.startMs, endMs).flatMap((o) => {
        const start = Math.max(0, roundStart((o.startMs - this.startMs) / this.slotMs));
        const end = Math.min(this.slots, roundEnd((o.endMs - this.startMs) / this.slotMs));
        return end > start ? [{ start, end }] : [];
      });
      cache.set(key, list);
    }
    return list;
  }
}

function blockedFor(release: Release, services: Service[], sites: Site[], windows: readonly PlanWindow[], book: ExceptionBook, slots: SlotCache): BlockedInterval[] {
  const raw: BlockedInterval[] = [];
  const checkSites: Array<Site | null> = sites.length ? sites : [null];
  for (const window of windows) {
    if (window.type !== 'freeze') continue;
    if (window.severity === 'soft' && book.find(window.id, release.id).approved) continue;
    const label = window.severity === 'hard' ? `hard freeze '${window.name}'` : `soft freeze '${window.name}' (no exception)`;
    const zones = new Set<string>();
    for (const site of checkSites) if (services.some((s) => windowAppliesTo(window, s, site))) zones.add(slots.zone(window, site));
    for (const zone of zones) for (const interval of slots.covering(window, zone)) raw.push({ ...interval, label });
  }
  return mergeBlocked(raw);
}

function mergeBlocked(list: BlockedInterval[]): BlockedInterval[] {
  list.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: BlockedInterval[] = [];
  for (const interval of list) {
    const last = out[out.length - 1];
    if (last && interval.start <= last.end) {
      last.end = Math.max(last.end, interval.end);
      if (!last.label.split(' and ').includes(interval.label)) last.label = `${last.label} and ${interval.label}`;
    } else out.push({ ...interval });
  }
  return out;
}

/** Union of sorted interval lists, merged into sorted disjoint ones. */
function union(lists: SlotInterval[][]): SlotInterval[] {
  const all = lists.flat().sort((a, b) => a.start - b.start);
  const out: SlotInterval[] = [];
  for (const interval of all) {
    const last = out[out.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else out.push({ ...interval });
  }
  return out;
}

function intersect(a: SlotInterval[], b: SlotInterval[]): SlotInterval[] {
  const out: SlotInterval[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (end > start) out.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return out;
}

/** undefined when no maintenance window applies; otherwise where every (service, site) pair accepts change. */
function withinFor(services: Service[], sites: Site[], windows: readonly PlanWindow[], slots: SlotCache): SlotInterval[] | undefined {
  const maintenance = windows.filter((w) => w.type === 'maintenance');
  if (maintenance.length === 0) return undefined;
  let result: SlotInterval[] | undefined;
  const checkSites: Array<Site | null> = sites.length ? sites : [null];
  for (const service of services) {
    for (const site of checkSites) {
      const applicable = maintenance.filter((w) => windowAppliesTo(w, service, site));
      if (applicable.length === 0) continue;
      const allowed = union(applicable.map((w) => slots.held(w, slots.zone(w, site))));
      result = result ? intersect(result, allowed) : allowed;
    }
  }
  return result;
}
