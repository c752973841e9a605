import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doraSeries, type DoraIncident, type DoraMeasures, type DoraRelease, type ReleaseOutcome } from '../../shared/engine/dora';

const START = Date.UTC(2025, 10, 1);
const END = Date.UTC(2026, 3, 1);
const STATUSES = ['draft', 'submitted', 'approved', 'scheduled', 'in-progress', 'done', 'rolled-back', 'failed', 'cancelled'];
const OUTCOMES: ReleaseOutcome[] = ['success', 'success-with-issues', 'rolled-back', 'failed', 'hotfix-needed'];
const ZONES = ['UTC', 'Europe/Berlin', 'America/Chicago', 'Australia/Sydney'];

const instant = fc.integer({ min: START, max: END }).map((ms) => new Date(ms).toISOString());
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const release = (id: number): fc.Arbitrary<DoraRelease> =>
  fc.record({
    status: fc.constantFrom(...STATUSES),
    outcome: maybe(fc.constantFrom(...OUTCOMES)),
    submittedAt: maybe(instant),
    firstCommitAt: maybe(instant),
    finishedAt: maybe(instant),
    fixesIncidentId: maybe(fc.integer({ min: 1, max: 5 })),
  }).map((r) => ({ id, title: `R${id}`, type: 'normal', serviceIds: [], siteIds: [], plannedStart: null, durationMinutes: 60, ...r }));

const incident = (id: number): fc.Arbitrary<DoraIncident> =>
  fc.record({ releaseId: maybe(fc.integer({ min: 1, max: 30 })), startedAt: instant, restoredAt: maybe(instant) }).map((i) => ({ id, ...i }));

const input = fc.record({
  releases: fc.array(fc.constant(0), { maxLength: 30 }).chain((slots) => fc.tuple(...slots.map((_, i) => release(i + 1)))),
  incidents: fc.array(fc.constant(0), { maxLength: 8 }).chain((slots) => fc.tuple(...slots.map((_, i) => incident(i + 1)))),
});

const day = fc.integer({ min: 0, max: (END - START) / 86_400_000 }).map((d) => new Date(START + d * 86_400_000).toISOString().slice(0, 10));

function ratesOf(m: DoraMeasures): Array<number | null> {
  return [m.changeFail.rate, m.rework.rate, m.rollback.rate];
}

describe('DORA measures, for any releases and incidents', () => {
  it('keep every rate in [0, 1], null exactly when nothing deployed, and never NaN', () => {
    fc.assert(
      fc.property(input, day, day, fc.constantFrom('week' as const, 'month' as const), fc.constantFrom(...ZONES), (data, a, b, unit, zone) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const series = doraSeries(data, { from, to, unit, zone });
        for (const m of [...series.rows.map((r) => r.measures), series.total]) {
          for (const rate of ratesOf(m)) {
            if (m.deployments === 0) expect(rate).toBeNull();
            else expect(rate! >= 0 && rate! <= 1).toBe(true);
          }
          for (const value of [m.leadTime.medianHours, m.leadTime.p90Hours, m.recovery.medianHours, m.deploymentsPerDay]) {
            expect(value === null || Number.isFinite(value)).toBe(true);
          }
        }
      }),
    );
  });

  it('add up: the periods’ deployments (and failures) sum to the whole range’s', () => {
    fc.assert(
      fc.property(input, day, day, fc.constantFrom('week' as const, 'month' as const), fc.constantFrom(...ZONES), (data, a, b, unit, zone) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const series = doraSeries(data, { from, to, unit, zone });
        const sum = (pick: (m: DoraMeasures) => number) => series.rows.reduce((s, r) => s + pick(r.measures), 0);
        expect(sum((m) => m.deployments)).toBe(series.total.deployments);
        expect(sum((m) => m.changeFail.count)).toBe(series.total.changeFail.count);
        expect(sum((m) => m.days)).toBeCloseTo(series.total.days, 9);
      }),
    );
  });
});
