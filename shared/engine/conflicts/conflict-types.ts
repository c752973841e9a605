import type { PlanWindow } from '../../model/plan';
import type { Occurrence } from '../calendar/window-timeline';
import { isoMinute } from '../calendar/wall-clock';
import type { ReleaseDependencyKind } from './release-facts';

export const CONFLICT_TYPES = [
  'hard-freeze',
  'soft-freeze-no-exception',
  'outside-maintenance-window',
  'same-service-overlap',
  'related-service-overlap',
  'site-capacity-exceeded',
  'release-order-violation',
  'release-dependency-cycle',
  'tier1-untested-rollback',
  'self-approval',
  'pilot-wave-not-first',
] as const;
export type ConflictType = (typeof CONFLICT_TYPES)[number];

/** blocking: the release should not go ahead as planned; warning: it may, with eyes open. */
export type ConflictSeverity = 'blocking' | 'warning';

export const CONFLICT_SEVERITY: Readonly<Record<ConflictType, ConflictSeverity>> = {
  'hard-freeze': 'blocking',
  'soft-freeze-no-exception': 'blocking',
  'outside-maintenance-window': 'warning',
  'same-service-overlap': 'blocking',
  'related-service-overlap': 'warning',
  'site-capacity-exceeded': 'blocking',
  'release-order-violation': 'blocking',
  'release-dependency-cycle': 'blocking',
  'tier1-untested-rollback': 'blocking',
  'self-approval': 'blocking',
  'pilot-wave-not-first': 'warning',
};

/** A window occurrence named as evidence; times are UTC epoch ms plus ISO text for display and export. */
export interface OccurrenceEvidence {
  windowId: number;
  windowName: string;
  zone: string;
  startMs: number;
  endMs: number;
  start: string;
  end: string;
}

export interface Interval {
  startMs: number;
  endMs: number;
}

export type ConflictEvidence =
  | {
      kind: 'hard-freeze' | 'soft-freeze-no-exception';
      windowId: number;
      windowName: string;
      /** Occurrences the release overlaps (first three). */
      occurrences: OccurrenceEvidence[];
      /** The release's services and sites that the window's scope catches and that overlap. */
      serviceIds: number[];
      siteIds: number[];
      /** For soft freezes: why exceptions on file did not count (empty when none were filed). */
      rejectedExceptions?: string[];
    }
  | {
      kind: 'outside-maintenance-window';
      serviceId: number;
      /** One entry per site (null: the release reaches no site) where maintenance windows apply but none holds the release. */
      sites: Array<{ siteId: number | null; zone: string; windowIds: number[] }>;
      /** At the first listed site: the applicable occurrence whose start is nearest the release start (±14 days). */
      nearest: OccurrenceEvidence | null;
    }
  | { kind: 'same-service-overlap'; serviceId: number; overlap: Interval }
  | {
      kind: 'related-service-overlap';
      dependencyId: number;
      /** fromServiceId depends on toServiceId. */
      fromServiceId: number;
      toServiceId: number;
      strength: 'hard' | 'soft';
      /** Which release changes which end of the edge. */
      fromReleaseId: number;
      toReleaseId: number;
      overlap: Interval;
    }
  | {
      kind: 'site-capacity-exceeded';
      siteId: number;
      capacity: number;
      peak: number;
      /** First interval at the peak, and the whole stretch during which the site is over capacity. */
      peakInterval: Interval;
      overloaded: Interval;
    }
  | {
      kind: 'release-order-violation';
      releaseId: number;
      dependsOnId: number;
      dependencyKind: ReleaseDependencyKind;
      reason: 'order' | 'not-scheduled' | 'not-shipping' | 'missing' | 'not-same-window';
    }
  | { kind: 'release-dependency-cycle'; members: number[] }
  | { kind: 'tier1-untested-rollback'; serviceIds: number[] }
  | { kind: 'self-approval'; requester: string }
  | {
      kind: 'pilot-wave-not-first';
      reason: 'first-wave-not-pilot' | 'first-wave-larger';
      firstWave: { name: string; siteCount: number };
      /** A later wave that is smaller than the first, or that is named pilot. */
      laterWave: { index: number; name: string; siteCount: number } | null;
    };

export interface Conflict {
  /** Stable: type + sorted release ids + evidence key, so the UI can keep selection across recomputes. */
  id: string;
  type: ConflictType;
  severity: ConflictSeverity;
  releaseIds: number[];
  message: string;
  evidence: ConflictEvidence;
}

export function makeConflict(type: ConflictType, releaseIds: readonly number[], key: string, message: string, evidence: ConflictEvidence): Conflict {
  const ids = releaseIds.length === 1 ? [releaseIds[0]!] : [...new Set(releaseIds)].sort((a, b) => a - b);
  return { id: `${type}:${ids.join(',')}${key ? `:${key}` : ''}`, type, severity: CONFLICT_SEVERITY[type], releaseIds: ids, message, evidence };
}

/** Evidence form of a window occurrence. */
export function occurrenceEvidence(window: PlanWindow, occurrence: Pick<Occurrence, 'zone' | 'startMs' | 'endMs'>): OccurrenceEvidence {
  const { zone, startMs, endMs } = occurrence;
  return { windowId: window.id, windowName: window.name, zone, startMs, endMs, start: isoMinute(startMs), end: isoMinute(endMs) };
}

