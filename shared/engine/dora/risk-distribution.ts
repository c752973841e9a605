import type { ReleaseRisk } from '../risk/release-risk';

export type RiskLevel = ReleaseRisk['level'];
export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];

export interface RiskBucket {
  /** Score range [from, to); the last bucket also holds 100. */
  from: number;
  to: number;
  count: number;
  releaseIds: number[];
}

export interface RiskDistribution {
  total: number;
  byLevel: Record<RiskLevel, { count: number; releaseIds: number[] }>;
  /** Ten buckets of ten points, 0-10 … 90-100, empty ones included so a histogram keeps its axis. */
  byScore: RiskBucket[];
}

const BUCKET_WIDTH = 10;

/** How the upcoming releases' risk scores (from releaseRisk) spread over levels and score ranges. */
export function riskDistribution(risks: ReadonlyArray<Pick<ReleaseRisk, 'releaseId' | 'score' | 'level'>>): RiskDistribution {
  const byLevel = { low: empty(), medium: empty(), high: empty() };
  const byScore: RiskBucket[] = Array.from({ length: 100 / BUCKET_WIDTH }, (_, i) => ({ from: i * BUCKET_WIDTH, to: (i + 1) * BUCKET_WIDTH, count: 0, releaseIds: [] }));
  for (const risk of risks) {
    const level = byLevel[risk.level];
    level.count++;
    level.releaseIds.push(risk.releaseId);
    // Scores are 0-100 by construction; clamp so a stray value still lands in an end bucket.
    const index = Math.min(byScore.length - 1, Math.max(0, Math.floor(risk.score / BUCKET_WIDTH)));
    const bucket = byScore[index]!;
    bucket.count++;
    bucket.releaseIds.push(risk.releaseId);
  }
  return { total: risks.length, byLevel, byScore };
}

function empty(): { count: number; releaseIds: number[] } {
  return { count: 0, releaseIds: [] };
}
