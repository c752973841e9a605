import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blastRadius, buildDependencyIndex, impactContribution, roundScore } from '../../shared/engine/graph';
import type { Catalog, Dependency, Service } from '../../shared/model/catalog';

function service(id: number, extra: Partial<Service> = {}): Service {
  return {
    id,
    name: `S${id}`,
    kind: 'integration',
    tier: 3,
    ownerTeam: `team-${id}`,
    hosting: 'cloud',
    siteIds: [],
    processIds: [],
    rtoMinutes: null,
    rpoMinutes: null,
    description: '',
    ...extra,
  };
}

/** Edge list [from, to, hard?]: `from` depends on `to`. */
function catalogOf(count: number, edges: ReadonlyArray<readonly [number, number, boolean]>, services?: Service[]): Catalog {
  return {
    sites: [
      { id: 1, name: 'Leeds', region: 'EMEA', timeZone: 'Europe/London', kind: 'dc' },
      { id: 2, name: 'Dallas', region: 'NA', timeZone: 'America/Chicago', kind: 'dc' },
    ],
    processes: [
      { id: 1, name: 'Order capture', description: '' },
      { id: 2, name: 'Pick-pack-ship', description: '' },
    ],
    services: services ?? Array.from({ length: count }, (_, i) => service(i + 1)),
    dependencies: edges.map(([fromId, toId, hard], i): Dependency => ({ id: i + 1, fromId, toId, kind: 'sync-api', strength: hard ? 'hard' : 'soft' })),
  };
}

describe('blast radius examples', () => {
  // 1 <- 2 (hard) <- 3 (soft) ; 3 also reaches 1 through 4 and 5 with hard edges only.
  const catalog = catalogOf(
    6,
    [
      [2, 1, true],
      [3, 2, false],
      [4, 1, true],
      [5, 4, true],
      [3, 5, true],
      [6, 3, true],
      [1, 6, false], // a cycle back to the source
    ],
    [
      service(1, { tier: 1, siteIds: [1], processIds: [1], ownerTeam: 'Core' }),
      service(2, { tier: 1, siteIds: [2], ownerTeam: 'Core' }),
      service(3, { tier: 2, processIds: [2], ownerTeam: 'Integration' }),
      service(4, { tier: 3, ownerTeam: '' }),
      service(5, { tier: 3, ownerTeam: 'Edge' }),
      service(6, { tier: 2, siteIds: [2], ownerTeam: 'Portal' }),
    ],
  );
  const index = buildDependencyIndex(catalog);

  it('lists every dependent with shortest hops, and hard wins over a shorter soft path', () => {
    const result = blastRadius(index, [1]);
    const byId = new Map(result.impacted.map((s) => [s.serviceId, s]));
    expect([...byId.keys()].sort()).toEqual([2, 3, 4, 5, 6]);
    expect(byId.get(2)).toMatchObject({ hops: 1, strength: 'hard', hardHops: 1, viaServiceId: 1 });
    // Shortest path to 3 is 3 -> 2 -> 1 (soft first hop), but 3 -> 5 -> 4 -> 1 is all hard.
    expect(byId.get(3)).toMatchObject({ hops: 2, strength: 'hard', hardHops: 3, viaServiceId: 2 });
    expect(byId.get(6)).toMatchObject({ hops: 3, strength: 'hard', hardHops: 4 });
    expect(result.counts).toEqual({ impacted: 5, hard: 5, soft: 0, tier1: 1, tier2: 2, tier3: 2 });
  });

  it('carries sites, processes and teams, hard when a failing service carries them', () => {
    const result = blastRadius(index, [1]);
    expect(result.sites).toEqual([
      { id: 1, strength: 'hard' },
      { id: 2, strength: 'hard' },
    ]);
    expect(result.processes).toEqual([
      { id: 1, strength: 'hard' },
      { id: 2, strength: 'hard' },
    ]);
    expect(result.teams.map((t) => t.team)).toEqual(['Core', 'Edge', 'Integration', 'Portal']);
  });

  it('scores tier × strength / hops', () => {
    // 2: tier1 hard 1 hop = 10; 4: tier3 hard 1 = 1; 3: tier2 hard 2 hops = 1.5; 5: tier3 hard 2 = 0.5; 6: tier2 hard 3 = 1.
    expect(blastRadius(index, [1]).score).toBe(14);
  });

  it('respects the depth limit, for hops and for the hard paths it counts', () => {
    const result = blastRadius(index, [1], { maxDepth: 2 });
    const byId = new Map(result.impacted.map((s) => [s.serviceId, s]));
    expect([...byId.keys()].sort()).toEqual([2, 3, 4, 5]);
    // Within two hops the only path to 3 is soft.
    expect(byId.get(3)).toMatchObject({ hops: 2, strength: 'soft', hardHops: null });
    expect(result.maxDepth).toBe(2);
    expect(blastRadius(index, [1], { maxDepth: 0 }).impacted).toEqual([]);
  });

  it('walks upstream: what the service needs', () => {
    const result = blastRadius(index, [3], { direction: 'upstream' });
    const byId = new Map(result.impacted.map((s) => [s.serviceId, s]));
    expect([...byId.keys()].sort()).toEqual([1, 2, 4, 5, 6]);
    expect(byId.get(2)).toMatchObject({ hops: 1, strength: 'soft' });
    expect(byId.get(5)).toMatchObject({ hops: 1, strength: 'hard' });
    expect(byId.get(1)).toMatchObject({ hops: 2, strength: 'hard', hardHops: 3 });
  });

  it('unions several failing services, counting hops from the nearest', () => {
    const result = blastRadius(index, [5, 2, 999]);
    expect(result.sourceIds).toEqual([5, 2]);
    const byId = new Map(result.impacted.map((s) => [s.serviceId, s]));
    expect(byId.get(3)).toMatchObject({ hops: 1 });
    expect(byId.has(5)).toBe(false);
    expect(byId.get(6)).toMatchObject({ hops: 2 });
  });
});

