import type { DoraIncident, DoraRelease } from './dora-input';
import { HOUR_MS, instantMs } from './instants';

/** Statuses that mean the change reached production (and possibly came back out). */
const DEPLOYED_STATUSES: ReadonlySet<string> = new Set(['done', 'rolled-back', 'failed']);
const FAILED_OUTCOMES: ReadonlySet<string> = new Set(['failed', 'rolled-back', 'hotfix-needed']);

/** One deployment, reduced to what the measures read. See dora-measures.ts for the definitions. */
export interface DeploymentFact {
  release: DoraRelease;
  finishedMs: number;
  /** Null when the release has neither a first commit nor a submission time, or they come after the finish. */
  leadTimeHours: number | null;
  failed: boolean;
  /** Restored − started over the incidents it caused; null without incidents or while one is open. */
  recoveryHours: number | null;
  /** It caused an incident that is not restored yet. */
  recoveryOpen: boolean;
  rework: boolean;
  rolledBack: boolean;
}

export function isDeployment(release: DoraRelease): boolean {
  return release.finishedAt !== null && DEPLOYED_STATUSES.has(release.status) && instantMs(release.finishedAt) !== null;
}

/** The facts of every deployment in the input, in input order. */
export function deploymentFacts(releases: readonly DoraRelease[], incidents: readonly DoraIncident[]): DeploymentFact[] {
  const caused = new Map<number, DoraIncident[]>();
  for (const incident of incidents) {
    if (incident.releaseId === null) continue;
    const list = caused.get(incident.releaseId);
    if (list) list.push(incident);
    else caused.set(incident.releaseId, [incident]);
  }
  const out: DeploymentFact[] = [];
  for (const release of releases) {
    if (!isDeployment(release)) continue;
    const finishedMs = instantMs(release.finishedAt)!;
    const itsIncidents = caused.get(release.id) ?? [];
    const rolledBack = release.outcome === 'rolled-back' || release.status === 'rolled-back';
    // A release closed as failed or rolled back failed even when nobody filled in the outcome.
    const failed =
      (release.outcome !== null && FAILED_OUTCOMES.has(release.outcome)) || release.status === 'failed' || rolledBack || itsIncidents.length > 0;
    const recovery = recoveryOf(itsIncidents);
    out.push({
      release,
      finishedMs,
      leadTimeHours: leadTimeHours(release, finishedMs),
      failed,
      recoveryHours: recovery.hours,
      recoveryOpen: recovery.open,
      rework: release.fixesIncidentId !== null,
      rolledBack,
    });
  }
  return out;
}

function leadTimeHours(release: DoraRelease, finishedMs: number): number | null {
  const startMs = instantMs(release.firstCommitAt) ?? instantMs(release.submittedAt);
  if (startMs === null || startMs > finishedMs) return null;
  return (finishedMs - startMs) / HOUR_MS;
}

/**
 * Time to restore after a failed deployment: from the first caused incident's start to the last
 * one's restoration (service is back only when all are). No incident (a clean rollback): no sample.
 */
function recoveryOf(incidents: readonly DoraIncident[]): { hours: number | null; open: boolean } {
  if (incidents.length === 0) return { hours: null, open: false };
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const incident of incidents) {
    const started = instantMs(incident.startedAt);
    const restored = instantMs(incident.restoredAt);
    if (restored === null) return { hours: null, open: true };
    if (started !== null) first = Math.min(first, started);
    last = Math.max(last, restored);
  }
  if (!Number.isFinite(first) || last < first) return { hours: null, open: false };
  return { hours: (last - first) / HOUR_MS, open: false };
}
