import { describe, expect, it } from 'vitest';
import { formatSlot, scheduleReleases, validateScheduleProblem } from '../../shared/engine/schedule';
import { generateScheduleProblem } from '../../bench/schedule-fixture';
import { problemOf, reasonsOf, release, solveChecked } from './schedule-helpers';

const freeze = (start: number, end: number, name = 'Peak season') => ({ start, end, label: `hard freeze '${name}'` });

describe('scheduleReleases: placement', () => {
  it('starts a free release at its earliest slot', () => {
    const result = solveChecked(problemOf([release('A', { earliestSlot: 5 })]));
    expect(result.starts).toEqual([5]);
    expect(result.infeasible).toEqual([]);
    expect(result.objective).toMatchObject({ unscheduled: 0, makespan: 7, weightedCompletion: 7 });
  });

  it('jumps past blocked intervals and into a maintenance window long enough', () => {
    const problem = problemOf([
      release('A', { durationSlots: 3, blocked: [freeze(0, 10)] }),
      release('B', { durationSlots: 3, within: [{ start: 2, end: 4 }, { start: 20, end: 26 }] }),
    ]);
    expect(solveChecked(problem).starts).toEqual([10, 20]);
  });

  it('runs one change at a time per service and respects site and team capacity', () => {
    const problem = problemOf(
      [
        release('A', { durationSlots: 4, services: [0] }),
        release('B', { durationSlots: 4, services: [0] }),
        release('C', { durationSlots: 4, sites: [1] }),
        release('D', { durationSlots: 4, sites: [1] }),
        release('E', { durationSlots: 4, sites: [1] }),
        release('F', { durationSlots: 3, teams: [0] }),
        release('G', { durationSlots: 3, teams: [0] }),
      ],
      [],
      { siteCapacity: [1, 2], teamCapacity: [1] },
    );
    const { starts } = solveChecked(problem);
    expect([starts[0], starts[1]].sort()).toEqual([0, 4]);
    expect([starts[2], starts[3], starts[4]].sort()).toEqual([0, 0, 4]);
    expect([starts[5], starts[6]].sort()).toEqual([0, 3]);
  });

  it('honours finish-before, start-after and same-day same-window', () => {
    const problem = problemOf(
      [
        release('A', { durationSlots: 5 }),
        release('B', { durationSlots: 2 }),
        release('C', { durationSlots: 2, earliestSlot: 3 }),
        release('D', { durationSlots: 2, earliestSlot: 0 }),
        release('E', { durationSlots: 2, earliestSlot: 30 }),
      ],
      [
        { kind: 'finish-before', from: 0, to: 1 },
        { kind: 'start-after', from: 2, to: 3 },
        { kind: 'same-window', from: 3, to: 4 },
      ],
    );
    const { starts } = solveChecked(problem);
    expect(starts[1]).toBe(5);
    expect(starts[3]).toBeGreaterThanOrEqual(starts[2]!);
    // E cannot start before slot 30 (Tuesday), so D joins it on Tuesday.
    expect(Math.floor(starts[3]! / 24)).toBe(Math.floor(starts[4]! / 24));
    expect(starts[4]).toBe(30);
  });

  it('moves same-window partners to a later common maintenance window when one cannot make the first', () => {
    const windows = [{ start: 0, end: 6 }, { start: 24, end: 30 }, { start: 48, end: 54 }];
    const problem = problemOf(
      [release('A', { within: windows }), release('B', { within: windows, earliestSlot: 29 })],
      [{ kind: 'same-window', from: 0, to: 1 }],
    );
    expect(solveChecked(problem).starts).toEqual([48, 48]);
  });

  it('keeps pins where they are, even inside a freeze, and plans around them', () => {
    const problem = problemOf([
      release('Running', { durationSlots: 6, services: [0], pinnedSlot: 2, blocked: [freeze(0, 50)] }),
      release('Next', { durationSlots: 2, services: [0] }),
    ]);
    expect(solveChecked(problem).starts).toEqual([2, 0]);
    const longer = problemOf([
      release('Running', { durationSlots: 6, services: [0], pinnedSlot: 2 }),
      release('Next', { durationSlots: 3, services: [0] }),
    ]);
    expect(solveChecked(longer).starts).toEqual([2, 8]);
  });

  it('spreads tier-1 releases apart unless the penalty is switched off', () => {
    const problem = problemOf([
      release('T1a', { tier: 1, services: [0], sites: [1] }),
      release('T1b', { tier: 1, services: [1], sites: [1] }),
    ]);
    const spread = solveChecked(problem);
    expect(spread.objective).toMatchObject({ tier1Overlaps: 0, tier1SameDaySite: 0, riskPenalty: 0 });
    const together = solveChecked(problem, { weights: { tier1PairPenalty: 0 } });
    expect(together.starts).toEqual([0, 0]);
    expect(together.objective).toMatchObject({ tier1Overlaps: 1, tier1SameDaySite: 1, riskPenalty: 0 });
  });

  it('returns the same schedule for the same seed and schedule budget', () => {
    const releases = Array.from({ length: 30 }, (_, i) =>
      release(`R${i}`, { durationSlots: 1 + (i % 5), services: [i % 4], sites: [i % 2], tier: ((i % 3) + 1) as 1 | 2 | 3, earliestSlot: i % 7 }),
    );
    const precedences = Array.from({ length: 10 }, (_, i) => ({ kind: 'finish-before' as const, from: i, to: i + 10 }));
    const a = scheduleReleases(problemOf(releases, precedences), { timeLimitMs: 60_000, seed: 9, maxSchedules: 80 });
    const b = scheduleReleases(problemOf(releases, precedences), { timeLimitMs: 60_000, seed: 9, maxSchedules: 80 });
    expect(b.starts).toEqual(a.starts);
    expect(b.objective).toEqual(a.objective);
    expect(b.schedules).toBe(a.schedules);
  });
});

