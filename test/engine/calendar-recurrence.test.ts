import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRecurrence, describeRecurrence, recurrenceError, recurrenceToForm, type RecurrenceForm } from '../../shared/engine/calendar';

describe('describeRecurrence', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=SU', '2024-01-07T02:00', '2024-01-07T06:00', undefined, 'Every Sunday 02:00–06:00 local'],
    ['FREQ=YEARLY', '2024-11-20T00:00', '2025-01-05T00:00', undefined, 'Every year Nov 20 – Jan 5'],
    ['FREQ=WEEKLY;BYDAY=MO,WE,FR', '2024-01-01T22:00', '2024-01-02T01:00', 'site', 'Every Monday, Wednesday and Friday 22:00–01:00 next day local'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', '2024-01-06T01:00', '2024-01-06T05:00', 'Europe/Berlin', 'Every 2 weeks on Saturday 01:00–05:00 Europe/Berlin'],
    ['FREQ=WEEKLY;BYDAY=FR', '2024-01-05T18:00', '2024-01-08T06:00', undefined, 'Every Friday 18:00 – Monday 06:00 local'],
    ['FREQ=DAILY', '2024-01-01T02:00', '2024-01-01T04:00', undefined, 'Every day 02:00–04:00 local'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15', '2024-01-01T01:00', '2024-01-01T03:00', undefined, 'Every month on day 1 and day 15 01:00–03:00 local'],
    ['FREQ=MONTHLY;BYDAY=1SU;COUNT=6', '2024-01-07T00:00', '2024-01-07T08:00', undefined, 'Every month on the first Sunday 00:00–08:00 local, 6 times'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', '2024-01-31T00:00', '2024-02-01T00:00', undefined, 'Every month on the last day 00:00–24:00 local'],
    ['FREQ=MONTHLY;BYMONTHDAY=-2', '2024-01-30T00:00', '2024-01-31T00:00', undefined, 'Every month on the second-to-last day 00:00–24:00 local'],
    ['RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;UNTIL=20301231T235959Z', '2024-11-28T00:00', '2024-11-28T23:00', undefined, 'Every year on the fourth Thursday of November 00:00–23:00 local, until Dec 31 2030'],
    [null, '2024-11-03T02:00', '2024-11-03T06:00', undefined, 'Once: Sun Nov 3 2024 02:00–06:00 local'],
  ])('%s %s–%s', (rule, start, end, zone, text) => {
    expect(describeRecurrence(rule, start, end, zone)).toBe(text);
  });

  it('falls back to rrule English for rules outside the simple form, and names invalid ones', () => {
    expect(describeRecurrence('FREQ=HOURLY;INTERVAL=6', '2024-01-01T00:00', '2024-01-01T00:30')).toMatch(/^Custom rule: every 6 hours/);
    expect(describeRecurrence('FREQ=SOMETIMES', '2024-01-01T00:00', '2024-01-01T00:30')).toMatch(/^Invalid rule/);
  });
});

describe('recurrence form', () => {
  it('builds RRULE text from the simple form, and reads it back', () => {
    expect(buildRecurrence({ freq: 'weekly', byDay: ['SU'] })).toBe('FREQ=WEEKLY;BYDAY=SU');
    expect(buildRecurrence({ freq: 'monthly', interval: 2, byDay: ['1su', '-1FR'], until: '2025-03-01' })).toBe('FREQ=MONTHLY;INTERVAL=2;BYDAY=1SU,-1FR;UNTIL=20250301T235959Z');
    expect(recurrenceToForm('RRULE:FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20')).toEqual({ freq: 'yearly', byMonth: [11], byMonthDay: [20] });
    expect(recurrenceToForm('FREQ=HOURLY')).toBeNull();
    expect(recurrenceToForm('FREQ=WEEKLY;BYHOUR=3')).toBeNull();
  });

  it('rejects what the form cannot mean', () => {
    expect(() => buildRecurrence({ freq: 'weekly', interval: 0 })).toThrow(/interval/);
    expect(() => buildRecurrence({ freq: 'weekly', byDay: ['1SU'] })).toThrow(/monthly or yearly/);
    expect(() => buildRecurrence({ freq: 'daily', byMonthDay: [3] })).toThrow(/monthly or yearly/);
    expect(() => buildRecurrence({ freq: 'monthly', byMonthDay: [0] })).toThrow(/1 to 31/);
    expect(() => buildRecurrence({ freq: 'yearly', count: 2, until: '2030-01-01' })).toThrow(/either/);
    expect(() => buildRecurrence({ freq: 'weekly', byDay: ['XX'] })).toThrow(/weekday/);
    expect(recurrenceError('FREQ=WEEKLY;BYDAY=SU')).toBeNull();
    expect(recurrenceError('BYDAY=SU')).not.toBeNull();
  });

  it('round-trips every form it builds', () => {
    const form = fc.oneof(
      fc.record({ freq: fc.constant('daily' as const), interval: fc.integer({ min: 2, max: 5 }) }),
      fc.record({
        freq: fc.constant('weekly' as const),
        byDay: fc.uniqueArray(fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'), { minLength: 1, maxLength: 7 }),
      }),
      fc.record({ freq: fc.constant('monthly' as const), byMonthDay: fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 3 }), count: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ freq: fc.constant('yearly' as const), byMonth: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 2 }), byDay: fc.constant(['1SU']).map((days) => [...days]) }),
    );
    fc.assert(
      fc.property(form, (f: RecurrenceForm) => {
        const text = buildRecurrence(f);
        expect(recurrenceError(text)).toBeNull();
        expect(buildRecurrence(recurrenceToForm(text)!)).toBe(text);
      }),
    );
  });
});
