import type { DoraRelease } from './dora-input';
import { HOUR_MS, instantMs } from './instants';

/** Statuses in which a change has started touching production. */
const STARTED_STATUSES: ReadonlySet<string> = new Set(['in-progress', 'done', 'rolled-back', 'failed']);

export interface MissingApproval {
  release: DoraRelease;
  /** When the wait began: the planned start, else the finish, else the submission; null when none is known. */
  since: string | null;
  /** Hours from `since` to now; null when `since` is unknown. */
  waitedHours: number | null;
}

/**
 * Emergency releases that went ahead (in progress or closed) and still lack their after-the-fact
 * approval: oldest wait first; those with no timestamp at all come last, by id.
 */
export function emergencyMissingApproval(releases: ReadonlyArray<DoraRelease & { approved: boolean }>, now: string): MissingApproval[] {
  const nowMs = instantMs(now);
  if (nowMs === null) throw new RangeError(`Not an instant: ${now}`);
  return releases
    .filter((r) => r.type === 'emergency' && !r.approved && (STARTED_STATUSES.has(r.status) || r.finishedAt !== null) && r.status !== 'cancelled')
    .map((release) => {
      const since = [release.plannedStart, release.finishedAt, release.submittedAt].find((t) => instantMs(t) !== null) ?? null;
      const sinceMs = instantMs(since);
      return { release, since, waitedHours: sinceMs === null ? null : Math.max(0, nowMs - sinceMs) / HOUR_MS, sinceMs };
    })
    .sort((a, b) => (a.sinceMs ?? Number.POSITIVE_INFINITY) - (b.sinceMs ?? Number.POSITIVE_INFINITY) || a.release.id - b.release.id)
    .map(({ release, since, waitedHours }) => ({ release, since, waitedHours }));
}
