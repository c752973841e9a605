/**
 * What the governance dashboard's metrics are computed from. The engine owns these shapes; the
 * store is mapped onto them, so the metrics do not change when the release model does.
 */
export type ReleaseOutcome = 'success' | 'success-with-issues' | 'rolled-back' | 'failed' | 'hotfix-needed';

export interface DoraRelease {
  id: number;
  title: string;
  type: 'standard' | 'normal' | 'emergency';
  status: string; // draft, submitted, approved, scheduled, in-progress, done, rolled-back, failed, cancelled
  submittedAt: string | null; // ISO instants
  firstCommitAt: string | null;
  finishedAt: string | null; // when it closed (deployed or rolled back / failed); a deployment happened iff finishedAt !== null and status in done|rolled-back|failed
  outcome: ReleaseOutcome | null;
  fixesIncidentId: number | null; // an unplanned release made because of an incident (rework)
  serviceIds: number[];
  siteIds: number[]; // services changed; sites reached (waves), empty = all sites of those services
  plannedStart: string | null;
  durationMinutes: number;
}

/** releaseId = the release that caused it. */
export interface DoraIncident {
  id: number;
  releaseId: number | null;
  startedAt: string;
  restoredAt: string | null;
}

export interface DoraService {
  id: number;
  name: string;
  tier: 1 | 2 | 3;
  team: string;
  siteIds: number[];
}

export interface DoraSite {
  id: number;
  name: string;
}

export interface DoraInput {
  releases: readonly DoraRelease[];
  incidents: readonly DoraIncident[];
  services: readonly DoraService[];
  sites: readonly DoraSite[];
}
