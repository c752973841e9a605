import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReleaseSchedule,
  describeScheduleViolation,
  scheduleReleases,
  type Precedence,
  type ScheduleProblem,
  type ScheduleRelease,
  type SlotInterval,
} from '../../shared/engine/schedule';
import { MONDAY } from './schedule-helpers';

/** Two-hour slots, 12 a day, five days: small enough for brute force, long enough for days to matter. */
const H = 60;
const KINDS = ['finish-before', 'start-after', 'same-window'] as const;

/** Sorted disjoint intervals from distinct cut points, paired up; may stick out of the horizon. */
const intervalsArb = (maxCuts: number): fc.Arbitrary<SlotInterval[]> =>
  fc.uniqueArray(fc.integer({ min: -4, max: H + 4 }), { maxLength: maxCuts }).map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const out: SlotInterval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) out.push({ start: sorted[i]!, end: sorted[i + 1]! });
    return out;
  });

const releaseArb: fc.Arbitrary<ScheduleRelease> = fc
  .record({
    durationSlots: fc.integer({ min: 1, max: 6 }),
    earliestSlot: fc.integer({ min: 0, max: 30 }),
    deadlineExtra: fc.option(fc.integer({ min: -3, max: 40 }), { freq: 2 }),
    services: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }),
    sites: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }),
    teams: fc.uniqueArray(fc.integer({ min: 0, max: 1 }), { maxLength: 1 }),
    tier: fc.constantFrom(1 as const, 2 as const, 3 as const),
    blocked: intervalsArb(6),
    within: fc.option(intervalsArb(10), { freq: 2 }),
    // One release in ten is pinned (fc.option can only make null the rarer case).
    pin: fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), weight: 1 }),
  })
  .map((r): ScheduleRelease => {
    const release: ScheduleRelease = {
      id: '',
      durationSlots: r.durationSlots,
      earliestSlot: r.earliestSlot,
      services: r.services,
      sites: r.sites,
      teams: r.teams,
      tier: r.tier,
      blocked: r.blocked.map((b, i) => ({ ...b, label: `hard freeze 'F${i}'` })),
    };
    if (r.deadlineExtra !== null) release.deadlineSlot = r.earliestSlot + r.durationSlots + r.deadlineExtra;
    if (r.within !== null && r.within.length > 0) release.within = r.within;
    if (r.pin !== null) release.pinnedSlot = Math.floor(r.pin * (H - r.durationSlots + 1));
    return release;
  });

/** With `acyclic`, directed edges go from lower to higher rank of a random permutation. */
const problemArb = (acyclic: boolean): fc.Arbitrary<ScheduleProblem> =>
  fc.integer({ min: 1, max: 9 }).chain((n) =>
    fc
      .record({
        releases: fc.array(releaseArb, { minLength: n, maxLength: n }),
        permutation: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
        edges: fc.array(fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), kind: fc.constantFrom(...KINDS) }), { maxLength: 2 * n }),
        siteCapacity: fc.array(fc.constantFrom(0, 1, 1, 2, 2, 2), { minLength: 3, maxLength: 3 }),
        teamCapacity: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 2, maxLength: 2 }),
        // Real calendars are shared (a service family's windows), which same-window partners need.
        sharedWithin: intervalsArb(12),
        useShared: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      })
      .map(({ releases, permutation, edges, siteCapacity, teamCapacity, sharedWithin, useShared }): ScheduleProblem => {
        const precedences: Precedence[] = edges.flatMap(({ a, b, kind }) => {
          if (a === b) return [];
          if (!acyclic || kind === 'same-window') return [{ kind, from: a, to: b }];
          const [low, high] = a < b ? [a, b] : [b, a];
          return [{ kind, from: permutation[low]!, to: permutation[high]! }];
        });
        return {
          slotMinutes: 120,
          horizonStartMs: MONDAY,
          horizonSlots: H,
          serviceCount: 4,
          siteCapacity,
          teamCapacity,
          releases: releases.map((r, i) => ({ ...r, id: `R${i}`, ...(useShared[i] && sharedWithin.length > 0 ? { within: sharedWithin } : {}) })),
          precedences,
        };
      }),
  );

// 150 passes: past the seeding of the population, so crossover and mutation run too.
const solve = (problem: ScheduleProblem, seed = 1) => scheduleReleases(problem, { timeLimitMs: 60_000, seed, maxSchedules: 150 });

