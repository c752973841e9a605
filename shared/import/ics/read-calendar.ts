import ICAL from 'ical.js';
import type { RowError } from '../../api/import-report';
import { MAX_IMPORT_ROWS, tooManyRowsMessage } from '../limits';

/**
 * Reads an .ics file with ical.js into plain event records, before any workspace rule applies.
 * ical.js gives no line numbers, so each VEVENT is matched to its BEGIN:VEVENT line: events come
 * out in file order, and those lines cannot be folded.
 */

/** A DTSTART/DTEND value: a date (all day), a UTC time, a time with a TZID, or a floating time. */
export interface IcsTime {
  kind: 'date' | 'utc' | 'zoned' | 'floating';
  /** 'YYYY-MM-DDTHH:mm', the value's own clock (00:00 for dates). */
  local: string;
  tzid: string | null;
}

export interface IcsEvent {
  line: number;
  uid: string | null;
  summary: string;
  description: string;
  start: IcsTime | null;
  end: IcsTime | null;
  durationSeconds: number | null;
  rrules: string[];
  hasExdate: boolean;
  hasRdate: boolean;
  /** Replaces one occurrence of another event. */
  recurrenceId: boolean;
  cancelled: boolean;
  /** X-RELEASE-COCKPIT-* properties (lower-case names without the prefix), from our own exports. */
  cockpit: Record<string, string>;
  /** Values that could not be read at all. */
  problems: string[];
}

