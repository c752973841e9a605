import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  affectedSites,
  buildRecurrence,
  exceptionProblems,
  ExceptionBook,
  expandCalendar,
  expandWindow,
  formatLocal,
  instantToWall,
  isApprovedException,
  nextOccurrences,
  parseLocal,
  wallToInstant,
  WindowScopeIndex,
  windowAppliesTo,
} from '../../shared/engine/calendar';
import { buildCatalogLookup } from '../../shared/engine/graph';
import type { Service, Site } from '../../shared/model/catalog';
import type { PlanWindow } from '../../shared/model/plan';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'America/Chicago'] as const;
const HOUR = 3_600_000;

function window(extra: Partial<PlanWindow> = {}): PlanWindow {
  return {
    id: 1,
    name: 'Window',
    type: 'freeze',
    severity: 'hard',
    startLocal: '2024-01-07T02:00',
    endLocal: '2024-01-07T06:00',
    timeZone: 'America/New_York',
    recurrence: null,
    scope: { all: true, regions: [], siteIds: [], serviceIds: [], tiers: [], kinds: [] },
    reason: '',
    ...extra,
  };
}

const scope = (extra: Partial<PlanWindow['scope']>): PlanWindow['scope'] => ({ all: false, regions: [], siteIds: [], serviceIds: [], tiers: [], kinds: [], ...extra });

function localParts(ms: number, zone: string) {
  const d = DateTime.fromMillis(ms, { zone });
  return { date: d.toFormat('yyyy-MM-dd'), hour: d.hour, minute: d.minute, weekday: d.weekday };
}

describe('wall clock to instant', () => {
  it('agrees with luxon wherever the wall time exists once', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2027, 0, 1) }),
        (zone, anyMs) => {
          const wall = Math.floor(anyMs / 60_000) * 60_000;
          const d = new Date(wall);
          const fields = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
          const instant = wallToInstant(wall, zone);
          const earlier = DateTime.fromObject(fields, { zone }).toMillis();
          // Ambiguous (fall-back) times: ours is the earlier of the two readings.
          const ambiguous = [earlier - HOUR, earlier + HOUR].some((other) => instantToWall(other, zone) === wall);
          if (ambiguous) {
            expect(instantToWall(instant, zone)).toBe(wall);
            expect(instantToWall(instant - HOUR, zone)).not.toBe(wall);
          } else expect(instant).toBe(earlier);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('moves gap times forward and reads repeated times as the first one', () => {
    // 2024-03-10 02:30 does not exist in New York; 2024-11-03 01:30 happens twice.
    expect(new Date(wallToInstant(parseLocal('2024-03-10T02:30'), 'America/New_York')).toISOString()).toBe('2024-03-10T07:30:00.000Z');
    expect(new Date(wallToInstant(parseLocal('2024-11-03T01:30'), 'America/New_York')).toISOString()).toBe('2024-11-03T05:30:00.000Z');
    expect(new Date(wallToInstant(parseLocal('2024-10-06T02:30'), 'Australia/Sydney')).toISOString()).toBe('2024-10-05T16:30:00.000Z');
    expect(formatLocal(instantToWall(Date.UTC(2024, 6, 1, 12), 'Europe/Berlin'))).toBe('2024-07-01T14:00');
  });
});

