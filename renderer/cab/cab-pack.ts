import type { BlastRadiusView } from '../../shared/api/contract';
import { approvalStatus, releaseTier, type ApprovalStatus, type Tier } from '../../shared/engine/governance';
import type { WindowCalendar } from '../../shared/engine/calendar/window-calendar';
import type { Conflict } from '../../shared/engine/conflicts/conflict-types';
import { releaseSiteIds } from '../../shared/engine/conflicts/release-facts';
import { blastRadius } from '../../shared/engine/graph/blast-radius';
import type { CatalogLookup } from '../../shared/engine/graph/catalog-lookup';
import { nameBlastRadius } from '../../shared/engine/graph/name-blast-radius';
import { releaseRisk, type ReleaseRisk, type RiskContext } from '../../shared/engine/risk/release-risk';
import type { Approval, ApprovalPolicy } from '../../shared/model/governance';
import type { PlanWindow, Release } from '../../shared/model/plan';
import type { Runbook } from '../../shared/model/ops';
import { zonedRange } from '../ui/zoned-time';

/** Everything the pack says about one release, computed with the same engines as the calendar. */
export interface ReleaseBrief {
  release: Release;
  tier: Tier;
  services: { id: number; name: string; tier: number; how: string }[];
  sites: string[];
  /** True when the sites are the waves' own; false when they are the touched services' sites. */
  sitesFromWaves: boolean;
  risk: ReleaseRisk;
  blast: BlastRadiusView | null;
  conflicts: Conflict[];
  approvals: Approval[];
  withdrawn: Approval[];
  /** Null when the workspace holds no policy for the release's tier. */
  approval: ApprovalStatus | null;
  runbookTitle: string | null;
}

export interface PackInput {
  lookup: CatalogLookup;
  risk: RiskContext;
  processNames: ReadonlyMap<number, string>;
  conflictsByRelease: ReadonlyMap<number, Conflict[]>;
  approvals: readonly Approval[];
  policies: readonly ApprovalPolicy[];
  runbooks: readonly Runbook[];
}

export function releaseBrief(release: Release, input: PackInput): ReleaseBrief {
  const { lookup } = input;
  const touched = release.services.flatMap((s) => {
    const service = lookup.services.get(s.serviceId);
    return service ? [{ id: service.id, name: service.name, tier: service.tier, how: s.how }] : [];
  });
  const tier = releaseTier(release, (id) => lookup.services.get(id)?.tier as Tier | undefined);
  const policy = input.policies.find((p) => p.tier === tier);
  const mine = input.approvals.filter((a) => a.releaseId === release.id);
  const ids = [...new Set(touched.map((s) => s.id))];
  return {
    release,
    tier,
    services: touched,
    sites: releaseSiteIds(release, lookup).map((id) => lookup.sites.get(id)?.name ?? `Site #${id}`),
    sitesFromWaves: release.waves.some((w) => w.siteIds.length > 0),
    risk: releaseRisk(release, input.risk),
    blast: ids.length ? nameBlastRadius(blastRadius(input.risk.graph, ids, { direction: 'downstream' }), lookup, input.processNames) : null,
    conflicts: input.conflictsByRelease.get(release.id) ?? [],
    approvals: mine.filter((a) => a.withdrawnAt === null),
    withdrawn: mine.filter((a) => a.withdrawnAt !== null),
    approval: policy ? approvalStatus(release, policy, mine) : null,
    runbookTitle: release.rollback.runbookId ? (input.runbooks.find((r) => r.id === release.rollback.runbookId)?.title ?? `Runbook #${release.rollback.runbookId} (not in the workspace)`) : null,
  };
}

/** A window that is open at some time in the week, with its occurrences in words. */
export interface WeekWindow {
  window: PlanWindow;
  /** "Sat 28 Nov 22:00 – Sun 29 Nov 06:00", each once even when several site zones share it. */
  times: string[];
  /** The zone the times are in, or null when each site reads them on its own clock. */
  zone: string | null;
}

/**
 * Freeze and maintenance windows with an occurrence overlapping [startMs, endMs). A window kept in
 * each site's zone is checked in every site zone of the catalog and shown as its wall-clock times.
 */
export function windowsInWeek(calendar: WindowCalendar, siteZones: readonly string[], startMs: number, endMs: number): WeekWindow[] {
  const zones = siteZones.length ? [...new Set(siteZones)] : ['UTC'];
  const out: WeekWindow[] = [];
  for (const window of calendar.allWindows()) {
    const fixed = calendar.fixedZone(window.id);
    const occurrences = (fixed ? [fixed] : zones).flatMap((zone) => calendar.occurrencesBetween(window.id, zone, startMs, endMs));
    if (occurrences.length === 0) continue;
    occurrences.sort((a, b) => a.startMs - b.startMs);
    const times = [...new Set(occurrences.map((o) => zonedRange(o.startMs, o.endMs, o.zone)))];
    out.push({ window, times, zone: fixed });
  }
  const order = { freeze: 0, maintenance: 1 } as const;
  return out.sort((a, b) => order[a.window.type] - order[b.window.type] || a.window.name.localeCompare(b.window.name));
}
