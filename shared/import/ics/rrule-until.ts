import { formatLocal, parseLocal } from '../../engine/calendar/wall-clock';
import { instantToWall, wallToInstant } from '../../engine/calendar/zone-offsets';

/**
 * The engine reads a window's RRULE on its wall clock, so an UNTIL there is a wall time (a trailing
 * Z changes nothing). RFC 5545 wants UNTIL in UTC whenever DTSTART has a TZID or is UTC. Export
 * turns UNTIL into that instant; import turns it back into the wall time of the window's zone.
 * Everything else in the rule is kept verbatim.
 */
const UNTIL = /UNTIL=(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?/i;

/** The rule body ("FREQ=…;…") of a window's recurrence text, without RRULE:, DTSTART or TZID lines. */
export function ruleBody(recurrence: string): string {
  return recurrence
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !/^(DTSTART|TZID)/i.test(line))
    .map((line) => line.replace(/^RRULE:/i, ''))
    .join(';');
}

const compact = (local: string) => local.replace(/[-:]/g, '') + '00';

/** UNTIL read as a wall time in `zone`, written as the UTC instant (…Z). */
export function untilToUtc(rule: string, zone: string): string {
  return rule.replace(UNTIL, (_all, y: string, mo: string, d: string, h = '00', mi = '00') => {
    const instant = wallToInstant(parseLocal(`${y}-${mo}-${d}T${h}:${mi}`), zone);
    return `UNTIL=${compact(formatLocal(instant))}Z`;
  });
}

/** A UTC UNTIL (…Z) turned into the wall time of `zone`; 'site' has no single zone, so the Z is dropped. */
export function untilToWall(rule: string, zone: string): string {
  return rule.replace(UNTIL, (all, y: string, mo: string, d: string, h?: string, mi?: string, _s?: string, z?: string) => {
    if (!h || !z) return all;
    const utc = parseLocal(`${y}-${mo}-${d}T${h}:${mi}`);
    const wall = zone === 'site' || zone === 'UTC' ? utc : instantToWall(utc, zone);
    return `UNTIL=${compact(formatLocal(wall))}`;
  });
}
