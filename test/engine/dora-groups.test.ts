import { describe, expect, it } from 'vitest';
import { doraBy, type DoraDimension } from '../../shared/engine/dora';
import { doraRelease, doraSites, january } from './dora-fixtures';

const range = { from: '2026-01-05', to: '2026-01-26' };
const rows = (dimension: DoraDimension) => doraBy(january, dimension, range).map((r) => [r.name, r.measures.deployments, r.measures.changeFail.count]);

describe('doraBy', () => {
  it('counts a release changing services of two teams for both teams', () => {
    // R3 changes Pick API (Ops) and Till (Store) and was rolled back: a failed deployment of each team.
    expect(rows('team')).toEqual([
      ['No team', 0, 0],
      ['Ops', 3, 2], // R1, R3, R4; failed R3, R4
      ['Store', 4, 3], // R2, R3, R5, R8; failed R2, R3, R8
    ]);
  });

  it('shows a group with no deployments as no data', () => {
    const archive = doraBy(january, 'service', range).find((r) => r.name === 'Archive')!;
    expect(archive.measures.deployments).toBe(0);
    expect(archive.measures.changeFail.rate).toBeNull();
  });

  it('groups by tier of the services changed', () => {
    expect(rows('tier')).toEqual([
      ['Tier 1', 3, 2],
      ['Tier 2', 4, 3],
      ['Tier 3', 0, 0],
    ]);
  });

  it('reaches a release’s wave sites, or every site of its services when it names none', () => {
    // R5 names Dallas only; the others reach their services' sites (Till runs at both).
    expect(rows('site')).toEqual([
      ['Dallas', 4, 3], // R2, R3, R5, R8
      ['Leeds', 5, 4], // R1, R2, R3, R4, R8
    ]);
  });

  it('sorts by name and keeps the catalog order for equal names', () => {
    const input = {
      sites: doraSites,
      services: [
        { id: 7, name: 'Till', tier: 2 as const, team: 'Store', siteIds: [1] },
        { id: 4, name: 'Archive', tier: 3 as const, team: 'Ops', siteIds: [1] },
        { id: 5, name: 'Till', tier: 2 as const, team: 'Store', siteIds: [2] },
      ],
      releases: [doraRelease(1, { finishedAt: '2026-01-06T00:00:00Z', serviceIds: [5] })],
      incidents: [],
    };
    expect(doraBy(input, 'service', range).map((r) => [r.key, r.measures.deployments])).toEqual([
      ['service:4', 0],
      ['service:7', 0],
      ['service:5', 1],
    ]);
  });

  it('measures each group over the whole range, in that range’s days', () => {
    const ops = doraBy(january, 'team', range).find((r) => r.name === 'Ops')!;
    expect(ops.measures.days).toBe(21);
    expect(ops.measures.deploymentsPerDay).toBeCloseTo(3 / 21, 12);
    expect(ops.measures.leadTime.medianHours).toBe(108); // R1 24 h, R4 192 h; R3 has no timestamps
  });
});
