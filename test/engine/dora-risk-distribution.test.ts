import { describe, expect, it } from 'vitest';
import { riskDistribution } from '../../shared/engine/dora';
import { levelOf } from '../../shared/engine/risk';

const risk = (releaseId: number, score: number) => ({ releaseId, score, level: levelOf(score) });

describe('riskDistribution', () => {
  it('counts upcoming releases per level and per ten-point score bucket', () => {
    const d = riskDistribution([risk(1, 0), risk(2, 9.9), risk(3, 10), risk(4, 35), risk(5, 59.9), risk(6, 60), risk(7, 100)]);
    expect(d.total).toBe(7);
    expect(d.byLevel).toEqual({
      low: { count: 3, releaseIds: [1, 2, 3] },
      medium: { count: 2, releaseIds: [4, 5] },
      high: { count: 2, releaseIds: [6, 7] },
    });
    expect(d.byScore.map((b) => b.count)).toEqual([2, 1, 0, 1, 0, 1, 1, 0, 0, 1]);
    expect(d.byScore[9]).toEqual({ from: 90, to: 100, count: 1, releaseIds: [7] });
  });

  it('keeps every bucket for no releases, so the chart keeps its axis', () => {
    const d = riskDistribution([]);
    expect(d.total).toBe(0);
    expect(d.byScore).toHaveLength(10);
    expect(d.byScore.every((b) => b.count === 0)).toBe(true);
    expect(d.byLevel.high.count).toBe(0);
  });
});