describe('scheduleReleases: infeasibility explained', () => {
  it('names the hard freeze that covers every slot before the deadline, and the first slot after it', () => {
    const problem = problemOf([release('Hotfix', { durationSlots: 4, deadlineSlot: 48, blocked: [freeze(0, 72)] }), release('Other')]);
    const result = solveChecked(problem);
    expect(result.starts).toEqual([null, 0]);
    expect(result.infeasible).toEqual([
      {
        releaseIndex: 0,
        reasons: [`hard freeze 'Peak season' covers every slot from ${formatSlot(problem, 0)} to its deadline ${formatSlot(problem, 48)}`],
        earliestSlot: 72,
      },
    ]);
  });

  it('reports a release with no window of its length before the deadline', () => {
    const problem = problemOf([release('Schema', { durationSlots: 4, deadlineSlot: 40, within: [{ start: 0, end: 2 }, { start: 24, end: 27 }, { start: 60, end: 70 }] })]);
    const result = solveChecked(problem);
    expect(result.infeasible[0]!.reasons[0]).toMatch(/^no maintenance window of 4 h between .* and its deadline/);
    expect(result.infeasible[0]!.earliestSlot).toBe(60);
  });

  it('names the freezes covering every window that would fit', () => {
    const within = [{ start: 0, end: 6 }, { start: 24, end: 30 }];
    const problem = problemOf([release('WMS', { durationSlots: 4, within, blocked: [freeze(0, 30, 'Inventory count')] })]);
    const result = solveChecked(problem);
    expect(result.infeasible[0]!.reasons[0]).toMatch(/every maintenance window of 4 h .* is covered by hard freeze 'Inventory count'/);
    expect(result.infeasible[0]!.earliestSlot).toBeNull();
  });

  it('names a full site and the releases holding it', () => {
    const problem = problemOf([
      release('Cutover', { durationSlots: 40, sites: [0], pinnedSlot: 0 }),
      release('Label fix', { durationSlots: 2, sites: [0], deadlineSlot: 30 }),
    ]);
    const result = solveChecked(problem);
    expect(reasonsOf(result, 1)).toEqual([expect.stringMatching(/^site capacity at DC Reno \(1 at a time\) is full .*\(Cutover\)$/)]);
    expect(result.infeasible[0]!.earliestSlot).toBe(40);
  });

  it('says when a site accepts no changes at all', () => {
    const result = solveChecked(problemOf([release('A', { sites: [0] }), release('B', { sites: [0] })], [], { siteCapacity: [0, 2] }));
    expect(reasonsOf(result, 0)).toEqual(['site DC Reno accepts no changes (capacity 0)']);
    expect(result.infeasible.map((entry) => entry.earliestSlot)).toEqual([null, null]);
  });

  it('reports precedence cycles with their members and schedules everything else', () => {
    const problem = problemOf(
      [release('R0'), release('R1'), release('R2'), release('R3'), release('R4')],
      [
        { kind: 'finish-before', from: 0, to: 1 },
        { kind: 'start-after', from: 1, to: 2 },
        { kind: 'finish-before', from: 2, to: 0 },
        { kind: 'finish-before', from: 0, to: 3 },
      ],
    );
    const result = solveChecked(problem);
    expect(result.starts).toEqual([null, null, null, null, 0]);
    for (const r of [0, 1, 2]) {
      const entry = result.infeasible.find((e) => e.releaseIndex === r)!;
      expect(entry.cycle).toEqual([0, 1, 2]);
      expect(entry.reasons).toEqual(['precedence cycle R0 → R1 → R2 → R0']);
      expect(entry.earliestSlot).toBeNull();
    }
    expect(reasonsOf(result, 3)).toEqual(['predecessor R0 cannot be placed']);
  });

  it('explains a deadline that predecessors leave no room for', () => {
    const problem = problemOf(
      [release('Expand', { durationSlots: 10, blocked: [freeze(0, 20, 'Quarter close')] }), release('Migrate', { durationSlots: 4, deadlineSlot: 25 }), release('Contract')],
      [
        { kind: 'finish-before', from: 0, to: 1 },
        { kind: 'finish-before', from: 1, to: 2 },
      ],
    );
    const result = solveChecked(problem);
    expect(result.starts).toEqual([20, null, null]);
    expect(reasonsOf(result, 1)[0]).toMatch(/^predecessor Expand finishing at .* leaves no room for its 4 h before its deadline/);
    expect(result.infeasible[0]!.earliestSlot).toBe(30);
    expect(reasonsOf(result, 2)).toEqual(['predecessor Migrate cannot be placed']);
    expect(result.infeasible[1]!.earliestSlot).toBe(34);
  });

  it('reports same-window partners whose maintenance windows never meet', () => {
    const problem = problemOf(
      [release('A', { within: [{ start: 0, end: 6 }] }), release('B', { within: [{ start: 30, end: 36 }] })],
      [{ kind: 'same-window', from: 0, to: 1 }],
    );
    const result = solveChecked(problem);
    expect(result.starts).toEqual([null, null]);
    expect(reasonsOf(result, 0)).toEqual(['its maintenance windows never overlap those of same-window partner B with room for both']);
  });

  it('explains a release that cannot finish before its pinned successor, and the pin that loses it', () => {
    const problem = problemOf([release('Prep', { durationSlots: 4, earliestSlot: 10 }), release('Running', { pinnedSlot: 5 })], [
      { kind: 'finish-before', from: 0, to: 1 },
    ]);
    const result = solveChecked(problem);
    expect(result.starts).toEqual([null, null]);
    expect(reasonsOf(result, 0)).toEqual([
      `its earliest start ${formatSlot(problem, 10)} leaves no room for its 4 h before ${formatSlot(problem, 5)} (required by pinned successor Running)`,
    ]);
    expect(reasonsOf(result, 1)).toEqual(['predecessor Prep cannot be placed']);
  });

  it('says when same-window partners never find a common window before a deadline', () => {
    const problem = problemOf(
      [release('DB', { within: [{ start: 0, end: 6 }, { start: 24, end: 30 }] }), release('App', { earliestSlot: 8, deadlineSlot: 20 })],
      [{ kind: 'same-window', from: 0, to: 1 }],
    );
    const result = solveChecked(problem);
    expect(result.starts).toEqual([null, null]);
    expect(reasonsOf(result, 0)).toEqual(['no window before the horizon end in which it and same-window partner App can both start']);
    expect(reasonsOf(result, 1)).toEqual([`no window before its deadline ${formatSlot(problem, 20)} in which it and same-window partner DB can both start`]);
    expect(result.infeasible.map((entry) => entry.earliestSlot)).toEqual([0, 8]);
  });

  it('reports pins that clash with each other', () => {
    const problem = problemOf([
      release('P1', { services: [3], pinnedSlot: 0, durationSlots: 5 }),
      release('P2', { services: [3], pinnedSlot: 2 }),
    ]);
    const result = solveChecked(problem);
    expect(result.starts).toEqual([0, null]);
    expect(reasonsOf(result, 1)).toEqual([`pinned start ${formatSlot(problem, 2)} clashes with pinned P1 on service svc-3`]);
  });
});

