import { describe, expect, it } from 'vitest';
import { doraSeries } from '../../shared/engine/dora';
import { doraRelease, january } from './dora-fixtures';

const weekly = () => doraSeries(january, { from: '2026-01-05', to: '2026-01-26', unit: 'week', zone: 'UTC' });

describe('doraSeries', () => {
  it('gives one row per ISO week of the range', () => {
    expect(weekly().rows.map((r) => r.period.label)).toEqual(['2026-W02', '2026-W03', '2026-W04']);
  });

  it('counts deployments per week and per day, leaving out releases not deployed', () => {
    const [w2, w3, w4] = weekly().rows.map((r) => r.measures);
    expect([w2!.deployments, w3!.deployments, w4!.deployments]).toEqual([5, 1, 0]);
    expect(w2!.deploymentsPerDay).toBeCloseTo(5 / 7, 12);
    expect(w4!.deploymentsPerDay).toBe(0);
  });

  it('reports lead time median (mean of the two middle of an even count) and p90, skipping a release without timestamps', () => {
    const w2 = weekly().rows[0]!.measures;
    expect(w2.leadTime).toEqual({ samples: 4, skipped: 1, medianHours: 30, p90Hours: expect.closeTo(145.2, 9) });
  });

  it('counts outcome, status and caused incidents as failures, with the numbers behind the rate', () => {
    const w2 = weekly().rows[0]!.measures;
    expect(w2.changeFail).toEqual({ count: 3, of: 5, rate: 0.6 });
    expect(w2.rework).toEqual({ count: 1, of: 5, rate: 0.2 });
    expect(w2.rollback).toEqual({ count: 1, of: 5, rate: 0.2 });
  });

  it('measures recovery only where a failed deployment caused an incident, and keeps open ones apart', () => {
    const [w2, w3] = weekly().rows.map((r) => r.measures);
    expect(w2!.recovery).toEqual({ samples: 1, open: 0, withoutIncident: 2, medianHours: 2 });
    expect(w3!.recovery).toEqual({ samples: 0, open: 1, withoutIncident: 0, medianHours: null });
    expect(w3!.changeFail.rate).toBe(1);
  });

  it('shows an empty period as no data: null rates and medians, never 0 or NaN', () => {
    const w4 = weekly().rows[2]!.measures;
    expect(w4.changeFail).toEqual({ count: 0, of: 0, rate: null });
    expect(w4.rework.rate).toBeNull();
    expect(w4.rollback.rate).toBeNull();
    expect(w4.leadTime.medianHours).toBeNull();
    expect(w4.leadTime.p90Hours).toBeNull();
    expect(w4.recovery.medianHours).toBeNull();
  });

  it('totals the whole range (and the weeks add up to it)', () => {
    const { total } = weekly();
    expect(total.deployments).toBe(6);
    expect(total.days).toBe(21);
    expect(total.changeFail).toEqual({ count: 4, of: 6, rate: 4 / 6 });
  });

  it('counts a deployment finished exactly at a period boundary in the later period', () => {
    const series = doraSeries(
      { releases: [doraRelease(1, { finishedAt: '2026-01-12T00:00:00Z' })], incidents: [] },
      { from: '2026-01-05', to: '2026-01-19', unit: 'week', zone: 'UTC' },
    );
    expect(series.rows.map((r) => r.measures.deployments)).toEqual([0, 1]);
  });

  it('places deployments in the dashboard zone’s weeks', () => {
    // Sunday 23:30 UTC is already Monday in Berlin.
    const series = doraSeries(
      { releases: [doraRelease(1, { finishedAt: '2026-01-11T23:30:00Z' })], incidents: [] },
      { from: '2026-01-05', to: '2026-01-19', unit: 'week', zone: 'Europe/Berlin' },
    );
    expect(series.rows.map((r) => r.measures.deployments)).toEqual([0, 1]);
  });

  it('takes recovery from the first caused incident’s start to the last one’s restoration', () => {
    const series = doraSeries(
      {
        releases: [doraRelease(1, { finishedAt: '2026-01-06T00:00:00Z' })],
        incidents: [
          { id: 1, releaseId: 1, startedAt: '2026-01-06T01:00:00Z', restoredAt: '2026-01-06T02:00:00Z' },
          { id: 2, releaseId: 1, startedAt: '2026-01-06T03:00:00Z', restoredAt: '2026-01-06T05:00:00Z' },
        ],
      },
      { from: '2026-01-05', to: '2026-01-12', unit: 'week', zone: 'UTC' },
    );
    expect(series.total.recovery.medianHours).toBe(4);
  });
});