describe('window expansion', () => {
  it('keeps "every Sunday 02:00–06:00" at 02:00 local across DST, shifting the spring-forward gap', () => {
    const calendar = expandCalendar({ windows: [window({ recurrence: 'FREQ=WEEKLY;BYDAY=SU' })] });
    const occurrences = calendar.occurrencesBetween(1, 'America/New_York', Date.UTC(2024, 2, 1), Date.UTC(2024, 2, 20));
    expect(occurrences.map((o) => [new Date(o.startMs).toISOString(), new Date(o.endMs).toISOString(), o.shifted])).toEqual([
      ['2024-03-03T07:00:00.000Z', '2024-03-03T11:00:00.000Z', false],
      ['2024-03-10T07:00:00.000Z', '2024-03-10T10:00:00.000Z', true], // 02:00 does not exist: 03:00–06:00 EDT
      ['2024-03-17T06:00:00.000Z', '2024-03-17T10:00:00.000Z', false],
    ]);
  });

  it('holds local wall-clock time for random weekly rules over two years in four zones', () => {
    const rule = fc.record({
      zone: fc.constantFrom(...ZONES),
      days: fc.uniqueArray(fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'), { minLength: 1, maxLength: 3 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.constantFrom(0, 15, 30, 45),
      minutes: fc.integer({ min: 30, max: 600 }),
      interval: fc.integer({ min: 1, max: 3 }),
    });
    const dayNumber: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };
    fc.assert(
      fc.property(rule, ({ zone, days, hour, minute, minutes, interval }) => {
        const start = Date.UTC(2024, 0, 1, hour, minute);
        const w = window({
          startLocal: formatLocal(start),
          endLocal: formatLocal(start + minutes * 60_000),
          timeZone: zone,
          recurrence: buildRecurrence({ freq: 'weekly', byDay: days, interval }),
        });
        const occurrences = expandCalendar({ windows: [w] }).occurrencesBetween(1, zone, Date.UTC(2024, 0, 2), Date.UTC(2026, 0, 1));
        expect(occurrences.length).toBeGreaterThan(20);
        for (const o of occurrences) {
          const local = localParts(o.startMs, zone);
          if (!o.shifted) {
            expect([local.hour, local.minute]).toEqual([hour, minute]);
            expect(days.map((d) => dayNumber[d])).toContain(local.weekday);
            expect(o.endMs - o.startMs).toBeGreaterThan(0);
          } else {
            // Only a wall time that does not exist may move, and only forward (by the gap, ≤ 1 h here).
            const asked = DateTime.fromObject({ year: Number(local.date.slice(0, 4)), month: Number(local.date.slice(5, 7)), day: Number(local.date.slice(8, 10)), hour, minute }, { zone });
            const movedStart = asked.hour !== hour || asked.minute !== minute;
            const end = localParts(o.endMs, zone);
            expect(movedStart || end.hour * 60 + end.minute !== (hour * 60 + minute + minutes) % 1440).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same occurrences whatever months were asked about before, in whatever order', () => {
    const span = fc.record({ startDay: fc.integer({ min: -400, max: 800 }), days: fc.integer({ min: 1, max: 120 }) });
    fc.assert(
      fc.property(
        fc.constantFrom('FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=SU', 'FREQ=MONTHLY;BYMONTHDAY=-1', 'FREQ=YEARLY', 'FREQ=HOURLY;INTERVAL=7'),
        fc.constantFrom('America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Pacific/Kiritimati', 'UTC'),
        fc.integer({ min: 1, max: 30 * 24 }),
        fc.array(span, { minLength: 1, maxLength: 5 }),
        span,
        (recurrence, zone, hours, earlier, asked) => {
          const start = Date.UTC(2025, 0, 1, 1, 30);
          const w = window({ startLocal: formatLocal(start), endLocal: formatLocal(start + hours * HOUR), timeZone: zone, recurrence });
          const at = (s: { startDay: number; days: number }) => [Date.UTC(2025, 0, 1 + s.startDay), Date.UTC(2025, 0, 1 + s.startDay + s.days)] as const;
          const [from, to] = at(asked);
          const fresh = expandCalendar({ windows: [w] }).occurrencesBetween(1, zone, from, to);
          const used = expandCalendar({ windows: [w] });
          for (const s of earlier) used.occurrencesBetween(1, zone, ...at(s));
          expect(used.occurrencesBetween(1, zone, from, to)).toEqual(fresh);
          // And each is what one query over the whole stretch says about [from, to).
          const wide = expandCalendar({ windows: [w] }).occurrencesBetween(1, zone, from - 400 * 24 * HOUR, to + 400 * 24 * HOUR);
          expect(fresh).toEqual(wide.filter((o) => o.endMs > from && o.startMs < to));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("expands a 'site' window in each site's own zone", () => {
    const calendar = expandCalendar({ windows: [window({ timeZone: 'site', recurrence: 'FREQ=DAILY' })] });
    const from = Date.UTC(2024, 5, 1);
    const [berlin] = calendar.occurrencesBetween(1, 'Europe/Berlin', from, from + 24 * HOUR);
    const [sydney] = calendar.occurrencesBetween(1, 'Australia/Sydney', from, from + 24 * HOUR);
    expect(localParts(berlin!.startMs, 'Europe/Berlin').hour).toBe(2);
    expect(localParts(sydney!.startMs, 'Australia/Sydney').hour).toBe(2);
    expect(berlin!.startMs).not.toBe(sydney!.startMs);
    expect(calendar.zoneFor(window({ timeZone: 'site' }), null)).toBe('UTC');
  });

  it('expands one window for several site zones', () => {
    const w = window({ timeZone: 'site', recurrence: 'FREQ=WEEKLY;BYDAY=SU' });
    const occurrences = expandWindow(w, Date.UTC(2024, 5, 1), Date.UTC(2024, 5, 8), ['Europe/Berlin', 'America/Chicago', 'Europe/Berlin']);
    expect(occurrences.map((o) => [o.zone, new Date(o.startMs).toISOString()])).toEqual([
      ['Europe/Berlin', '2024-06-02T00:00:00.000Z'],
      ['America/Chicago', '2024-06-02T07:00:00.000Z'],
    ]);
  });

  it('expands any year on demand, and treats an unparseable rule as one-off', () => {
    const calendar = expandCalendar({
      windows: [window({ recurrence: 'FREQ=YEARLY', startLocal: '2024-11-20T00:00', endLocal: '2025-01-05T00:00', timeZone: 'Europe/Berlin' }), window({ id: 2, recurrence: 'NOT A RULE' })],
    });
    const in2031 = calendar.occurrencesBetween(1, 'Europe/Berlin', Date.UTC(2031, 11, 1), Date.UTC(2031, 11, 2));
    expect(in2031).toHaveLength(1);
    expect(localParts(in2031[0]!.startMs, 'Europe/Berlin').date).toBe('2031-11-20');
    expect(calendar.recurrenceError(2)).toMatch(/BLAH|Unknown|NOT/i);
    expect(calendar.occurrencesBetween(2, 'America/New_York', Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1))).toHaveLength(1);
  });

  it('answers containment and nearest queries', () => {
    const calendar = expandCalendar({ windows: [window({ type: 'maintenance', recurrence: 'FREQ=WEEKLY;BYDAY=SU', timeZone: 'UTC' })] });
    const sunday = Date.UTC(2024, 5, 2, 3);
    expect(calendar.holds(1, 'UTC', sunday, sunday + HOUR)).toBe(true);
    expect(calendar.holds(1, 'UTC', sunday, sunday + 4 * HOUR)).toBe(false);
    expect(calendar.containing(1, 'UTC', sunday, sunday + HOUR)?.startMs).toBe(Date.UTC(2024, 5, 2, 2));
    expect(calendar.nearestStart(1, 'UTC', Date.UTC(2024, 5, 4), 7 * 24 * HOUR)?.startMs).toBe(Date.UTC(2024, 5, 2, 2));
    expect(calendar.overlapsAny(1, 'UTC', Date.UTC(2024, 5, 3), Date.UTC(2024, 5, 8))).toBe(false);
  });
});

describe('scope resolution', () => {
  const sites: Site[] = [
    { id: 1, name: 'Leeds', region: 'EMEA', timeZone: 'Europe/London', kind: 'dc' },
    { id: 2, name: 'Dallas', region: 'North America', timeZone: 'America/Chicago', kind: 'dc' },
  ];
  const wms: Service = { id: 10, name: 'WMS', kind: 'wms', tier: 1, ownerTeam: '', hosting: 'on-prem', siteIds: [1], processIds: [], rtoMinutes: null, rpoMinutes: null, description: '' };
  const edi: Service = { ...wms, id: 11, name: 'EDI', kind: 'edi', tier: 3, siteIds: [2] };

  it('applies when any listed dimension matches (union), never when the scope is empty', () => {
    expect(windowAppliesTo({ scope: scope({ all: true }) }, edi, null)).toBe(true);
    expect(windowAppliesTo({ scope: scope({ regions: ['emea '] }) }, edi, sites[0]!)).toBe(true);
    expect(windowAppliesTo({ scope: scope({ regions: ['EMEA'] }) }, edi, sites[1]!)).toBe(false);
    expect(windowAppliesTo({ scope: scope({ siteIds: [2] }) }, wms, sites[1]!)).toBe(true);
    expect(windowAppliesTo({ scope: scope({ serviceIds: [10] }) }, wms, sites[1]!)).toBe(true);
    expect(windowAppliesTo({ scope: scope({ tiers: [1] }) }, wms, null)).toBe(true);
    expect(windowAppliesTo({ scope: scope({ tiers: [1], siteIds: [1] }) }, edi, sites[0]!)).toBe(true);
    expect(windowAppliesTo({ scope: scope({ tiers: [1], siteIds: [1] }) }, edi, sites[1]!)).toBe(false);
    expect(windowAppliesTo({ scope: scope({ kinds: ['edi'] }) }, edi, null)).toBe(true);
    expect(windowAppliesTo({ scope: scope({}) }, wms, sites[0]!)).toBe(false);
  });

  it('finds the same windows through the index as by checking each one', () => {
    const scopeArb = fc.record({
      all: fc.integer({ min: 0, max: 7 }).map((roll) => roll === 0),
      regions: fc.subarray(['EMEA', 'North America']),
      siteIds: fc.subarray([1, 2]),
      serviceIds: fc.subarray([10, 11]),
      tiers: fc.subarray([1, 2, 3] as const),
      kinds: fc.subarray(['wms', 'edi', 'erp'] as const),
    });
    fc.assert(
      fc.property(fc.array(scopeArb, { maxLength: 12 }), (scopes) => {
        const windows = scopes.map((s, i) => window({ id: i + 1, scope: { ...s, tiers: [...s.tiers], kinds: [...s.kinds] } }));
        const index = new WindowScopeIndex(windows);
        for (const service of [wms, edi]) {
          for (const site of [null, ...sites]) {
            const expected = windows.filter((w) => windowAppliesTo(w, service, site)).map((w) => w.id);
            expect(index.windowsFor(service, site)).toEqual(expected);
          }
        }
      }),
    );
  });

  it('lists the sites a window reaches for previews', () => {
    const lookup = buildCatalogLookup({ sites, services: [wms, edi] });
    expect(affectedSites({ scope: scope({ kinds: ['edi'] }) }, lookup).map((s) => s.id)).toEqual([2]);
    expect(affectedSites({ scope: scope({ regions: ['EMEA'], serviceIds: [11] }) }, lookup).map((s) => s.id)).toEqual([1, 2]);
    expect(affectedSites({ scope: scope({ all: true }) }, lookup)).toHaveLength(2);
  });
});

describe('nextOccurrences', () => {
  it("previews in each affected site's local time, one group per zone", () => {
    const w = window({ recurrence: 'FREQ=WEEKLY;BYDAY=SU', timeZone: 'America/New_York' });
    const groups = nextOccurrences(w, [{ id: 1, timeZone: 'Europe/Berlin' }, { id: 2, timeZone: 'America/New_York' }, { id: 3, timeZone: 'Europe/Berlin' }], Date.UTC(2024, 2, 5), 3);
    expect(groups.map((g) => [g.zone, g.siteIds])).toEqual([
      ['America/New_York', [2]],
      ['Europe/Berlin', [1, 3]],
    ]);
    expect(groups[0]!.occurrences.map((o) => [o.startLocal, o.endLocal, o.shifted])).toEqual([
      ['2024-03-10T03:00', '2024-03-10T06:00', true],
      ['2024-03-17T02:00', '2024-03-17T06:00', false],
      ['2024-03-24T02:00', '2024-03-24T06:00', false],
    ]);
    // The same instants, read on a Berlin clock.
    expect(groups[1]!.occurrences[1]!.startLocal).toBe('2024-03-17T07:00');
  });

  it("uses each site's zone for 'site' windows, includes an ongoing occurrence, and stops when the rule ends", () => {
    const w = window({ timeZone: 'site', recurrence: 'FREQ=DAILY;COUNT=3', startLocal: '2024-06-01T22:00', endLocal: '2024-06-02T02:00' });
    const [group] = nextOccurrences(w, [{ id: 7, timeZone: 'Australia/Sydney' }], Date.UTC(2024, 5, 1, 13), 10);
    expect(group!.occurrences.map((o) => o.startLocal)).toEqual(['2024-06-01T22:00', '2024-06-02T22:00', '2024-06-03T22:00']);
    expect(nextOccurrences(window(), [], Date.UTC(2025, 0, 1), 2)[0]!.occurrences).toEqual([]);
  });
});

describe('freeze exceptions', () => {
  const base = { windowId: 1, releaseId: 2, reason: 'Carrier deadline', requester: 'Ana', approver: 'Ben' };

  it('counts only approved exceptions from someone other than the requester', () => {
    expect(isApprovedException(base)).toBe(true);
    expect(exceptionProblems({ ...base, approver: ' ana ' })).toEqual(['The approver is the requester']);
    expect(exceptionProblems({ ...base, approver: '', reason: '' })).toEqual(['The exception has no reason', 'The exception is not approved']);
    const book = new ExceptionBook([{ ...base, approver: 'Ana' }, { ...base, windowId: 3 }]);
    expect(book.find(1, 2)).toEqual({ approved: null, rejected: ['The approver is the requester'] });
    expect(book.find(3, 2).approved).not.toBeNull();
    expect(book.find(9, 9)).toEqual({ approved: null, rejected: [] });
  });
});
