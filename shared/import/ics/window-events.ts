import type { ICalEventData } from 'ical-generator';
import { tzlib_get_timezones } from 'timezones-ical-library';
import { parseRecurrence } from '../../engine/calendar/recurrence-rule';
import { floatingSeries } from '../../engine/calendar/window-occurrences';
import { DAY_MS, formatLocal, parseLocal } from '../../engine/calendar/wall-clock';
import { affectedSites } from '../../engine/calendar/window-scope';
import { normaliseZone, wallToInstant } from '../../engine/calendar/zone-offsets';
import type { CatalogLookup } from '../../engine/graph/catalog-lookup';
import type { IcsTimeMode } from '../../model/ics-api';
import type { Site } from '../../model/catalog';
import type { PlanWindow } from '../../model/plan';
import { windowDescription } from './describe-items';
import { windowUid } from './ics-uids';
import { ruleBody, untilToUtc } from './rrule-until';
import { wallClockValue } from './wall-clock-value';

/** X-properties that let an import of our own export restore exactly what the window says. */
export const X_TIME_ZONE = 'X-RELEASE-COCKPIT-TIME-ZONE';
export const X_ZONE = 'X-RELEASE-COCKPIT-ZONE';
export const X_KIND = 'X-RELEASE-COCKPIT-KIND';

export interface EntityVersion {
  /** Writes after the first one: calendar clients take a higher SEQUENCE as a newer copy. */
  sequence: number;
  lastModified: Date;
}

export interface ExportContext {
  workspace: string;
  mode: IcsTimeMode;
  lookup: CatalogLookup;
  versions: ReadonlyMap<number, EntityVersion>;
  now: Date;
}

let vtimezoneZones: Set<string> | null = null;
/** Zones timezones-ical-library can write a VTIMEZONE for (all of tzdata today; checked so a gap never yields a TZID without its definition). */
const hasVtimezone = (zone: string) => (vtimezoneZones ??= new Set(tzlib_get_timezones() as string[])).has(zone);

/** Each zone the window is kept in, with the sites on that clock (null: the window names its own zone). */
function zonesOf(window: PlanWindow, lookup: CatalogLookup): [string, Site[] | null][] {
  if (window.timeZone !== 'site') return [[normaliseZone(window.timeZone), null]];
  const groups = new Map<string, Site[]>();
  for (const site of affectedSites(window, lookup)) {
    const zone = normaliseZone(site.timeZone);
    groups.set(zone, [...(groups.get(zone) ?? []), site]);
  }
  if (groups.size === 0) return [['UTC', []]];
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * UTC mode keeps the RRULE as written, anchored at the first occurrence's UTC time. A calendar then
 * repeats it on the UTC clock, while the window repeats on its zone's clock: across daylight-saving
 * changes later occurrences move by an hour, and a day-picking rule (BYDAY, BYMONTHDAY…) whose UTC
 * date differs from the local one lands on the neighbouring day. Rewriting the rule per DST period
 * would no longer be the rule the window keeps, so the RRULE stays and DESCRIPTION says so whenever
 * the two expansions differ within the next three years. The zones export is exact.
 */
const CHECKED_OCCURRENCES = 120;
const CHECKED_SPAN_MS = 3 * 366 * DAY_MS;

function utcNotes(window: PlanWindow, zone: string, startMs: number, utcRule: string): string[] {
  if (zone === 'UTC') return [];
  const local = floatingSeries(window);
  const startWall = parseLocal(window.startLocal);
  const real = local.startsFrom(startWall, CHECKED_OCCURRENCES).filter((wall) => wall < startWall + CHECKED_SPAN_MS).map((wall) => wallToInstant(wall, zone));
  const inUtc = floatingSeries({ startLocal: formatLocal(startMs), endLocal: formatLocal(startMs + local.durationMs), recurrence: utcRule })
    .startsFrom(startMs, real.length);
  if (real.length === inUtc.length && real.every((ms, i) => ms === inUtc[i])) return [];
  return [
    `Times are in UTC. The window repeats at ${window.startLocal.slice(11)} local time in ${zone}; a calendar repeating this event in UTC does not follow that clock, so some later occurrences are off (by an hour across daylight-saving changes, or by a day where the rule picks days on the local calendar). Export with time zones for exact times.`,
  ];
}

/** One VEVENT per zone the window is kept in: its wall clock with TZID, or UTC in 'utc' mode. */
export function windowEvents(window: PlanWindow, ctx: ExportContext): ICalEventData[] {
  const startWall = parseLocal(window.startLocal);
  const endWall = parseLocal(window.endLocal);
  const parsed = window.recurrence?.trim() ? parseRecurrence(window.recurrence) : null;
  const version = ctx.versions.get(window.id);
  return zonesOf(window, ctx.lookup).map(([zone, sites]) => {
    const startMs = wallToInstant(startWall, zone);
    const endMs = Math.max(startMs + 60_000, wallToInstant(endWall, zone));
    const rule = parsed?.ok ? untilToUtc(ruleBody(window.recurrence!), zone) : null;
    const zoned = ctx.mode === 'zones' && zone !== 'UTC' && hasVtimezone(zone);
    const notes = [
      ...(parsed && !parsed.ok ? [`Its repeat rule cannot be read (${parsed.error}), so it is shown once, as Release Cockpit treats it.`] : []),
      ...(ctx.mode === 'utc' && rule !== null ? utcNotes(window, zone, startMs, rule) : []),
      ...(ctx.mode === 'zones' && zone !== 'UTC' && !zoned ? [`No time-zone definition is available for ${zone}, so times are in UTC.`] : []),
    ];
    return {
      id: windowUid(ctx.workspace, window.id, sites === null ? null : zone),
      sequence: version?.sequence ?? 0,
      stamp: ctx.now,
      ...(version ? { lastModified: version.lastModified } : {}),
      start: zoned ? wallClockValue(window.startLocal, startMs) : new Date(startMs),
      end: zoned ? wallClockValue(window.endLocal, endMs) : new Date(endMs),
      timezone: zoned ? zone : null,
      repeating: rule,
      summary: window.name,
      description: windowDescription(window, ctx.lookup, zone, sites, notes),
      ...(sites?.length ? { location: `${sites.map((s) => s.name).join(', ')} (${zone})` } : {}),
      categories: [{ name: window.type === 'freeze' ? 'Freeze' : 'Maintenance' }, { name: window.severity === 'hard' ? 'Hard' : 'Soft' }],
      x: [[X_KIND, window.type], ['X-RELEASE-COCKPIT-SEVERITY', window.severity], [X_TIME_ZONE, window.timeZone], [X_ZONE, zone]],
    } satisfies ICalEventData;
  });
}
