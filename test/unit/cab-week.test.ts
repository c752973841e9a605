import { describe, expect, it } from 'vitest';
import type { Release } from '../../shared/model/plan';
import { addWeeks, dayKey, mondayOf, nextWeekWithReleases, parseDay, releasesInWeek, weekBounds } from '../../renderer/cab/cab-week';

const release = (id: number, start: Date | null, status: Release['status'] = 'approved') =>
  ({ id, title: `R${id}`, status, plannedStart: start ? start.toISOString() : null }) as unknown as Release;

describe('CAB pack weeks (local time, Monday to Monday)', () => {
  it('finds the Monday of any day, Sunday included', () => {
    expect(dayKey(mondayOf(new Date(2026, 10, 22, 10)))).toBe('2026-11-16');
    expect(dayKey(mondayOf(new Date(2026, 10, 23, 0)))).toBe('2026-11-23');
    expect(dayKey(addWeeks(parseDay('2026-12-28')!, 1))).toBe('2027-01-04');
    expect(parseDay('28/12/2026')).toBeNull();
  });

  it('takes releases starting in the week, leaves out cancelled ones and the next Monday, earliest first', () => {
    const { startMs, endMs } = weekBounds(parseDay('2026-11-23')!);
    const plan = [
      release(1, new Date(2026, 10, 29, 23, 59)),
      release(2, new Date(2026, 10, 23, 0, 0)),
      release(3, new Date(2026, 10, 25), 'cancelled'),
      release(4, new Date(2026, 10, 30, 0, 0)),
      release(5, null),
    ];
    expect(releasesInWeek(plan, startMs, endMs).map((r) => r.id)).toEqual([2, 1]);
    expect(dayKey(nextWeekWithReleases(plan, endMs)!)).toBe('2026-11-30');
    expect(nextWeekWithReleases(plan, new Date(2026, 11, 1).getTime())).toBeNull();
  });
});
