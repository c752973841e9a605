import { Frequency, RRule, type RRuleOptions } from './rrule-interop';
import { DAY_MS, HOUR_MS } from './wall-clock';

/**
 * rrule walks from DTSTART on every query, so a weekly window declared three years ago costs three
 * years of iteration for each question about next month. A rule without COUNT yields the same
 * occurrences from a copy whose DTSTART is moved on by whole periods (years, months, WKST-weeks,
 * days or hours, times the interval), provided every default rrule derives from DTSTART (the
 * weekday, month day, month, hour, minute and second) is written out. COUNT counts from the
 * original start, so such rules are left as they are, as are MINUTELY and SECONDLY ones.
 */
export class AnchoredRule {
  private readonly original: RRule;
  private readonly interval: number;
  private readonly wkst: number;
  private readonly first: Date;
  private last: { startMs: number; rule: RRule } | null = null;

  constructor(private readonly options: Partial<RRuleOptions>, private readonly firstFloatingMs: number) {
    // noCache: rrule would otherwise memoise every between() call for the life of the rule.
    this.original = new RRule({ ...options, dtstart: new Date(firstFloatingMs), tzid: null }, true);
    this.interval = options.interval && options.interval > 0 ? options.interval : 1;
    this.wkst = weekStartOf(options.wkst);
    this.first = new Date(firstFloatingMs);
  }

  /** A rule with the same occurrences from `nearFloatingMs` on, started as late as allowed. */
  near(nearFloatingMs: number): RRule {
    if (has(this.options.count) || has(this.options.byeaster)) return this.original;
    const startMs = periodStartAtOrBefore(this.options.freq, this.interval, this.wkst, this.first, nearFloatingMs);
    if (startMs === null || startMs <= this.firstFloatingMs) return this.original;
    if (this.last?.startMs !== startMs) {
      this.last = { startMs, rule: new RRule({ ...this.options, ...defaultsFrom(this.options, this.first), dtstart: new Date(startMs), tzid: null }, true) };
    }
    return this.last.rule;
  }
}

const has = (value: unknown) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);

/** rrule numbers weekdays Monday = 0; WKST defaults to Monday. */
function weekStartOf(wkst: RRuleOptions['wkst'] | undefined): number {
  if (wkst === undefined || wkst === null) return 0;
  return typeof wkst === 'number' ? wkst : wkst.weekday;
}

/** The latest period start of the rule, a whole number of intervals after the first one, that is at or before `nearMs`. */
function periodStartAtOrBefore(freq: RRuleOptions['freq'] | undefined, interval: number, wkst: number, first: Date, nearMs: number): number | null {
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth();
  const near = new Date(nearMs);
  switch (freq) {
    case Frequency.YEARLY: {
      const k = Math.floor((near.getUTCFullYear() - year) / interval);
      return Date.UTC(year + k * interval, 0, 1);
    }
    case Frequency.MONTHLY: {
      const k = Math.floor((near.getUTCFullYear() * 12 + near.getUTCMonth() - (year * 12 + month)) / interval);
      return Date.UTC(year, month + k * interval, 1);
    }
    case Frequency.WEEKLY: {
      const weekday = (first.getUTCDay() + 6) % 7;
      const weekStart = Date.UTC(year, month, first.getUTCDate() - ((weekday - wkst + 7) % 7));
      return weekStart + Math.floor((nearMs - weekStart) / (7 * DAY_MS * interval)) * 7 * DAY_MS * interval;
    }
    case Frequency.DAILY: {
      const day = Date.UTC(year, month, first.getUTCDate());
      return day + Math.floor((nearMs - day) / (DAY_MS * interval)) * DAY_MS * interval;
    }
    case Frequency.HOURLY: {
      const hour = Math.floor(first.getTime() / HOUR_MS) * HOUR_MS;
      return hour + Math.floor((nearMs - hour) / (HOUR_MS * interval)) * HOUR_MS * interval;
    }
    default:
      return null;
  }
}

/** What rrule would have filled in from the original DTSTART (see its parseOptions), spelled out. */
function defaultsFrom(options: Partial<RRuleOptions>, first: Date): Partial<RRuleOptions> {
  const out: Partial<RRuleOptions> = {};
  const freq = options.freq!;
  const namesDays = has(options.byweekno) || has(options.byyearday) || has(options.bymonthday) || has(options.byweekday);
  if (!namesDays) {
    if (freq === Frequency.YEARLY) {
      if (!has(options.bymonth)) out.bymonth = first.getUTCMonth() + 1;
      out.bymonthday = first.getUTCDate();
    } else if (freq === Frequency.MONTHLY) {
      out.bymonthday = first.getUTCDate();
    } else if (freq === Frequency.WEEKLY) {
      out.byweekday = [(first.getUTCDay() + 6) % 7];
    }
  }
  if (!has(options.byhour) && freq < Frequency.HOURLY) out.byhour = first.getUTCHours();
  if (!has(options.byminute) && freq < Frequency.MINUTELY) out.byminute = first.getUTCMinutes();
  if (!has(options.bysecond) && freq < Frequency.SECONDLY) out.bysecond = first.getUTCSeconds();
  return out;
}
