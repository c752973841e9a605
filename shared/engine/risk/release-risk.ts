import type { Catalog, Service, Site } from '../../model/catalog';
import type { Plan, Release } from '../../model/plan';
import { buildCatalogLookup, type CatalogLookup } from '../graph/catalog-lookup';
import { blastRadius } from '../graph/blast-radius';
import { buildDependencyIndex, type DependencyIndex } from '../graph/dependency-index';
import { expandCalendar, type WindowCalendar } from '../calendar/window-calendar';
import { WindowScopeIndex } from '../calendar/window-scope';
import { HOUR_MS } from '../calendar/wall-clock';
import { plannedInterval, releaseSiteIds } from '../conflicts/release-facts';
import { FailureHistory } from './failure-history';
import {
  BLAST_SCALE,
  FAILURE_RATE_CEILING,
  FREEZE_HORIZON_HOURS,
  levelOf,
  RISK_LABELS,
  RISK_WEIGHTS,
  rollbackValue,
  round1,
  schemaChangeValue,
  STRATEGY_RISK,
  TIER_RISK,
  type RiskFactorKey,
} from './risk-factors';

export interface RiskFactor {
  key: RiskFactorKey;
  label: string;
  weight: number;
  /** 0..1 */
  value: number;
  /** weight × value, rounded to 0.1; the contributions add up to the score. */
  contribution: number;
  explanation: string;
}

export interface ReleaseRisk {
  releaseId: number;
  score: number;
  level: 'low' | 'medium' | 'high';
  factors: RiskFactor[];
}

export interface RiskContext {
  readonly lookup: CatalogLookup;
  readonly graph: DependencyIndex;
  readonly calendar: WindowCalendar;
  readonly scopes: WindowScopeIndex;
  readonly history: FailureHistory;
}

export function buildRiskContext(input: { catalog: Catalog; plan: Plan; calendar?: WindowCalendar; graph?: DependencyIndex }): RiskContext {
  return {
    lookup: buildCatalogLookup(input.catalog),
    graph: input.graph ?? buildDependencyIndex(input.catalog),
    calendar: input.calendar ?? expandCalendar(input.plan),
    scopes: new WindowScopeIndex(input.plan.windows),
    history: new FailureHistory(input.plan),
  };
}

/** Explainable 0-100 risk of one release; see risk-factors.ts for the model. */
export function releaseRisk(release: Release, ctx: RiskContext): ReleaseRisk {
  const services = [...new Set(release.services.map((s) => s.serviceId))].flatMap((id) => ctx.lookup.services.get(id) ?? []);
  const factors: Array<Omit<RiskFactor, 'label' | 'weight' | 'contribution'>> = [];

  const topTier = services.length ? Math.min(...services.map((s) => s.tier)) : null;
  factors.push({
    key: 'tier',
    value: topTier === null ? 0 : TIER_RISK[topTier] ?? 0,
    explanation: topTier === null ? 'Touches no catalogued service.' : `Highest tier touched: tier ${topTier} (${services.filter((s) => s.tier === topTier).map((s) => s.name).join(', ')}).`,
  });

  const radius = blastRadius(ctx.graph, services.map((s) => s.id), { direction: 'downstream' });
  factors.push({
    key: 'blast-radius',
    value: 1 - Math.exp(-radius.score / BLAST_SCALE),
    explanation: `${radius.counts.impacted} services depend on it (${radius.counts.hard} would fail, ${radius.counts.tier1} tier 1) across ${radius.sites.length} sites; impact score ${radius.score}.`,
  });

  factors.push({ key: 'strategy', value: STRATEGY_RISK[release.strategy], explanation: `Strategy: ${release.strategy}.` });

  const hows = [...new Set(release.services.map((s) => s.how))].sort();
  factors.push({ key: 'schema-change', value: schemaChangeValue(release), explanation: hows.length ? `Changes: ${hows.join(', ')}.` : 'No changes listed.' });

  factors.push(freezeProximity(release, services, ctx));

  factors.push({
    key: 'rollback',
    value: rollbackValue(release),
    explanation: release.rollback.tested ? 'Rollback plan tested.' : release.rollback.steps.length ? 'Rollback plan written but not tested.' : 'No rollback steps.',
  });

  const past = ctx.history.outcomes(services.map((s) => s.id), release.id);
  const rate = past.total ? past.failed / past.total : 0;
  factors.push({
    key: 'failure-history',
    value: Math.min(1, rate / FAILURE_RATE_CEILING),
    explanation: past.total ? `${past.failed} of ${past.total} past releases on these services failed or were rolled back (${Math.round(rate * 100)} %).` : 'No past releases on these services.',
  });

  const full = factors.map((factor) => {
    const weight = RISK_WEIGHTS[factor.key];
    const value = Math.min(1, Math.max(0, factor.value));
    return { ...factor, label: RISK_LABELS[factor.key], weight, value, contribution: round1(weight * value) };
  });
  const score = round1(full.reduce((sum, f) => sum + f.contribution, 0));
  return { releaseId: release.id, score, level: levelOf(score), factors: full };
}

function freezeProximity(release: Release, services: readonly Service[], ctx: RiskContext): Omit<RiskFactor, 'label' | 'weight' | 'contribution'> {
  const interval = plannedInterval(release);
  if (!interval) return { key: 'freeze-proximity', value: 0, explanation: 'Not scheduled yet.' };
  const sites: Array<Site | null> = releaseSiteIds(release, ctx.lookup).flatMap((id) => ctx.lookup.sites.get(id) ?? []);
  if (sites.length === 0) sites.push(null);
  const search = FREEZE_HORIZON_HOURS * HOUR_MS;
  let best: { hours: number; name: string } | null = null;
  for (const service of services) {
    for (const site of sites) {
      for (const windowId of ctx.scopes.windowsFor(service, site)) {
        const window = ctx.scopes.window(windowId);
        if (window.type !== 'freeze' || window.severity !== 'hard') continue;
        const zone = ctx.calendar.zoneFor(window, site ? site.timeZone : null);
        const near = ctx.calendar.nearest(windowId, zone, interval.startMs, interval.endMs, search);
        if (!near) continue;
        const gap = near.startMs >= interval.endMs ? near.startMs - interval.endMs : near.endMs <= interval.startMs ? interval.startMs - near.endMs : 0;
        const hours = gap / HOUR_MS;
        if (!best || hours < best.hours) best = { hours, name: window.name };
      }
    }
  }
  if (!best) return { key: 'freeze-proximity', value: 0, explanation: `No hard freeze within ${FREEZE_HORIZON_HOURS / 24} days.` };
  return {
    key: 'freeze-proximity',
    value: 1 - best.hours / FREEZE_HORIZON_HOURS,
    explanation: best.hours === 0 ? `Inside hard freeze “${best.name}”.` : `${Math.round(best.hours)} h from hard freeze “${best.name}”.`,
  };
}
