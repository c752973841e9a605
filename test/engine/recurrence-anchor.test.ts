import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecurrence } from '../../shared/engine/calendar';
import { AnchoredRule } from '../../shared/engine/calendar/recurrence-anchor';
import { RRule } from '../../shared/engine/calendar/rrule-interop';

const DAY = 86_400_000;
const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** RRULE text from parts; each part is left out when null. */
const ruleText = fc
  .record({
    freq: fc.constantFrom('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY'),
    interval: fc.option(fc.integer({ min: 1, max: 5 }), { freq: 2 }),
    byDay: fc.option(fc.uniqueArray(fc.constantFrom(...days), { minLength: 1, maxLength: 3 }), { freq: 2 }),
    nth: fc.option(fc.constantFrom(1, 2, -1, 4), { freq: 2 }),
    byMonthDay: fc.option(fc.uniqueArray(fc.constantFrom(1, 15, 29, 31, -1, -2), { minLength: 1, maxLength: 2 }), { freq: 2 }),
    byMonth: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }), { freq: 2 }),
    byHour: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 2 }), { freq: 2 }),
    bySetPos: fc.option(fc.constantFrom(1, -1), { freq: 2 }),
    wkst: fc.option(fc.constantFrom('MO', 'SU', 'WE'), { freq: 2 }),
    untilDays: fc.option(fc.integer({ min: 30, max: 3000 }), { freq: 2 }),
  })
  .map((p) => (startMs: number) => {
    const parts = [`FREQ=${p.freq}`];
    if (p.interval) parts.push(`INTERVAL=${p.interval}`);
    const monthlyOrYearly = p.freq === 'MONTHLY' || p.freq === 'YEARLY';
    if (p.byDay) parts.push(`BYDAY=${p.byDay.map((d) => (p.nth && monthlyOrYearly ? `${p.nth}${d}` : d)).join(',')}`);
    if (p.byMonthDay && !p.byDay) parts.push(`BYMONTHDAY=${p.byMonthDay.join(',')}`);
    if (p.byMonth) parts.push(`BYMONTH=${p.byMonth.join(',')}`);
    if (p.byHour && p.freq !== 'HOURLY') parts.push(`BYHOUR=${p.byHour.join(',')}`);
    if (p.bySetPos && p.byDay && p.byDay.length > 1) parts.push(`BYSETPOS=${p.bySetPos}`);
    if (p.wkst) parts.push(`WKST=${p.wkst}`);
    if (p.untilDays) parts.push(`UNTIL=${new Date(startMs + p.untilDays * DAY).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`);
    return parts.join(';');
  });

describe('a recurrence started later by whole periods', () => {
  it('yields exactly the occurrences of the rule from its own start, in any range', () => {
    fc.assert(
      fc.property(
        ruleText,
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        fc.integer({ min: -30, max: 3 * 365 }),
        fc.integer({ min: 1, max: 120 }),
        (build, startDay, startMinute, laterDays, spanDays) => {
          const first = Date.UTC(2020, 0, 1 + startDay, 0, startMinute);
          const fromDay = startDay + laterDays;
          const text = build(first);
          const parsed = parseRecurrence(text);
          if (!parsed.ok) return;
          const plain = new RRule({ ...parsed.options, dtstart: new Date(first), tzid: null }, true);
          const from = Date.UTC(2020, 0, 1 + fromDay, 7, 13);
          const to = from + spanDays * DAY;
          const expected = plain.between(new Date(from), new Date(to), true).map((d) => d.getTime());
          const anchored = new AnchoredRule(parsed.options, first).near(from);
          expect(anchored.between(new Date(from), new Date(to), true).map((d) => d.getTime()), text).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('starts a weekly rule declared years ago near the question, and leaves COUNT rules alone', () => {
    const first = Date.UTC(2020, 0, 5, 2); // a Sunday
    const weekly = parseRecurrence('FREQ=WEEKLY;BYDAY=SU');
    const counted = parseRecurrence('FREQ=WEEKLY;BYDAY=SU;COUNT=500');
    if (!weekly.ok || !counted.ok) throw new Error('rules should parse');
    const near = Date.UTC(2027, 2, 10);
    const anchored = new AnchoredRule(weekly.options, first).near(near);
    expect(anchored.options.dtstart.getTime()).toBeGreaterThan(near - 7 * DAY);
    expect(anchored.options.dtstart.getTime()).toBeLessThanOrEqual(near);
    expect(new AnchoredRule(counted.options, first).near(near).options.dtstart.getTime()).toBe(first);
  });
});