// ---- properties against brute force -------------------------------------------------------------

const graphArbitrary = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: n }), fc.boolean()), {
      maxLength: 20,
      selector: ([a, b]) => `${a}-${b}`,
    }),
    sources: fc.uniqueArray(fc.integer({ min: 1, max: n }), { minLength: 1, maxLength: 3 }),
    maxDepth: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    direction: fc.constantFrom('downstream' as const, 'upstream' as const),
  }),
);

/** Neighbours in walking order: downstream goes from B to the A with A -> B. */
function step(edges: ReadonlyArray<readonly [number, number, boolean]>, direction: 'downstream' | 'upstream') {
  return edges.filter(([a, b]) => a !== b).map(([a, b, hard]) => (direction === 'downstream' ? ([b, a, hard] as const) : ([a, b, hard] as const)));
}

/** Every simple path from any source, by depth-first enumeration (fine for 8 nodes). */
function bruteForce(n: number, walk: ReadonlyArray<readonly [number, number, boolean]>, sources: number[], maxDepth: number) {
  const shortest = new Map<number, number>();
  const shortestHard = new Map<number, number>();
  const visit = (node: number, depth: number, allHard: boolean, onPath: Set<number>) => {
    if (!shortest.has(node) || shortest.get(node)! > depth) shortest.set(node, depth);
    if (allHard && (!shortestHard.has(node) || shortestHard.get(node)! > depth)) shortestHard.set(node, depth);
    if (depth === maxDepth) return;
    for (const [from, to, hard] of walk) {
      if (from !== node || onPath.has(to)) continue;
      onPath.add(to);
      visit(to, depth + 1, allHard && hard, onPath);
      onPath.delete(to);
    }
  };
  for (const source of sources) visit(source, 0, true, new Set([source]));
  expect(n).toBeGreaterThan(0);
  return { shortest, shortestHard };
}

describe('blast radius properties', () => {
  it('matches brute-force reachability, BFS hops, depth limit and hard/soft classification', () => {
    fc.assert(
      fc.property(graphArbitrary, ({ n, edges, sources, maxDepth, direction }) => {
        const index = buildDependencyIndex(catalogOf(n, edges));
        const result = blastRadius(index, sources, { direction, maxDepth });
        const { shortest, shortestHard } = bruteForce(n, step(edges, direction), sources, maxDepth ?? n);
        const expected = [...shortest.keys()].filter((id) => !sources.includes(id)).sort((a, b) => a - b);
        expect(result.impacted.map((s) => s.serviceId).sort((a, b) => a - b)).toEqual(expected);
        for (const impacted of result.impacted) {
          expect(impacted.hops).toBe(shortest.get(impacted.serviceId));
          expect(impacted.hops).toBeLessThanOrEqual(maxDepth ?? n);
          expect(impacted.strength).toBe(shortestHard.has(impacted.serviceId) ? 'hard' : 'soft');
          expect(impacted.hardHops).toBe(shortestHard.get(impacted.serviceId) ?? null);
        }
        expect(result.counts.hard + result.counts.soft).toBe(result.impacted.length);
        expect(result.score).toBe(roundScore(result.impacted.reduce((sum, s) => sum + impactContribution(s.tier, s.strength, s.hops), 0)));
      }),
      { numRuns: 300 },
    );
  });

  it('downstream of S is exactly the set of services with a path to S', () => {
    fc.assert(
      fc.property(graphArbitrary, ({ n, edges }) => {
        const index = buildDependencyIndex(catalogOf(n, edges));
        for (let target = 1; target <= n; target++) {
          const reaches = (from: number): boolean => {
            const seen = new Set([from]);
            const stack = [from];
            while (stack.length) {
              const node = stack.pop()!;
              for (const [a, b] of edges) {
                if (a !== node || a === b) continue;
                if (b === target) return true;
                if (!seen.has(b)) {
                  seen.add(b);
                  stack.push(b);
                }
              }
            }
            return false;
          };
          const expected = Array.from({ length: n }, (_, i) => i + 1).filter((id) => id !== target && reaches(id));
          const actual = blastRadius(index, [target]).impacted.map((s) => s.serviceId).sort((a, b) => a - b);
          expect(actual).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
