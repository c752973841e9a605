import { describe, expect, it } from 'vitest';
import { buildImpactReport, escapeMarkdown, focusSources, impactMarkdown, localTimeIn, neighbourhoodOf, upcomingReleases, waveExposure } from '../../shared/blast';
import { blastRadius, buildDependencyIndex } from '../../shared/engine/graph';
import type { Catalog, Service } from '../../shared/model/catalog';
import type { Release } from '../../shared/model/plan';

const NOW = Date.parse('2026-11-22T10:00:00Z');

function service(id: number, extra: Partial<Service> = {}): Service {
  return { id, name: `S${id}`, kind: 'integration', tier: 3, ownerTeam: `team-${id}`, hosting: 'cloud', siteIds: [], processIds: [], rtoMinutes: null, rpoMinutes: null, description: '', ...extra };
}

// 2 depends on 1 (hard), 3 depends on 2 (soft), 4 depends on 1 (hard). Failing 1: 2 and 4 stop, 3 degrades.
const catalog: Catalog = {
  sites: [
    { id: 1, name: 'DC Leeds', region: 'EMEA', timeZone: 'Europe/London', kind: 'dc' },
    { id: 2, name: 'DC Dallas', region: 'NA', timeZone: 'America/Chicago', kind: 'dc' },
  ],
  processes: [
    { id: 1, name: 'Pick-pack-ship', description: '' },
    { id: 2, name: 'Invoicing', description: '' },
  ],
  services: [service(1, { tier: 1 }), service(2, { siteIds: [1], processIds: [1], tier: 1 }), service(3, { siteIds: [2], processIds: [2] }), service(4, { siteIds: [2], tier: 2 })],
  dependencies: [
    { id: 10, fromId: 2, toId: 1, kind: 'sync-api', strength: 'hard' },
    { id: 11, fromId: 3, toId: 2, kind: 'event', strength: 'soft' },
    { id: 12, fromId: 4, toId: 1, kind: 'batch', strength: 'hard' },
  ],
};

function release(extra: Partial<Release>): Release {
  return {
    id: 1, title: 'R', type: 'normal', status: 'scheduled', train: '', plannedStart: null, durationMinutes: 60, strategy: 'waves', requester: '', approvers: [],
    services: [], waves: [], rollback: { steps: [], expectedMinutes: 0, tested: false }, dependsOn: [], outcome: null, ...extra,
  };
}

describe('blast view helpers over the engine result', () => {
  const radius = blastRadius(buildDependencyIndex(catalog), [1]);

  it('the map holds the engine’s sources and impacted services, with edges drawn the way impact travels', () => {
    const { nodes, edges } = neighbourhoodOf(catalog, radius);
    expect(nodes.map((n) => [n.id, n.role, n.hops])).toEqual([[1, 'source', 0], [2, 'hard', 1], [4, 'hard', 1], [3, 'soft', 2]]);
    expect(edges).toContainEqual({ id: 10, from: 1, to: 2, strength: 'hard' });
    expect(edges).toContainEqual({ id: 11, from: 2, to: 3, strength: 'soft' });
    const up = neighbourhoodOf(catalog, blastRadius(buildDependencyIndex(catalog), [3], { direction: 'upstream' }));
    expect(up.edges).toContainEqual({ id: 11, from: 3, to: 2, strength: 'soft' });
  });

  it('a site focus takes every service at the site; a release focus its changed services', () => {
    expect(focusSources(catalog, { releases: [] }, { kind: 'site', siteId: 2 })).toEqual([3, 4]);
    expect(focusSources(catalog, { releases: [release({ id: 5, services: [{ serviceId: 4, how: 'code' }, { serviceId: 99, how: 'code' }] })] }, { kind: 'release', releaseId: 5 })).toEqual([4]);
  });

  it('the report names sites with their local time, splits stop from degrade, and breaks the score down to the engine’s total', () => {
    const report = buildImpactReport(catalog, { releases: [] }, radius, NOW, 'incident');
    expect(report.sites).toEqual([
      expect.objectContaining({ name: 'DC Leeds', localTime: '10:00 Sun', offHours: false, strength: 'hard' }),
      expect.objectContaining({ name: 'DC Dallas', localTime: '04:00 Sun', offHours: true, strength: 'hard' }),
    ]);
    expect(report.processes).toEqual([{ id: 1, name: 'Pick-pack-ship', strength: 'hard' }, { id: 2, name: 'Invoicing', strength: 'soft' }]);
    const total = report.scoreParts.reduce((sum, p) => sum + p.points, 0);
    expect(Math.round(total * 10) / 10).toBe(report.score);
  });

  it('upcoming releases: the next 14 days, touching an involved service, not finished or cancelled', () => {
    const at = (days: number) => new Date(NOW + days * 86_400_000).toISOString();
    const releases = [
      release({ id: 1, plannedStart: at(3), services: [{ serviceId: 3, how: 'code' }] }),
      release({ id: 2, plannedStart: at(20), services: [{ serviceId: 3, how: 'code' }] }),
      release({ id: 3, plannedStart: at(1), services: [{ serviceId: 3, how: 'code' }], status: 'cancelled' }),
      release({ id: 4, plannedStart: at(2), services: [{ serviceId: 77, how: 'code' }] }),
      release({ id: 5, plannedStart: at(1), services: [{ serviceId: 1, how: 'code' }] }),
    ];
    expect(upcomingReleases({ releases }, new Set([1, 3]), NOW).map((r) => r.id)).toEqual([5, 1]);
  });

  it('per-wave exposure counts only impacted sites, cumulatively', () => {
    const waves = waveExposure(release({ waves: [{ name: 'Pilot', siteIds: [1], soakMinutes: 0 }, { name: 'Rest', siteIds: [2, 9], soakMinutes: 0 }] }), radius, catalog);
    expect(waves.map((w) => [w.name, w.sites.map((s) => s.id), w.cumulativeSiteIds, w.share])).toEqual([['Pilot', [1], [1], 0.5], ['Rest', [2], [1, 2], 1]]);
    expect(waves[1]!.serviceIds).toEqual([3, 4]);
  });

  it('escapes catalog names in Markdown: no live HTML, no table breakouts, no links', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> | [a](b) *x*')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt; \\| \\[a\\]\\(b\\) \\*x\\*');
    const hostile = { ...catalog, services: catalog.services.map((s) => (s.id === 2 ? { ...s, name: '<script>x</script>|' } : s)) };
    const md = impactMarkdown(buildImpactReport(hostile, { releases: [] }, blastRadius(buildDependencyIndex(hostile), [1]), NOW, 'change'), '2026-11-22T10:00Z');
    expect(md).not.toContain('<script>');
    expect(md).toContain('| &lt;script&gt;x&lt;/script&gt;\\| | 1 | 1 | hard | S1 | team\\-2 |');
  });

  it('local time falls back plainly for a zone the runtime does not know', () => {
    expect(localTimeIn('Not/AZone', NOW).text).toBe('unknown zone');
  });
});
