import type { Strength, Tier } from '../../model/enums';

/**
 * Tier-weighted impact score of a blast radius:
 *
 *   score = Σ over impacted services (sources excluded) of tierWeight(tier) × strengthFactor × 1 / hops
 *
 *   tierWeight: tier 1 = 10, tier 2 = 3, tier 3 = 1 (a fulfilment-critical service outweighs ten back-office ones)
 *   strengthFactor: hard = 1 (it fails), soft = 0.4 (it only degrades)
 *   1 / hops: a service three hops away has time to queue, retry or fall back; a direct dependent does not.
 *
 * Rounded to one decimal so the figure is stable to display and compare.
 */
export const TIER_WEIGHT: Readonly<Record<Tier, number>> = { 1: 10, 2: 3, 3: 1 };
export const STRENGTH_FACTOR: Readonly<Record<Strength, number>> = { hard: 1, soft: 0.4 };

export function impactContribution(tier: number, strength: Strength, hops: number): number {
  const weight = TIER_WEIGHT[tier as Tier] ?? 1;
  return (weight * STRENGTH_FACTOR[strength]) / Math.max(1, hops);
}

export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}
