import { RRule } from './rrule-interop';
import { parseRecurrence } from './recurrence-rule';
import { ruleParts, type RuleParts } from './recurrence-form';
import { DAY_MS, formatClock, parseLocal } from './wall-clock';

/**
 * Plain-English text for a window's timing, for people who do not read RRULE:
 *   'FREQ=WEEKLY;BYDAY=SU', 02:00-06:00      -> "Every Sunday 02:00–06:00 local"
 *   'FREQ=YEARLY', Nov 20 00:00 - Jan 5 00:00 -> "Every year Nov 20 – Jan 5"
 *   null (one-off)                           -> "Once: Sun Nov 3 2024 02:00–06:00 local"
 * `zone` names the clock; omitted or 'site' reads "local" (each site's own time).
 * Rules outside the simple form fall back to rrule's own English.
 */
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last', '-2': 'second-to-last' };

export function describeRecurrence(rrule: string | null, startLocal: string, endLocal: string, zone?: string): string {
  const start = parseLocal(startLocal);
  const end = Math.max(start, parseLocal(endLocal));
  const clock = !zone || zone === 'site' ? 'local' : zone;
  if (rrule === null || rrule.trim() === '') return `Once: ${dayName(start).slice(0, 3)} ${monthDay(start)} ${year(start)} ${span(start, end, 'date')} ${clock}`;
  const parsed = parseRecurrence(rrule);
  if (!parsed.ok) return `Invalid rule (${parsed.error})`;
  const parts = ruleParts(parsed.options);
  if (!parts) return `Custom rule: ${new RRule({ ...parsed.options, dtstart: new Date(start) }).toText()}, ${formatClock(start)} for ${duration(end - start)} ${clock}`;
  return `${cadence(parts, start, end, clock)}${limit(parts)}`;
}

function cadence(parts: RuleParts, start: number, end: number, clock: string): string {
  const every = (unit: string, plural: string) => (parts.interval === 1 ? `Every ${unit}` : `Every ${parts.interval} ${plural}`);
  const multiDay = end - start >= DAY_MS;
  switch (parts.freq) {
    case 'daily':
      return `${every('day', 'days')} ${span(start, end, 'weekday')} ${clock}`;
    case 'weekly': {
      const days = parts.byDay.length ? parts.byDay.map((d) => DAY_NAMES[d.weekday]!) : [dayName(start)];
      const head = parts.interval === 1 ? `Every ${list(days)}` : `Every ${parts.interval} weeks on ${list(days)}`;
      // A multi-day window reads "Friday 18:00 – Monday 06:00" when it starts on one known day.
      if (multiDay && days.length === 1) return `${head} ${formatClock(start)} – ${dayName(end)} ${formatClock(end)} ${clock}`;
      return `${head} ${span(start, end, 'weekday')} ${clock}`;
    }
    case 'monthly': {
      const on = parts.byDay.length
        ? `the ${list(parts.byDay.map((d) => `${ORDINALS[String(d.n)] ?? (d.n ? `#${d.n}` : 'every')} ${DAY_NAMES[d.weekday]}`))}`
        : list((parts.byMonthDay.length ? parts.byMonthDay : [new Date(start).getUTCDate()]).map(monthDayText));
      return `${every('month', 'months')} on ${on} ${span(start, end, 'weekday')} ${clock}`;
    }
    case 'yearly': {
      if (parts.byDay.length && parts.byMonth.length) {
        const days = list(parts.byDay.map((d) => `${ORDINALS[String(d.n)] ?? 'every'} ${DAY_NAMES[d.weekday]}`));
        return `${every('year', 'years')} on the ${days} of ${list(parts.byMonth.map((m) => MONTH_NAMES[m - 1]!))} ${span(start, end, 'weekday')} ${clock}`;
      }
      const month = parts.byMonth.length === 1 ? parts.byMonth[0]! - 1 : new Date(start).getUTCMonth();
      const day = parts.byMonthDay.length === 1 ? parts.byMonthDay[0]! : new Date(start).getUTCDate();
      const shiftedStart = Date.UTC(new Date(start).getUTCFullYear(), month, day, new Date(start).getUTCHours(), new Date(start).getUTCMinutes());
      const shiftedEnd = shiftedStart + (end - start);
      const midnight = formatClock(start) === '00:00' && formatClock(end) === '00:00';
      if (multiDay && midnight) return `${every('year', 'years')} ${monthDay(shiftedStart)} – ${monthDay(shiftedEnd)}`;
      return `${every('year', 'years')} ${monthDay(shiftedStart)} ${span(shiftedStart, shiftedEnd, 'date')} ${clock}`;
    }
  }
}

/** "02:00–06:00", "22:00–02:00 next day", or "18:00 – Monday 06:00" / "00:00 – Jan 5 00:00" for longer spans. */
function span(start: number, end: number, far: 'weekday' | 'date'): string {
  const startDay = Math.floor(start / DAY_MS);
  const endDay = Math.floor(end / DAY_MS);
  if (endDay === startDay || (endDay === startDay + 1 && end % DAY_MS === 0)) {
    return `${formatClock(start)}–${end % DAY_MS === 0 && end > start ? '24:00' : formatClock(end)}`;
  }
  if (endDay === startDay + 1 && end - start < DAY_MS) return `${formatClock(start)}–${formatClock(end)} next day`;
  const endLabel = far === 'weekday' ? dayName(end) : monthDay(end) + (year(end) !== year(start) ? ` ${year(end)}` : '');
  return `${formatClock(start)} – ${endLabel} ${formatClock(end)}`;
}

function limit(parts: RuleParts): string {
  if (parts.count !== null) return `, ${parts.count} time${parts.count === 1 ? '' : 's'}`;
  if (parts.until) return `, until ${monthDay(parts.until.getTime())} ${year(parts.until.getTime())}`;
  return '';
}

function dayName(floating: number): string {
  return DAY_NAMES[(new Date(floating).getUTCDay() + 6) % 7]!;
}

function monthDay(floating: number): string {
  const d = new Date(floating);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

function year(floating: number): number {
  return new Date(floating).getUTCFullYear();
}

function monthDayText(day: number): string {
  if (day === -1) return 'the last day';
  if (day === -2) return 'the second-to-last day';
  if (day === -3) return 'the third-to-last day';
  return day < 0 ? `${-day - 1} days before the last day` : `day ${day}`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes % (24 * 60) === 0) return `${minutes / (24 * 60)} day(s)`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}