export interface IcsCalendar {
  events: IcsEvent[];
  /** VTIMEZONE components by TZID, for zones that are not IANA names. */
  timezones: Map<string, ICAL.Component>;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function readTime(property: ICAL.Property | null, what: string, problems: string[]): IcsTime | null {
  if (!property) return null;
  const value = property.getFirstValue();
  if (!(value instanceof ICAL.Time)) {
    problems.push(`${what} is not a date or date-time`);
    return null;
  }
  const { year, month, day, hour, minute } = value;
  const valid = [year, month, day, hour, minute].every(Number.isInteger) && year >= 1900 && year <= 2200
    && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month >= 1 && month <= 12 && hour <= 23 && minute <= 59;
  if (!valid) {
    problems.push(`${what} is not a valid date-time`);
    return null;
  }
  const tzid = property.getParameter('tzid');
  const local = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${value.isDate ? '00:00' : `${pad(hour)}:${pad(minute)}`}`;
  if (value.isDate) return { kind: 'date', local, tzid: null };
  if (value.zone === ICAL.Timezone.utcTimezone || String(value).endsWith('Z')) return { kind: 'utc', local, tzid: null };
  return typeof tzid === 'string' && tzid ? { kind: 'zoned', local, tzid } : { kind: 'floating', local, tzid: null };
}

const text = (component: ICAL.Component, name: string) => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
};

function readEvent(vevent: ICAL.Component, line: number): IcsEvent {
  const problems: string[] = [];
  const duration = vevent.getFirstPropertyValue('duration');
  const cockpit: Record<string, string> = {};
  for (const property of vevent.getAllProperties()) {
    const name = property.name.toLowerCase();
    if (name.startsWith('x-release-cockpit-')) cockpit[name.slice('x-release-cockpit-'.length)] = String(property.getFirstValue() ?? '').trim();
  }
  return {
    line,
    uid: text(vevent, 'uid') || null,
    summary: text(vevent, 'summary'),
    description: text(vevent, 'description'),
    start: readTime(vevent.getFirstProperty('dtstart'), 'DTSTART', problems),
    end: readTime(vevent.getFirstProperty('dtend'), 'DTEND', problems),
    durationSeconds: duration instanceof ICAL.Duration ? duration.toSeconds() : null,
    rrules: vevent.getAllProperties('rrule').map((p) => String(p.getFirstValue())),
    hasExdate: vevent.getAllProperties('exdate').length > 0,
    hasRdate: vevent.getAllProperties('rdate').length > 0,
    recurrenceId: vevent.getFirstProperty('recurrence-id') !== null,
    cancelled: text(vevent, 'status').toUpperCase() === 'CANCELLED',
    cockpit,
    problems,
  };
}

/**
 * ical.js stops at the first bad value (an unknown FREQ, say). To list every bad event, each VEVENT
 * block is then parsed on its own: the ones that fail are reported and blanked out (ical.js skips
 * blank lines, so line numbers stay put), and the rest of the file is read as usual.
 */
function blankUnreadableEvents(lines: string[]): RowError[] {
  const errors: RowError[] = [];
  let begin = -1;
  lines.forEach((raw, i) => {
    const line = raw.trim().toUpperCase();
    if (line === 'BEGIN:VEVENT') begin = i;
    if (line !== 'END:VEVENT' || begin < 0) return;
    try {
      ICAL.parse(['BEGIN:VCALENDAR', ...lines.slice(begin, i + 1), 'END:VCALENDAR'].join('\r\n'));
    } catch (error) {
      const summary = lines.slice(begin, i).find((l) => /^SUMMARY[;:]/i.test(l))?.replace(/^[^:]*:/, '').trim();
      errors.push({ line: begin + 1, message: `${summary ? `“${summary}”` : 'This event'} cannot be read: ${error instanceof Error ? error.message : String(error)}` });
      lines.fill('', begin, i + 1);
    }
    begin = -1;
  });
  return errors;
}

function parse(lines: string[]): { parsed: unknown; errors: RowError[] } {
  try {
    return { parsed: ICAL.parse(lines.join('\r\n')), errors: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const errors = blankUnreadableEvents(lines);
    if (errors.length === 0) return { parsed: null, errors: [{ message: `The iCalendar text cannot be read: ${message}` }] };
    try {
      return { parsed: ICAL.parse(lines.join('\r\n')), errors };
    } catch (again) {
      return { parsed: null, errors: [...errors, { message: `The iCalendar text cannot be read: ${again instanceof Error ? again.message : String(again)}` }] };
    }
  }
}

export interface ReadResult {
  /** Null when the file is not a calendar at all. */
  calendar: IcsCalendar | null;
  /** Events (or the file) that could not be parsed; the calendar holds the others. */
  errors: RowError[];
}

/** BEGIN:VEVENT lines, counted on the text itself so a huge calendar is refused before it is split. */
function eventCount(source: string): number {
  let n = 0;
  for (const _ of source.matchAll(/^[ \t]*BEGIN:VEVENT[ \t]*\r?$/gim)) n += 1;
  return n;
}

export function readCalendar(source: string): ReadResult {
  if (eventCount(source) > MAX_IMPORT_ROWS) return { calendar: null, errors: [{ line: 1, message: tooManyRowsMessage('events') }] };
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const first = lines.findIndex((l) => l.trim() !== '');
  const notIcs = (message: string): ReadResult => ({ calendar: null, errors: [{ line: Math.max(1, first + 1), message }] });
  if (first < 0) return notIcs('The file is empty; an iCalendar file starts with BEGIN:VCALENDAR.');
  if (!/^BEGIN:VCALENDAR$/i.test(lines[first]!.trim())) return notIcs('This is not an iCalendar (.ics) file: it must start with BEGIN:VCALENDAR.');
  // Counted on the raw lines, before ical.js builds a component for each event.
  const isBeginEvent = (l: string) => /^BEGIN:VEVENT$/i.test(l.trim());
  const { parsed, errors } = parse(lines);
  if (parsed === null) return { calendar: null, errors };
  const roots = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[])).map((jcal) => new ICAL.Component(jcal as unknown[]));
  const timezones = new Map<string, ICAL.Component>();
  const vevents: ICAL.Component[] = [];
  for (const root of roots.filter((r) => r.name === 'vcalendar')) {
    for (const tz of root.getAllSubcomponents('vtimezone')) {
      const tzid = tz.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') timezones.set(tzid, tz);
    }
    vevents.push(...root.getAllSubcomponents('vevent'));
  }
  if (vevents.length === 0 && errors.length === 0) return notIcs('The calendar holds no events (VEVENT); there is nothing to import.');
  // parse() blanks out events it cannot read, so the lines of the others are found after it.
  const eventLines = lines.flatMap((l, i) => (isBeginEvent(l) ? [i + 1] : []));
  return { calendar: { events: vevents.map((v, i) => readEvent(v, eventLines[i] ?? 0)), timezones }, errors };
}
