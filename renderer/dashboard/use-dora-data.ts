import { useMemo } from 'react';
import {
  doraBy,
  doraInputFromWorkspace,
  doraSeries,
  emergencyMissingApproval,
  freezeCoverage,
  riskDistribution,
  type DoraInput,
  type DoraMeasures,
  type DoraWorkspaceInput,
} from '../../shared/engine/dora';
import { isActiveStatus } from '../../shared/engine/conflicts/release-facts';
import { buildRiskContext, releaseRisk } from '../../shared/engine/risk/release-risk';
import { useNow } from '../runbooks/use-now';
import { useWorkspace } from '../state/workspace';
import { doraRange, localZone, type ByChoice, type PeriodChoice } from './dora-range';

export interface MeasureRow {
  key: string;
  label: string;
  measures: DoraMeasures;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
export const RISK_HORIZON_DAYS = 30;
export const FREEZE_HORIZON_DAYS = 90;

/** The time now to the minute: the measures move on with the clock without recomputing every second. */
function useMinute(): number {
  const now = useNow(MINUTE_MS);
  return Math.floor(now / MINUTE_MS) * MINUTE_MS;
}

/** The store mapped onto the DORA engine once per change of the workspace. */
export function useDoraInput() {
  const catalog = useWorkspace((s) => s.catalog);
  const plan = useWorkspace((s) => s.plan);
  const ops = useWorkspace((s) => s.ops);
  const governance = useWorkspace((s) => s.governance);
  return useMemo(() => doraInputFromWorkspace({ catalog, plan, ops, governance }), [catalog, plan, ops, governance]);
}

/** One row per period (over time) or per catalog group, and the measures over the whole range. */
export function useMeasureRows(input: DoraInput, period: PeriodChoice, by: ByChoice) {
  const nowMs = useMinute();
  const range = useMemo(() => doraRange(period, nowMs, localZone()), [period, nowMs]);
  const series = useMemo(() => doraSeries(input, range), [input, range]);
  const rows = useMemo<MeasureRow[]>(() => {
    if (by === 'time') {
      return series.rows.map(({ period: p, measures }) => ({ key: p.label, label: p.partial ? `${p.label} (to date)` : p.label, measures }));
    }
    return doraBy(input, by, range).map((g) => ({ key: g.key, label: g.name, measures: g.measures }));
  }, [by, input, range, series]);
  return { rows, total: series.total, range };
}

/** How risky the releases planned for the next 30 days are (active ones only). */
export function useUpcomingRisk() {
  const catalog = useWorkspace((s) => s.catalog);
  const plan = useWorkspace((s) => s.plan);
  const calendar = useWorkspace((s) => s.calendar);
  const graph = useWorkspace((s) => s.index.graph);
  const nowMs = useMinute();
  return useMemo(() => {
    const ctx = buildRiskContext({ catalog, plan, calendar, graph });
    const until = nowMs + RISK_HORIZON_DAYS * DAY_MS;
    const upcoming = plan.releases.filter((r) => {
      const start = r.plannedStart ? Date.parse(r.plannedStart) : Number.NaN;
      return isActiveStatus(r.status) && start >= nowMs && start < until;
    });
    return riskDistribution(upcoming.map((r) => releaseRisk(r, ctx)));
  }, [catalog, plan, calendar, graph, nowMs]);
}

/** Per site, how much of the next 90 days hard and soft freezes cover. */
export function useFreezeCoverage() {
  const catalog = useWorkspace((s) => s.catalog);
  const windows = useWorkspace((s) => s.plan.windows);
  const nowMs = useMinute();
  return useMemo(
    () => freezeCoverage({ windows, sites: catalog.sites, services: catalog.services, now: new Date(nowMs).toISOString(), days: FREEZE_HORIZON_DAYS }),
    [windows, catalog, nowMs],
  );
}

/** Emergency changes that went ahead and still lack their approval, oldest first. */
export function useMissingApprovals(input: DoraWorkspaceInput) {
  const nowMs = useMinute();
  return useMemo(() => emergencyMissingApproval(input.releases, new Date(nowMs).toISOString()), [input, nowMs]);
}
