import type { DoraInput, DoraRelease, DoraService, DoraSite } from '../../shared/engine/dora';

export function doraRelease(id: number, extra: Partial<DoraRelease> = {}): DoraRelease {
  return {
    id,
    title: `R${id}`,
    type: 'normal',
    status: 'done',
    submittedAt: null,
    firstCommitAt: null,
    finishedAt: null,
    outcome: 'success',
    fixesIncidentId: null,
    serviceIds: [],
    siteIds: [],
    plannedStart: null,
    durationMinutes: 60,
    ...extra,
  };
}

export const doraSites: DoraSite[] = [
  { id: 1, name: 'Leeds' },
  { id: 2, name: 'Dallas' },
];

export const doraServices: DoraService[] = [
  { id: 1, name: 'Pick API', tier: 1, team: 'Ops', siteIds: [1] },
  { id: 2, name: 'Till', tier: 2, team: 'Store', siteIds: [1, 2] },
  { id: 3, name: 'Archive', tier: 3, team: '', siteIds: [2] },
];

/**
 * Three UTC weeks of January 2026, the numbers worked out by hand:
 *
 * 2026-W02 (5-12 Jan): R1 R2 R3 R4 R5 deployed.
 *   lead times: R1 24 h (first commit wins over submission), R2 36 h (submission), R3 none,
 *   R4 192 h, R5 2 h -> sorted 2 24 36 192: median (24 + 36) / 2 = 30, p90 at 2.7 = 36 + 0.7 × 156 = 145.2
 *   failed: R2 (caused I1), R3 (status rolled-back, no outcome), R4 (hotfix-needed) -> 3 / 5
 *   recovery: R2 13:00-15:00 = 2 h; R3 and R4 have no incident -> 1 sample, 2 without incident
 *   rework: R5 (fixes I1) -> 1 / 5; rollback: R3 -> 1 / 5
 * 2026-W03 (12-19 Jan): R8 failed, its incident I2 still open -> fail 1 / 1, recovery open 1, no median.
 * 2026-W04 (19-26 Jan): nothing deployed.
 * Not deployments: R6 in progress, R7 cancelled (though it has a finish time), R9 done after the range.
 */
export const january: DoraInput = {
  sites: doraSites,
  services: doraServices,
  releases: [
    doraRelease(1, { firstCommitAt: '2026-01-05T00:00:00Z', submittedAt: '2026-01-05T06:00:00Z', finishedAt: '2026-01-06T00:00:00Z', serviceIds: [1] }),
    doraRelease(2, { submittedAt: '2026-01-06T00:00:00Z', finishedAt: '2026-01-07T12:00:00Z', serviceIds: [2] }),
    doraRelease(3, { status: 'rolled-back', outcome: null, finishedAt: '2026-01-08T00:00:00Z', serviceIds: [1, 2] }),
    doraRelease(4, { outcome: 'hotfix-needed', firstCommitAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-09T00:00:00Z', serviceIds: [1] }),
    doraRelease(5, { fixesIncidentId: 1, firstCommitAt: '2026-01-07T14:00:00Z', finishedAt: '2026-01-07T16:00:00Z', serviceIds: [2], siteIds: [2] }),
    doraRelease(6, { status: 'in-progress', outcome: null, submittedAt: '2026-01-06T00:00:00Z', serviceIds: [1] }),
    doraRelease(7, { status: 'cancelled', outcome: null, finishedAt: '2026-01-08T00:00:00Z', serviceIds: [1] }),
    doraRelease(8, { status: 'failed', outcome: 'failed', firstCommitAt: '2026-01-12T00:00:00Z', finishedAt: '2026-01-13T00:00:00Z', serviceIds: [2] }),
    doraRelease(9, { firstCommitAt: '2026-01-26T00:00:00Z', finishedAt: '2026-01-27T00:00:00Z', serviceIds: [1] }),
  ],
  incidents: [
    { id: 1, releaseId: 2, startedAt: '2026-01-07T13:00:00Z', restoredAt: '2026-01-07T15:00:00Z' },
    { id: 2, releaseId: 8, startedAt: '2026-01-13T01:00:00Z', restoredAt: null },
    { id: 3, releaseId: null, startedAt: '2026-01-10T00:00:00Z', restoredAt: '2026-01-10T05:00:00Z' },
  ],
};
