import { MAX_OCCURRENCES_PER_DAY, MAX_RECURRENCE_COUNT } from '../../import/limits';
import { Frequency, RRule, type RRuleOptions } from './rrule-interop';

/**
 * Parses a window's recurrence text into rrule options. Accepts "FREQ=...;..." with or without an
 * "RRULE:" prefix. DTSTART and TZID are ignored on purpose: the window's startLocal is the start,
 * and the zone is applied afterwards (see window-occurrences.ts).
 */
export type ParsedRecurrence = { ok: true; options: Partial<RRuleOptions> } | { ok: false; error: string };

const cache = new Map<string, ParsedRecurrence>();

export function parseRecurrence(text: string): ParsedRecurrence {
  const cached = cache.get(text);
  if (cached) return cached;
  const result = parseUncached(text);
  if (cache.size > 2000) cache.clear();
  cache.set(text, result);
  return result;
}

function parseUncached(text: string): ParsedRecurrence {
  const ruleLine = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !/^(DTSTART|TZID)/i.test(line))
    .map((line) => line.replace(/^RRULE:/i, ''))
    .join(';');
  if (!ruleLine) return { ok: false, error: 'The rule is empty' };
  try {
    const options = RRule.parseString(ruleLine);
    if (options.freq === undefined || options.freq === null) return { ok: false, error: 'The rule needs a frequency (FREQ)' };
    if (options.interval !== undefined && (options.interval < 1 || !Number.isInteger(options.interval))) {
      return { ok: false, error: 'The interval must be a whole number of at least 1' };
    }
    const tooMuch = explosion(options);
    if (tooMuch) return { ok: false, error: tooMuch };
    if (neverOccurs(options)) {
      return { ok: false, error: 'The rule never gives a date (like 30 February): check its months, month days, weekdays and positions' };
    }
    delete options.dtstart;
    delete options.tzid;
    return { ok: true, options };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const sizeOf = (list: number | number[] | null | undefined) => (list === null || list === undefined ? 1 : Array.isArray(list) ? Math.max(1, list.length) : 1);

/**
 * A rule that would expand into more occurrences than any window needs (every second, every
 * minute, a COUNT in the millions) is refused here, before anything expands it.
 */
function explosion(options: Partial<RRuleOptions>): string | null {
  if (options.freq === Frequency.SECONDLY || options.freq === Frequency.MINUTELY) {
    return `A window repeats at most hourly (the limit is ${MAX_OCCURRENCES_PER_DAY} a day); FREQ=${options.freq === Frequency.SECONDLY ? 'SECONDLY' : 'MINUTELY'} is not allowed`;
  }
  if (options.count !== undefined && options.count !== null && options.count > MAX_RECURRENCE_COUNT) {
    return `COUNT=${options.count} is over the limit of ${MAX_RECURRENCE_COUNT.toLocaleString('en-US')} occurrences`;
  }
  if (options.bysecond !== undefined && options.bysecond !== null) return 'BYSECOND is not allowed: a window starts on a whole minute';
  const hours = options.freq === Frequency.HOURLY ? 24 : sizeOf(options.byhour);
  const perDay = hours * sizeOf(options.byminute);
  if (perDay > MAX_OCCURRENCES_PER_DAY) return `The rule repeats ${perDay} times a day; the limit is ${MAX_OCCURRENCES_PER_DAY} (hourly)`;
  return null;
}

/**
 * rrule looks for the next matching day until the year 9999 before it gives up, so a rule whose
 * parts never meet (30 February, the 31st of April) made every expansion walk thousands of years:
 * seconds for a daily rule. Every kind of year (the weekday of 1 January, leap or not) comes round
 * within any 28 years without a skipped century leap year, so a pattern that matches no day in the
 * last 28 years rrule knows matches none ever. The probe drops what only limits or spaces the
 * occurrences (COUNT, UNTIL, INTERVAL) and walks those 28 years at most: a few milliseconds.
 */
const PROBE_START = new Date(Date.UTC(9971, 0, 1));
function neverOccurs(options: Partial<RRuleOptions>): boolean {
  const probe = new RRule({ ...options, dtstart: PROBE_START, tzid: null, interval: 1, count: null, until: null }, true);
  return probe.after(PROBE_START, true) === null;
}

/** Error text for the editor, or null when the rule is usable. */
export function recurrenceError(text: string | null): string | null {
  if (text === null || text.trim() === '') return null;
  const parsed = parseRecurrence(text);
  return parsed.ok ? null : parsed.error;
}
