import { describe, expect, it } from 'vitest';
import { bucketPeriods, median, quantile } from '../../shared/engine/dora';

const HOUR_MS = 3_600_000;

describe('bucketPeriods', () => {
  it('labels ISO weeks across a year boundary by their week-numbering year (29 Dec 2025 is 2026-W01)', () => {
    const weeks = bucketPeriods('2025-12-22', '2026-01-12', 'week', 'Europe/Berlin');
    expect(weeks.map((w) => w.label)).toEqual(['2025-W52', '2026-W01', '2026-W02']);
    expect(weeks.map((w) => w.start)).toEqual(['2025-12-22T00:00:00+01:00', '2025-12-29T00:00:00+01:00', '2026-01-05T00:00:00+01:00']);
    expect(weeks.at(-1)!.end).toBe('2026-01-12T00:00:00+01:00');
    expect(weeks.every((w) => w.days === 7 && !w.partial)).toBe(true);
  });

  it('keeps a week across the spring DST change at 7 calendar days but 167 hours (Europe/Berlin, 29 Mar 2026)', () => {
    const [week] = bucketPeriods('2026-03-23', '2026-03-30', 'week', 'Europe/Berlin');
    expect(week).toMatchObject({ label: '2026-W13', start: '2026-03-23T00:00:00+01:00', end: '2026-03-30T00:00:00+02:00', days: 7, partial: false });
    expect((week!.endMs - week!.startMs) / HOUR_MS).toBe(167);
  });

  it('keeps the autumn DST week at 169 hours (Europe/Berlin, 25 Oct 2026)', () => {
    const [week] = bucketPeriods('2026-10-19', '2026-10-26', 'week', 'Europe/Berlin');
    expect(week!.days).toBe(7);
    expect((week!.endMs - week!.startMs) / HOUR_MS).toBe(169);
  });

  it('clips calendar months to the range and marks the cut ones partial', () => {
    const months = bucketPeriods('2026-01-15', '2026-03-10', 'month', 'UTC');
    expect(months.map((m) => [m.label, m.days, m.partial])).toEqual([
      ['Jan 2026', 17, true],
      ['Feb 2026', 28, false],
      ['Mar 2026', 9, true],
    ]);
    expect(months[0]!.start).toBe('2026-01-15T00:00:00Z');
  });

  it('reads an instant with an offset as that instant, and weeks in the dashboard zone', () => {
    // Monday 00:00 UTC is Monday 01:00 in Berlin: the Berlin week began an hour earlier, so it is cut.
    const [first] = bucketPeriods('2026-02-02T00:00:00Z', '2026-02-09T00:00:00Z', 'week', 'Europe/Berlin');
    expect(first).toMatchObject({ label: '2026-W06', start: '2026-02-02T01:00:00+01:00', partial: true });
  });

  it('gives no periods for an empty or reversed range', () => {
    expect(bucketPeriods('2026-02-01', '2026-02-01', 'week', 'UTC')).toEqual([]);
    expect(bucketPeriods('2026-03-01', '2026-02-01', 'month', 'UTC')).toEqual([]);
  });

  it('refuses an unreadable bound or zone instead of guessing', () => {
    expect(() => bucketPeriods('last week', '2026-02-01', 'week', 'UTC')).toThrow(RangeError);
    expect(() => bucketPeriods('2026-01-01', '2026-02-01', 'week', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('median and quantile', () => {
  it('takes the middle value of an odd count', () => {
    expect(median([3, 1, 2])).toBe(2);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 9, 5])).toBe(5);
  });

  it('interpolates p90 between closest ranks', () => {
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
    expect(quantile([7], 0.9)).toBe(7);
  });

  it('is null, not NaN, without values', () => {
    expect(median([])).toBeNull();
    expect(quantile([], 0.9)).toBeNull();
  });
});
