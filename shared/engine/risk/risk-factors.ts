import type { Release, STRATEGIES } from '../../model/plan';

/**
 * The risk model, visible to the user. Each factor yields a value in [0, 1]; its contribution is
 * weight × value (rounded to 0.1), and the score is the sum of contributions, so the weights add up
 * to 100 and the score is on 0-100:
 *
 *   tier            20  highest tier touched: tier 1 = 1, tier 2 = 0.5, tier 3 = 0.2
 *   blast-radius    20  1 - exp(-impact / 50), impact = downstream tier-weighted impact score (graph/impact-score.ts)
 *   strategy        10  big-bang 1, waves 0.4, canary 0.3, blue-green 0.3, feature-flag 0.2
 *   schema-change   10  a schema change 1, infra only 0.5, otherwise 0
 *   freeze-proximity 15 1 - hours to the nearest hard freeze in scope / 168 (inside one = 1, a week or more away = 0)
 *   rollback        15  tested 0, untested with steps 0.7, no rollback steps 1
 *   failure-history 10  past failure rate of the touched services / 0.5, capped at 1 (50 % failing is the worst case)
 *
 * Levels: score < 35 low, < 60 medium, otherwise high.
 */
export const RISK_WEIGHTS = {
  tier: 20,
  'blast-radius': 20,
  strategy: 10,
  'schema-change': 10,
  'freeze-proximity': 15,
  rollback: 15,
  'failure-history': 10,
} as const;
export type RiskFactorKey = keyof typeof RISK_WEIGHTS;

export const RISK_LABELS: Readonly<Record<RiskFactorKey, string>> = {
  tier: 'Tier of touched services',
  'blast-radius': 'Blast radius',
  strategy: 'Deployment strategy',
  'schema-change': 'Schema change',
  'freeze-proximity': 'Proximity to a hard freeze',
  rollback: 'Rollback plan',
  'failure-history': 'Past failure rate',
};

export const TIER_RISK: Readonly<Record<number, number>> = { 1: 1, 2: 0.5, 3: 0.2 };
export const STRATEGY_RISK: Readonly<Record<(typeof STRATEGIES)[number], number>> = {
  'big-bang': 1,
  waves: 0.4,
  canary: 0.3,
  'blue-green': 0.3,
  'feature-flag': 0.2,
};
export const BLAST_SCALE = 50;
export const FREEZE_HORIZON_HOURS = 168;
export const FAILURE_RATE_CEILING = 0.5;

export function levelOf(score: number): 'low' | 'medium' | 'high' {
  return score < 35 ? 'low' : score < 60 ? 'medium' : 'high';
}

export function schemaChangeValue(release: Pick<Release, 'services'>): number {
  const hows = new Set(release.services.map((s) => s.how));
  return hows.has('schema') ? 1 : hows.has('infra') ? 0.5 : 0;
}

export function rollbackValue(release: Pick<Release, 'rollback'>): number {
  if (release.rollback.tested) return 0;
  return release.rollback.steps.some((step) => step.trim()) ? 0.7 : 1;
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
