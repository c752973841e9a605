import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../shared/demo/build-demo';
import { DEMO_COMPANY } from '../../shared/demo/demo-sites';

const weekday = (local: string) => new Date(`${local}:00Z`).getUTCDay();

describe('demo workspace', () => {
  it('places the peak freeze on the running or next season', () => {
    const peakOf = (now: string) => buildDemoWorkspace(new Date(now)).windows.find((w) => w.name === 'Peak-season freeze');
    expect(peakOf('2025-06-01T00:00:00Z')).toMatchObject({ startLocal: '2025-11-20T00:00', endLocal: '2026-01-05T23:59' });
    expect(peakOf('2025-12-24T00:00:00Z')).toMatchObject({ startLocal: '2025-11-20T00:00' });
    expect(peakOf('2026-01-03T00:00:00Z')).toMatchObject({ startLocal: '2025-11-20T00:00' });
    expect(peakOf('2026-01-07T00:00:00Z')).toMatchObject({ startLocal: '2026-11-20T00:00' });
  });

  it.each(['2025-03-05T10:00:00Z', '2025-12-06T23:00:00Z', '2026-08-30T04:00:00Z'])('starts recurring windows on a day their rule matches (now = %s)', (now) => {
    const windows = buildDemoWorkspace(new Date(now)).windows;
    const start = (name: string) => windows.find((w) => w.name === name)?.startLocal ?? '';
    expect(weekday(start('DC Sunday maintenance'))).toBe(0);
    expect(weekday(start('Cloud integration change window'))).toBe(2);
    expect(weekday(start('SAP S/4HANA Cloud vendor maintenance'))).toBe(6);
    expect(start('DC Sunday maintenance') >= now.slice(0, 10)).toBe(true);
  });

  it('keeps finished releases in the past and the story in last peak season', () => {
    for (const now of ['2025-12-04T00:00:00Z', '2025-12-09T00:00:00Z', '2026-07-01T00:00:00Z']) {
      const { releases } = buildDemoWorkspace(new Date(now));
      for (const r of releases.filter((x) => ['done', 'rolled-back', 'failed'].includes(x.status))) {
        expect(Date.parse(r.plannedStart ?? ''), `${r.title} at ${now}`).toBeLessThan(Date.parse(now));
      }
      const story = releases.find((r) => r.status === 'rolled-back');
      expect(story?.plannedStart?.slice(5, 10)).toBe('12-03');
    }
  });

  it('rolls out in waves with the pilot DC first and names a company', () => {
    const { releases, sites } = buildDemoWorkspace(new Date('2025-05-01T00:00:00Z'));
    const phoenix = sites.find((s) => s.name === 'DC Phoenix')?.id;
    for (const r of releases.filter((x) => x.strategy === 'waves')) expect(r.waves[0]?.siteIds).toEqual([phoenix]);
    expect(DEMO_COMPANY).toBe('Bluestem Supply Co.');
  });
});
