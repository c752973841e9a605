import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRiskContext, levelOf, releaseRisk, RISK_WEIGHTS } from '../../shared/engine/risk';
import type { Catalog, Service } from '../../shared/model/catalog';
import type { Plan, PlanWindow, Release } from '../../shared/model/plan';
import { generateEnterprise } from '../../bench/engine-fixtures';

function service(id: number, extra: Partial<Service>): Service {
  return { id, name: `S${id}`, kind: 'integration', tier: 3, ownerTeam: '', hosting: 'cloud', siteIds: [1], processIds: [], rtoMinutes: null, rpoMinutes: null, description: '', ...extra };
}

const catalog: Catalog = {
  sites: [{ id: 1, name: 'Leeds', region: 'EMEA', timeZone: 'Europe/London', kind: 'dc' }],
  processes: [],
  services: [service(1, { name: 'ERP', kind: 'erp', tier: 1 }), service(2, { name: 'Integration', tier: 2 }), service(3, { name: 'Portal', kind: 'portal', tier: 3 })],
  // Portal -> Integration -> ERP, all hard.
  dependencies: [
    { id: 1, fromId: 2, toId: 1, kind: 'sync-api', strength: 'hard' },
    { id: 2, fromId: 3, toId: 2, kind: 'sync-api', strength: 'hard' },
  ],
};

function release(id: number, extra: Partial<Release> = {}): Release {
  return {
    id,
    title: `R${id}`,
    type: 'normal',
    status: 'scheduled',
    train: '',
    plannedStart: '2025-11-18T22:00:00Z',
    durationMinutes: 120,
    strategy: 'big-bang',
    requester: 'ana',
    approvers: ['ben'],
    services: [{ serviceId: 1, how: 'schema' }],
    waves: [],
    rollback: { steps: [], expectedMinutes: 0, tested: false },
    dependsOn: [],
    outcome: null,
    ...extra,
  };
}

const peakFreeze: PlanWindow = {
  id: 1,
  name: 'Peak season',
  type: 'freeze',
  severity: 'hard',
  startLocal: '2024-11-20T00:00',
  endLocal: '2025-01-05T00:00',
  timeZone: 'site',
  recurrence: 'FREQ=YEARLY',
  scope: { all: true, regions: [], siteIds: [], serviceIds: [], tiers: [], kinds: [] },
  reason: '',
};

describe('release risk', () => {
  const history = [
    release(10, { status: 'failed', services: [{ serviceId: 1, how: 'code' }] }),
    release(11, { status: 'done', services: [{ serviceId: 1, how: 'code' }] }),
    release(12, { status: 'rolled-back', services: [{ serviceId: 2, how: 'code' }] }),
    release(13, { status: 'cancelled', services: [{ serviceId: 1, how: 'code' }] }),
  ];
  const plan: Plan = { windows: [peakFreeze], releases: history };
  const ctx = buildRiskContext({ catalog, plan });

  it('explains a risky release factor by factor, contributions adding up to the score', () => {
    const risk = releaseRisk(release(1), ctx);
    const byKey = Object.fromEntries(risk.factors.map((f) => [f.key, f]));
    expect(byKey.tier).toMatchObject({ weight: 20, value: 1, contribution: 20 });
    // Two dependents: Integration (tier 2, 1 hop, hard) = 3, Portal (tier 3, 2 hops, hard) = 0.5.
    expect(byKey['blast-radius']!.value).toBeCloseTo(1 - Math.exp(-3.5 / 50), 10);
    expect(byKey['blast-radius']!.explanation).toContain('2 services depend on it');
    expect(byKey.strategy).toMatchObject({ value: 1, contribution: 10 });
    expect(byKey['schema-change']).toMatchObject({ value: 1, contribution: 10 });
    // Ends 2025-11-19 00:00 UTC; the freeze starts 2025-11-20 00:00 London (UTC): 24 h away.
    expect(byKey['freeze-proximity']!.value).toBeCloseTo(1 - 24 / 168, 10);
    expect(byKey['freeze-proximity']!.explanation).toBe('24 h from hard freeze “Peak season”.');
    expect(byKey.rollback).toMatchObject({ value: 1, contribution: 15 });
    // Service 1 history: one failed, one done (cancelled does not count): 50 % -> capped at 1.
    expect(byKey['failure-history']).toMatchObject({ value: 1, contribution: 10 });
    expect(byKey['failure-history']!.explanation).toContain('1 of 2');
    const sum = risk.factors.reduce((total, f) => total + f.contribution, 0);
    expect(risk.score).toBeCloseTo(sum, 9);
    expect(risk.level).toBe('high');
  });

  it('scores a careful release low', () => {
    const careful = release(2, {
      services: [{ serviceId: 3, how: 'config' }],
      strategy: 'feature-flag',
      plannedStart: '2025-06-01T22:00:00Z',
      rollback: { steps: ['flip the flag'], expectedMinutes: 1, tested: true },
    });
    const risk = releaseRisk(careful, ctx);
    expect(risk.factors.map((f) => [f.key, f.contribution])).toEqual([
      ['tier', 4],
      ['blast-radius', 0],
      ['strategy', 2],
      ['schema-change', 0],
      ['freeze-proximity', 0],
      ['rollback', 0],
      ['failure-history', 0],
    ]);
    expect(risk).toMatchObject({ score: 6, level: 'low' });
  });

  it('counts a release inside a hard freeze as fully exposed, and an unscheduled one as not', () => {
    const inside = releaseRisk(release(3, { plannedStart: '2025-12-01T10:00:00Z' }), ctx).factors.find((f) => f.key === 'freeze-proximity')!;
    expect(inside).toMatchObject({ value: 1, contribution: 15, explanation: 'Inside hard freeze “Peak season”.' });
    const unplanned = releaseRisk(release(4, { plannedStart: null }), ctx).factors.find((f) => f.key === 'freeze-proximity')!;
    expect(unplanned).toMatchObject({ value: 0, explanation: 'Not scheduled yet.' });
  });

  it('has weights that add up to 100 and levels at 35 and 60', () => {
    expect(Object.values(RISK_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect([levelOf(34.9), levelOf(35), levelOf(59.9), levelOf(60)]).toEqual(['low', 'medium', 'medium', 'high']);
  });

  it('stays within 0–100 with contributions that sum to the score, for any generated release', () => {
    const { catalog: big, plan: bigPlan } = generateEnterprise({ services: 80, dependencies: 200, releases: 60, windows: 15, sites: 6, seed: 11 });
    const bigCtx = buildRiskContext({ catalog: big, plan: bigPlan });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bigPlan.releases.length - 1 }), (i) => {
        const risk = releaseRisk(bigPlan.releases[i]!, bigCtx);
        expect(risk.score).toBeGreaterThanOrEqual(0);
        expect(risk.score).toBeLessThanOrEqual(100);
        expect(risk.score).toBeCloseTo(risk.factors.reduce((total, f) => total + f.contribution, 0), 9);
        for (const f of risk.factors) {
          expect(f.value).toBeGreaterThanOrEqual(0);
          expect(f.value).toBeLessThanOrEqual(1);
          expect(f.contribution).toBeCloseTo(Math.round(f.weight * f.value * 10) / 10, 9);
          expect(f.explanation.length).toBeGreaterThan(0);
        }
        expect(risk.level).toBe(levelOf(risk.score));
      }),
      { numRuns: 60 },
    );
  });
});
