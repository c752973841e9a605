import { describe, expect, it } from 'vitest';
import { bandReferenceLines, doraBand, doraBands, doraSeries } from '../../shared/engine/dora';
import { january } from './dora-fixtures';

describe('doraBand (2024 Accelerate State of DevOps clusters)', () => {
  it('reads deployments per day: at least daily is on demand, then weekly, then monthly', () => {
    expect(doraBand('deploymentFrequency', 3)).toBe('elite');
    expect(doraBand('deploymentFrequency', 1)).toBe('elite');
    expect(doraBand('deploymentFrequency', 1 / 7)).toBe('high');
    expect(doraBand('deploymentFrequency', 0.1)).toBe('medium');
    expect(doraBand('deploymentFrequency', 1 / 30)).toBe('medium');
    expect(doraBand('deploymentFrequency', 0.01)).toBe('low');
  });

  it('reads lead time in hours: under a day, under a week, under a month, else low', () => {
    expect(doraBand('leadTime', 23.9)).toBe('elite');
    expect(doraBand('leadTime', 24)).toBe('high');
    expect(doraBand('leadTime', 167)).toBe('high');
    expect(doraBand('leadTime', 168)).toBe('medium');
    expect(doraBand('leadTime', 720)).toBe('low');
    expect(doraBand('leadTime', 10_000)).toBe('low');
  });

  it('reads the change fail rate against the published 5 / 20 / 10 / 40 % clusters', () => {
    expect(doraBand('changeFailRate', 0)).toBe('elite');
    expect(doraBand('changeFailRate', 0.05)).toBe('elite');
    expect(doraBand('changeFailRate', 0.08)).toBe('high');
    expect(doraBand('changeFailRate', 0.2)).toBe('high');
    expect(doraBand('changeFailRate', 0.3)).toBe('low');
    expect(doraBand('changeFailRate', 0.9)).toBe('low');
  });

  it('reads recovery time: under an hour, under a day, else low', () => {
    expect(doraBand('recoveryTime', 0.5)).toBe('elite');
    expect(doraBand('recoveryTime', 1)).toBe('high');
    expect(doraBand('recoveryTime', 48)).toBe('low');
  });

  it('gives no band for no data', () => {
    expect(doraBand('changeFailRate', null)).toBeNull();
    expect(doraBand('leadTime', Number.NaN)).toBeNull();
  });

  it('offers one reference line per band at its limit', () => {
    expect(bandReferenceLines('changeFailRate').map((l) => [l.band, l.value])).toEqual([
      ['elite', 0.05],
      ['high', 0.2],
      ['medium', 0.1],
      ['low', 0.4],
    ]);
    expect(bandReferenceLines('leadTime').map((l) => l.value)).toEqual([24, 168, 720, 4320]);
  });

  it('bands a week of measures, and an empty week not at all', () => {
    const [w2, , w4] = doraSeries(january, { from: '2026-01-05', to: '2026-01-26', unit: 'week' }).rows;
    // 5/7 a day, median lead 30 h, 60 % failing, 2 h to recover
    expect(doraBands(w2!.measures)).toEqual({ deploymentFrequency: 'high', leadTime: 'high', changeFailRate: 'low', recoveryTime: 'high' });
    expect(doraBands(w4!.measures)).toEqual({ deploymentFrequency: null, leadTime: null, changeFailRate: null, recoveryTime: null });
  });
});
