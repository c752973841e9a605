import { describe, expect, it } from 'vitest';
import { freezeCoverage } from '../../shared/engine/dora';
import type { Site } from '../../shared/model/catalog';
import { planWindow, service } from './plan-fixtures';

const sites: Site[] = [
  { id: 1, name: 'Leeds', region: 'EMEA', timeZone: 'Europe/London', kind: 'dc' },
  { id: 2, name: 'Dallas', region: 'North America', timeZone: 'America/Chicago', kind: 'dc' },
];
const services = [service(12, { name: 'WMS', tier: 2, siteIds: [1] })];
const noScope = { all: false, regions: [], siteIds: [], serviceIds: [], tiers: [], kinds: [] };

/**
 * Ten days from 1 Mar 2026 00:00 UTC = 240 h.
 *   W5 hard, everywhere, 28 Feb 00:00 - 1 Mar 12:00 UTC: 12 h inside the horizon
 *   W1 hard, everywhere, 2-4 Mar UTC: 48 h
 *   W3 hard, tier 2 (WMS, at Leeds only), 3-5 Mar UTC: overlaps W1 by 24 h, so adds 24 h
 *   W2 soft, Dallas, 09:00-10:00 daily in the site's zone: 10 h (the US DST change on 8 Mar moves it, not its length)
 *   W4 maintenance, everywhere: not a freeze
 */
const windows = [
  planWindow(5, { severity: 'hard', scope: { ...noScope, all: true }, startLocal: '2026-02-28T00:00', endLocal: '2026-03-01T12:00' }),
  planWindow(1, { severity: 'hard', scope: { ...noScope, all: true }, startLocal: '2026-03-02T00:00', endLocal: '2026-03-04T00:00' }),
  planWindow(3, { severity: 'hard', scope: { ...noScope, tiers: [2] }, startLocal: '2026-03-03T00:00', endLocal: '2026-03-05T00:00' }),
  planWindow(2, { severity: 'soft', scope: { ...noScope, siteIds: [2] }, timeZone: 'site', recurrence: 'FREQ=DAILY', startLocal: '2026-03-01T09:00', endLocal: '2026-03-01T10:00' }),
  planWindow(4, { type: 'maintenance', scope: { ...noScope, all: true }, startLocal: '2026-03-06T00:00', endLocal: '2026-03-08T00:00' }),
];

const coverage = () => freezeCoverage({ windows, sites, services, now: '2026-03-01T00:00:00Z', days: 10 });

describe('freezeCoverage', () => {
  it('measures whole-site and some-service hard freeze hours per site, counting overlaps once', () => {
    const [leeds, dallas] = coverage();
    expect(leeds!.hard).toEqual({ wholeSite: { hours: 60, fraction: 0.25 }, someServices: { hours: 84, fraction: 0.35 } });
    expect(dallas!.hard).toEqual({ wholeSite: { hours: 60, fraction: 0.25 }, someServices: { hours: 60, fraction: 0.25 } });
  });

  it('measures soft freezes apart, expanding a site-zone recurrence in that site’s zone', () => {
    const [leeds, dallas] = coverage();
    expect(leeds!.soft.wholeSite.hours).toBe(0);
    expect(dallas!.soft.wholeSite.hours).toBe(10);
    expect(dallas!.soft.someServices.fraction).toBeCloseTo(10 / 240, 12);
  });

  it('looks 90 days ahead by default', () => {
    const [, dallas] = freezeCoverage({ windows, sites, services, now: '2026-03-01T00:00:00Z' });
    expect(dallas!.soft.wholeSite.hours).toBe(90);
    expect(dallas!.soft.wholeSite.fraction).toBeCloseTo(90 / (90 * 24), 12);
  });

  it('reports every site, with nothing frozen as 0 hours', () => {
    const result = freezeCoverage({ windows: [], sites, services, now: '2026-03-01T00:00:00Z', days: 10 });
    expect(result.map((s) => [s.siteName, s.hard.someServices.hours, s.soft.someServices.fraction])).toEqual([
      ['Leeds', 0, 0],
      ['Dallas', 0, 0],
    ]);
  });
});