function expectExplainedAndFeasible(problem: ScheduleProblem): void {
  const result = solve(problem);
  expect(checkReleaseSchedule(problem, result.starts).map(describeScheduleViolation)).toEqual([]);
  const unscheduled = result.starts.flatMap((s, r) => (s === null ? [r] : []));
  expect(result.infeasible.map((entry) => entry.releaseIndex)).toEqual(unscheduled);
  expect(result.objective.unscheduled).toBe(unscheduled.length);
  for (const entry of result.infeasible) {
    expect(entry.reasons.length).toBeGreaterThan(0);
    for (const reason of entry.reasons) expect(reason).not.toMatch(/undefined|NaN|^$/);
    const release = problem.releases[entry.releaseIndex]!;
    if (entry.earliestSlot !== null) expect(entry.earliestSlot + release.durationSlots).toBeLessThanOrEqual(H);
  }
}

describe('scheduleReleases on random problems', () => {
  it('always returns a schedule the independent checker accepts, and explains every release left out', () => {
    fc.assert(fc.property(problemArb(true), expectExplainedAndFeasible), { numRuns: 400 });
  });

  it('reports every release on a precedence cycle (found by brute-force reachability) and stays feasible', () => {
    fc.assert(
      fc.property(problemArb(false), (problem) => {
        expectExplainedAndFeasible(problem);
        const n = problem.releases.length;
        const reach = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
        for (const p of problem.precedences) if (p.kind !== 'same-window') reach[p.from]![p.to] = true;
        for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (reach[i]![k] && reach[k]![j]) reach[i]![j] = true;
        const result = solve(problem);
        for (let r = 0; r < n; r++) {
          const entry = result.infeasible.find((e) => e.releaseIndex === r);
          if (!reach[r]![r]) {
            expect(entry?.cycle).toBeUndefined();
            continue;
          }
          expect(result.starts[r]).toBeNull();
          expect(entry?.cycle).toContain(r);
          expect(entry?.reasons[0]).toMatch(/^precedence cycle R\d+ → /);
          for (const member of entry!.cycle!) expect(reach[r]![member] && reach[member]![r]).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic for a seed and schedule budget', () => {
    fc.assert(
      fc.property(problemArb(true), fc.integer(), (problem, seed) => {
        const a = solve(problem, seed);
        const b = solve(problem, seed);
        expect(b.starts).toEqual(a.starts);
        expect(b.objective).toEqual(a.objective);
        expect(b.infeasible).toEqual(a.infeasible);
      }),
      { numRuns: 100 },
    );
  });

  it('places a lone release at the first start a slot-by-slot scan accepts', () => {
    fc.assert(
      fc.property(releaseArb, (release) => {
        const problem: ScheduleProblem = {
          slotMinutes: 120, horizonStartMs: MONDAY, horizonSlots: H, serviceCount: 4,
          siteCapacity: [1, 1, 0], teamCapacity: [1, 1], releases: [{ ...release, id: 'Solo' }], precedences: [],
        };
        let first: number | null = null;
        for (let s = 0; s + release.durationSlots <= H && first === null; s++) {
          if (checkReleaseSchedule(problem, [s]).length === 0) first = s;
        }
        expect(solve(problem).starts).toEqual([first]);
      }),
      { numRuns: 400 },
    );
  });

  it('names the hard freeze when it covers every slot a release could use', () => {
    fc.assert(
      fc.property(problemArb(true), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.nat(5), fc.nat(5), (base, earliest, room, before, after) => {
        const d = 3;
        const deadline = earliest + d + room;
        const frozen: ScheduleRelease = {
          id: 'Frozen', durationSlots: d, earliestSlot: earliest, deadlineSlot: deadline, services: [], sites: [], teams: [], tier: 2,
          blocked: [{ start: earliest - before, end: deadline + after, label: "hard freeze 'Peak season'" }],
        };
        const problem = { ...base, releases: [...base.releases, frozen] };
        const result = solve(problem);
        expect(checkReleaseSchedule(problem, result.starts)).toEqual([]);
        const entry = result.infeasible.find((e) => e.releaseIndex === base.releases.length);
        expect(entry?.reasons).toEqual([expect.stringMatching(/^hard freeze 'Peak season' covers every slot from /)]);
        expect(entry?.earliestSlot).toBe(deadline + after + d <= H ? deadline + after : null);
      }),
      { numRuns: 200 },
    );
  });
});
