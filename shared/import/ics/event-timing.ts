import ICAL from 'ical.js';
import { parseRecurrence } from '../../engine/calendar/recurrence-rule';
import { DAY_MS, formatLocal, parseLocal } from '../../engine/calendar/wall-clock';
import { instantToWall, wallToInstant } from '../../engine/calendar/zone-offsets';
import { isIanaTimeZone } from '../../model/time-zones';
import type { IcsEvent, IcsTime } from './read-calendar';
import { untilToWall } from './rrule-until';

/** When a window happens, as the window keeps it: wall clock, zone ('site' = each site's own), rule. */
export interface Timing {
  startLocal: string;
  endLocal: string;
  timeZone: string;
  recurrence: string | null;
  /** Things the user should know, e.g. a zone converted to UTC. */
  notes: string[];
}

/** For our own exported events: the window's zone setting, and the zone this event's copy is in. */
export interface OwnZones {
  timeZone: string;
  zone: string;
}

type ZoneRef = { iana: string } | { vtimezone: ICAL.Timezone };

/**
 * An IANA zone for a TZID: the TZID itself, its VTIMEZONE's X-LIC-LOCATION, or an Area/City at its
 * end (some producers prefix a path). Otherwise (e.g. Outlook's "W. Europe Standard Time") the
 * file's VTIMEZONE is used to reach UTC.
 */
function resolveTzid(tzid: string, timezones: Map<string, ICAL.Component>): ZoneRef | null {
  const component = timezones.get(tzid);
  const location = component?.getFirstPropertyValue('x-lic-location');
  const tail = /([A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})$/.exec(tzid)?.[1];
  for (const candidate of [tzid, typeof location === 'string' ? location : '', tail ?? '']) {
    if (candidate && isIanaTimeZone(candidate)) return { iana: candidate };
  }
  return component ? { vtimezone: new ICAL.Timezone(component) } : null;
}

function instantOf(ref: ZoneRef, local: string): number {
  const wall = parseLocal(local);
  if ('iana' in ref) return wallToInstant(wall, ref.iana);
  const time = ICAL.Time.fromDateTimeString(`${local}:00`);
  return wall - ref.vtimezone.utcOffset(time) * 1000;
}

export function eventTiming(event: IcsEvent, timezones: Map<string, ICAL.Component>, own: OwnZones | null): { timing: Timing } | { errors: string[] } {
  const errors = [...event.problems];
  const notes: string[] = [];
  const { start, end } = event;
  if (!start) return { errors: errors.length ? errors : ['it has no DTSTART'] };

  const ref = (t: IcsTime): ZoneRef | null => {
    if (t.kind !== 'zoned') return null;
    const found = resolveTzid(t.tzid!, timezones);
    if (!found) errors.push(`the time zone “${t.tzid}” is neither an IANA name (such as Europe/Berlin) nor defined by a VTIMEZONE in the file`);
    return found;
  };
  const startRef = ref(start);

  // The zone the window is kept in, and the clock its wall times are read on.
  let zone: string;
  if (start.kind === 'date' || start.kind === 'floating') zone = 'site';
  else if (own) zone = own.zone;
  else if (start.kind === 'utc') zone = 'UTC';
  else if (startRef && 'iana' in startRef) zone = startRef.iana;
  else {
    zone = 'UTC';
    notes.push(`its time zone “${start.tzid}” is not an IANA name, so its times were converted to UTC${event.rrules.length ? ' (a repeating event then keeps UTC times across daylight saving)' : ''}`);
  }

  const wallOf = (t: IcsTime, tRef: ZoneRef | null): number | null => {
    if (t.kind === 'floating' || t.kind === 'date' || zone === 'site') return parseLocal(t.local);
    if (t.kind === 'utc') return instantToWall(parseLocal(t.local), zone);
    if (!tRef) return null;
    if ('iana' in tRef && tRef.iana === zone) return parseLocal(t.local);
    return instantToWall(instantOf(tRef, t.local), zone);
  };

  const startWall = wallOf(start, startRef);
  let endWall: number | null = null;
  if (end && (end.kind === 'date') !== (start.kind === 'date')) errors.push('DTSTART and DTEND must both be dates or both be date-times');
  else if (end) endWall = wallOf(end, ref(end));
  else if (event.durationSeconds !== null) endWall = startWall === null ? null : startWall + event.durationSeconds * 1000;
  else if (start.kind === 'date' && startWall !== null) endWall = startWall + DAY_MS; // an all-day event without DTEND is that one day
  else errors.push('it has no end (DTEND or DURATION)');

  let recurrence: string | null = null;
  if (event.rrules.length > 1) errors.push('it has more than one RRULE; a window keeps one rule');
  else if (event.rrules[0]) {
    recurrence = untilToWall(event.rrules[0], zone);
    const parsed = parseRecurrence(recurrence);
    if (!parsed.ok) errors.push(`its RRULE cannot be read (${parsed.error})`);
  }

  if (errors.length || startWall === null || endWall === null) return { errors: errors.length ? errors : ['its times cannot be read'] };
  return {
    timing: { startLocal: formatLocal(startWall), endLocal: formatLocal(endWall), timeZone: own ? own.timeZone : zone, recurrence, notes },
  };
}
