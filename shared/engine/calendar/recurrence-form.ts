import { Frequency, type RRuleOptions } from './rrule-interop';
import { parseRecurrence } from './recurrence-rule';

/**
 * The simple structured form the window editor shows instead of raw RRULE text, and the two
 * conversions: form -> RRULE text (buildRecurrence) and RRULE text -> form (recurrenceToForm,
 * null when the rule uses parts the form cannot show, so the editor falls back to the raw text).
 */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];
export const RECURRENCE_FREQS = ['daily', 'weekly', 'monthly', 'yearly'] as const;
export type RecurrenceFreq = (typeof RECURRENCE_FREQS)[number];

export interface RecurrenceForm {
  freq: RecurrenceFreq;
  /** Every N days/weeks/months/years; 1 when absent. */
  interval?: number;
  /** 'SU', or with an ordinal for monthly/yearly rules: '1SU' (first Sunday), '-1FR' (last Friday). */
  byDay?: string[];
  /** Days of the month, 1..31 or -31..-1 (from the end). */
  byMonthDay?: number[];
  /** Months, 1..12. */
  byMonth?: number[];
  /** Stop after this many occurrences. */
  count?: number;
  /** Last local date (inclusive), 'YYYY-MM-DD'. */
  until?: string;
}

const FREQ_TEXT: Record<RecurrenceFreq, string> = { daily: 'DAILY', weekly: 'WEEKLY', monthly: 'MONTHLY', yearly: 'YEARLY' };
const BY_DAY = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

/** Form -> RRULE text, e.g. { freq: 'weekly', byDay: ['SU'] } -> 'FREQ=WEEKLY;BYDAY=SU'. Throws RangeError on bad input. */
export function buildRecurrence(form: RecurrenceForm): string {
  const parts = [`FREQ=${FREQ_TEXT[form.freq] ?? fail(`Unknown frequency ${String(form.freq)}`)}`];
  const interval = form.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 999) fail('The interval must be a whole number from 1 to 999');
  if (interval !== 1) parts.push(`INTERVAL=${interval}`);
  if (form.byMonth?.length) {
    if (form.byMonth.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) fail('Months run from 1 to 12');
    parts.push(`BYMONTH=${unique(form.byMonth).join(',')}`);
  }
  if (form.byMonthDay?.length) {
    if (form.freq === 'weekly' || form.freq === 'daily') fail('Days of the month need a monthly or yearly rule');
    if (form.byMonthDay.some((d) => !Number.isInteger(d) || d === 0 || d < -31 || d > 31)) fail('Days of the month run from 1 to 31 (or -1 for the last)');
    parts.push(`BYMONTHDAY=${unique(form.byMonthDay).join(',')}`);
  }
  if (form.byDay?.length) {
    const days = form.byDay.map((d) => d.trim().toUpperCase());
    for (const day of days) {
      const match = BY_DAY.exec(day) ?? fail(`Not a weekday: ${day} (use MO..SU, or 1SU / -1FR)`);
      if (match[1] && (form.freq === 'weekly' || form.freq === 'daily')) fail('An ordinal weekday (1SU) needs a monthly or yearly rule');
    }
    parts.push(`BYDAY=${unique(days).join(',')}`);
  }
  if (form.count !== undefined && form.until !== undefined) fail('Use either a count or an end date, not both');
  if (form.count !== undefined) {
    if (!Number.isInteger(form.count) || form.count < 1) fail('The count must be a whole number of at least 1');
    parts.push(`COUNT=${form.count}`);
  }
  if (form.until !== undefined) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(form.until) ?? fail('The end date must be YYYY-MM-DD');
    // End of that local day; windows expand in floating time, so the Z is read as wall time.
    parts.push(`UNTIL=${match[1]}${match[2]}${match[3]}T235959Z`);
  }
  return parts.join(';');
}

/** RRULE text -> form, or null when the rule is invalid or needs more than the form offers. */
export function recurrenceToForm(text: string): RecurrenceForm | null {
  const parsed = parseRecurrence(text);
  if (!parsed.ok) return null;
  const parts = ruleParts(parsed.options);
  if (!parts) return null;
  const form: RecurrenceForm = { freq: parts.freq };
  if (parts.interval !== 1) form.interval = parts.interval;
  if (parts.byDay.length) form.byDay = parts.byDay.map((d) => `${d.n ?? ''}${WEEKDAY_CODES[d.weekday]}`);
  if (parts.byMonthDay.length) form.byMonthDay = parts.byMonthDay;
  if (parts.byMonth.length) form.byMonth = parts.byMonth;
  if (parts.count !== null) form.count = parts.count;
  if (parts.until) form.until = parts.until.toISOString().slice(0, 10);
  return form;
}

export interface RuleParts {
  freq: RecurrenceFreq;
  interval: number;
  /** weekday: 0 = Monday .. 6 = Sunday (rrule's numbering); n: ordinal or undefined. */
  byDay: Array<{ weekday: number; n: number | undefined }>;
  byMonthDay: number[];
  byMonth: number[];
  count: number | null;
  until: Date | null;
}

/** rrule options reduced to what the form and the describer understand; null if anything else is set. */
export function ruleParts(options: Partial<RRuleOptions>): RuleParts | null {
  const freqs: Partial<Record<number, RecurrenceFreq>> = {
    [Frequency.DAILY]: 'daily',
    [Frequency.WEEKLY]: 'weekly',
    [Frequency.MONTHLY]: 'monthly',
    [Frequency.YEARLY]: 'yearly',
  };
  const freq = options.freq === undefined ? undefined : freqs[options.freq];
  if (!freq) return null;
  const unsupported = ['bysetpos', 'byyearday', 'byweekno', 'byhour', 'byminute', 'bysecond', 'byeaster', 'bynmonthday', 'bynweekday'] as const;
  if (unsupported.some((key) => asArray(options[key] as unknown).length > 0)) return null;
  const byDay = asArray(options.byweekday).map((d) =>
    typeof d === 'number' ? { weekday: d, n: undefined } : typeof d === 'string' ? { weekday: WEEKDAY_CODES.indexOf(d), n: undefined } : { weekday: d.weekday, n: d.n || undefined },
  );
  return {
    freq,
    interval: options.interval ?? 1,
    byDay,
    byMonthDay: asArray(options.bymonthday),
    byMonth: asArray(options.bymonth),
    count: options.count ?? null,
    until: options.until ?? null,
  };
}

function asArray<T>(value: T | T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function fail(message: string): never {
  throw new RangeError(message);
}