describe('validateScheduleProblem', () => {
  it('lists every problem in plain words', () => {
    const problem = problemOf(
      [
        release('A', { services: [12], blocked: [freeze(10, 20), freeze(5, 8)] }),
        release('A', { durationSlots: 0, tier: 4 as 1 }),
      ],
      [{ kind: 'finish-before', from: 0, to: 7 }],
    );
    expect(validateScheduleProblem(problem)).toEqual([
      'release 0 (A): unknown service 12 (there are 10)',
      'release 0 (A): blocked intervals must be sorted and disjoint; blocked 1 starts at 5 before the previous one ends at 20',
      'release 1 (A): id also used by release 0',
      'release 1 (A): durationSlots must be a whole number >= 1, got 0',
      'release 1 (A): tier must be 1, 2 or 3, got 4',
      'precedence 0: unknown release 7 (there are 2)',
    ]);
    expect(() => scheduleReleases(problem, { timeLimitMs: 10, seed: 1 })).toThrow(/^Invalid schedule problem: release 0 \(A\): unknown service 12/);
  });

  it('rejects slots that do not divide a day and pins outside the horizon', () => {
    expect(validateScheduleProblem(problemOf([], [], { slotMinutes: 7 }))).toEqual(['slotMinutes must be a whole number of minutes that divides a day (1440), got 7']);
    expect(validateScheduleProblem(problemOf([release('A', { pinnedSlot: 24 * 14 - 1 })]))).toEqual([
      'release 0 (A): pinnedSlot must be a whole slot with 0 <= pinnedSlot <= horizonSlots - durationSlots, got 335',
    ]);
  });
});

describe('scheduleReleases on the benchmark fixture', () => {
  it('schedules a realistic 300-release plan feasibly and reproducibly', () => {
    const problem = generateScheduleProblem({ releases: 300, seed: 11 });
    const a = solveChecked(problem, { seed: 4, maxSchedules: 120 });
    const b = scheduleReleases(problem, { timeLimitMs: 60_000, seed: 4, maxSchedules: 120 });
    expect(b.starts).toEqual(a.starts);
    expect(b.infeasible).toEqual(a.infeasible);
    expect(a.schedules).toBeGreaterThanOrEqual(120);
    expect(a.objective.unscheduled).toBe(a.infeasible.length);
    expect(a.objective.unscheduled).toBeLessThan(30);
  });
});
