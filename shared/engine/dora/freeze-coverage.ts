import type { Service, Site } from '../../model/catalog';
import type { PlanWindow } from '../../model/plan';
import { WindowCalendar } from '../calendar/window-calendar';
import { WindowScopeIndex } from '../calendar/window-scope';
import { DAY_MS, HOUR_MS } from './instants';

export interface FreezeShare {
  /** Hours of the horizon inside at least one such freeze. */
  hours: number;
  /** hours ÷ the horizon's hours, in [0, 1]. */
  fraction: number;
}

export interface SiteFreezeCoverage {
  siteId: number;
  siteName: string;
  /**
   * Whole site: freezes scoped to everything, to the site or to its region — no change at all.
   * Some services: those plus freezes on at least one service running there (by id, tier or kind).
   */
  hard: { wholeSite: FreezeShare; someServices: FreezeShare };
  soft: { wholeSite: FreezeShare; someServices: FreezeShare };
}

export interface FreezeCoverageInput {
  windows: readonly PlanWindow[];
  sites: readonly Site[];
  services: readonly Service[];
  /** ISO instant the horizon starts at. */
  now: string;
  days?: number;
}

/**
 * Per site, how much of the next `days` days (from `now`, in absolute hours) freeze windows cover,
 * hard and soft separately (an hour under both counts in each). Overlapping windows are counted
 * once. Occurrences come from the calendar engine, in each site's zone for 'site' windows.
 * Maintenance windows are not freezes and are left out.
 */
export function freezeCoverage(input: FreezeCoverageInput): SiteFreezeCoverage[] {
  const fromMs = Date.parse(input.now);
  if (!Number.isFinite(fromMs)) throw new RangeError(`Not an instant: ${input.now}`);
  const toMs = fromMs + (input.days ?? 90) * DAY_MS;
  const freezes = input.windows.filter((w) => w.type === 'freeze');
  const calendar = new WindowCalendar(freezes);
  const scopes = new WindowScopeIndex(freezes);
  return input.sites.map((site) => {
    const wholeSite = new Set([...scopes.everywhere, ...scopes.siteMatches(site)]);
    const someServices = new Set(wholeSite);
    for (const service of input.services) {
      if (service.siteIds.includes(site.id)) for (const id of scopes.serviceMatches(service)) someServices.add(id);
    }
    const share = (ids: ReadonlySet<number>, severity: PlanWindow['severity']): FreezeShare => {
      const spans = [...ids]
        .map((id) => calendar.window(id)!)
        .filter((w) => w.severity === severity)
        .flatMap((w) => calendar.occurrencesBetween(w.id, calendar.zoneFor(w, site.timeZone), fromMs, toMs));
      const coveredMs = unionLength(spans, fromMs, toMs);
      return { hours: coveredMs / HOUR_MS, fraction: toMs > fromMs ? coveredMs / (toMs - fromMs) : 0 };
    };
    return {
      siteId: site.id,
      siteName: site.name,
      hard: { wholeSite: share(wholeSite, 'hard'), someServices: share(someServices, 'hard') },
      soft: { wholeSite: share(wholeSite, 'soft'), someServices: share(someServices, 'soft') },
    };
  });
}

/** Length of the union of the spans, clipped to [fromMs, toMs). */
function unionLength(spans: ReadonlyArray<{ startMs: number; endMs: number }>, fromMs: number, toMs: number): number {
  const clipped = spans
    .map((s) => ({ startMs: Math.max(fromMs, s.startMs), endMs: Math.min(toMs, s.endMs) }))
    .filter((s) => s.endMs > s.startMs)
    .sort((a, b) => a.startMs - b.startMs);
  let total = 0;
  let run: { startMs: number; endMs: number } | null = null;
  for (const span of clipped) {
    if (run && span.startMs <= run.endMs) run.endMs = Math.max(run.endMs, span.endMs);
    else {
      if (run) total += run.endMs - run.startMs;
      run = { ...span };
    }
  }
  return total + (run ? run.endMs - run.startMs : 0);
}
