import { describe, expect, it } from 'vitest';
import {
  checkSchedule,
  criticalPathLowerBound,
  earliestStarts,
  latestStarts,
  lowerBound,
  parsePsplibSm,
  resourceLowerBound,
  solveRcpsp,
  type RcpspProblem,
} from '../../shared/engine/rcpsp';
import { j301_1Text, tinySmText, twoClashingJobs } from './rcpsp-fixtures';

const unlimited = { timeLimitMs: 60_000, seed: 7 };

describe('parsePsplibSm', () => {
  it('reads a real j30 instance with 0-based jobs', () => {
    const problem = parsePsplibSm(j301_1Text);
    expect(problem.jobs).toHaveLength(32);
    expect(problem.capacities).toEqual([12, 13, 4, 12]);
    expect(problem.jobs[0]).toEqual({ duration: 0, demands: [0, 0, 0, 0], successors: [1, 2, 3] });
    expect(problem.jobs[1]).toEqual({ duration: 8, demands: [4, 0, 0, 0], successors: [5, 10, 14] });
    expect(problem.jobs[31]).toEqual({ duration: 0, demands: [0, 0, 0, 0], successors: [] });
  });

  it('accepts Windows line endings', () => {
    expect(parsePsplibSm(tinySmText.replace(/\n/g, '\r\n'))).toEqual(parsePsplibSm(tinySmText));
  });

  it.each([
    ['a missing section', tinySmText.replace('RESOURCEAVAILABILITIES:', 'AVAILABILITY:'), /missing section RESOURCEAVAILABILITIES/],
    ['a wrong successor count', tinySmText.replace('   2        1          1           4', '   2        1          2           4'), /declares 2 successors but lists 1/],
    ['an unknown successor', tinySmText.replace('   2        1          1           4', '   2        1          1           9'), /unknown successor 9/],
    ['a second mode', tinySmText.replace('  2      1     3       2', '  2      2     3       2'), /only single-mode/],
    ['a non-numeric value', tinySmText.replace('  2      1     3       2', '  2      1     x       2'), /expected whole numbers, got "x"/],
    ['a missing demand column', tinySmText.replace('  2      1     3       2', '  2      1     3'), /expected a duration and 1 demands/],
    ['a job count mismatch', tinySmText.replace('sink ):  6', 'sink ):  7'), /declares 7 jobs/],
    ['a demand above capacity', tinySmText.replace('  2      1     3       2', '  2      1     3       5'), /no feasible schedule/],
    ['a precedence cycle', tinySmText.replace('   4        1          1           6', '   4        1          1           2'), /cycle/],
    ['a source with a duration', tinySmText.replace('  1      1     0       0', '  1      1     4       0'), /source/],
    ['empty text', '', /Malformed PSPLIB/],
  ])('rejects %s with a clear error', (_label, text, message) => {
    expect(() => parsePsplibSm(text)).toThrow(message);
  });
});

describe('bounds', () => {
  it('matches the MPM time in the j301_1 header and brackets every job', () => {
    const problem = parsePsplibSm(j301_1Text);
    expect(criticalPathLowerBound(problem)).toBe(38);
    const early = earliestStarts(problem);
    const late = latestStarts(problem);
    early.forEach((start, j) => expect(start).toBeLessThanOrEqual(late[j]!));
    expect(late[31]).toBe(38);
  });

  it('counts resource work as a bound', () => {
    const tiny = parsePsplibSm(tinySmText);
    expect(criticalPathLowerBound(tiny)).toBe(4);
    expect(resourceLowerBound(tiny)).toBe(7);
    expect(lowerBound(tiny)).toBe(7);
  });
});

describe('checkSchedule', () => {
  it('accepts a feasible schedule', () => {
    expect(checkSchedule(twoClashingJobs, { starts: [0, 2], makespan: 4 })).toEqual([]);
  });

  it('catches an overloaded resource', () => {
    const violations = checkSchedule(twoClashingJobs, { starts: [0, 1], makespan: 3 });
    expect(violations).toContainEqual({ kind: 'resource', resource: 0, time: 1, load: 6, capacity: 3 });
  });

  it('catches a violated precedence', () => {
    const chain: RcpspProblem = {
      capacities: [1],
      jobs: [
        { duration: 3, demands: [0], successors: [1] },
        { duration: 1, demands: [0], successors: [] },
      ],
    };
    expect(checkSchedule(chain, { starts: [0, 2], makespan: 3 })).toEqual([
      { kind: 'precedence', job: 0, successor: 1, finish: 3, successorStart: 2 },
    ]);
  });

  it('catches a dishonest makespan and malformed starts', () => {
    expect(checkSchedule(twoClashingJobs, { starts: [0, 2], makespan: 3 })).toEqual([{ kind: 'makespan', reported: 3, actual: 4 }]);
    expect(checkSchedule(twoClashingJobs, { starts: [0], makespan: 2 })[0]?.kind).toBe('start');
    expect(checkSchedule(twoClashingJobs, { starts: [0, -1], makespan: 2 })[0]?.kind).toBe('start');
  });
});

describe('solveRcpsp', () => {
  it('finds the optimum of j301_1 with a feasible schedule', () => {
    const problem = parsePsplibSm(j301_1Text);
    const result = solveRcpsp(problem, { ...unlimited, maxSchedules: 20_000 });
    expect(checkSchedule(problem, result)).toEqual([]);
    expect(result.makespan).toBe(43);
    expect(result.lowerBound).toBe(38);
  });

  it('stops as soon as the lower bound is reached', () => {
    const tiny = parsePsplibSm(tinySmText);
    const result = solveRcpsp(tiny, { ...unlimited, maxSchedules: 1_000_000 });
    expect(result.makespan).toBe(7);
    expect(result.schedules).toBeLessThan(100);
    expect(checkSchedule(tiny, result)).toEqual([]);
  });

  it('returns a feasible schedule even with no budget', () => {
    const problem = parsePsplibSm(j301_1Text);
    const result = solveRcpsp(problem, { timeLimitMs: 0, seed: 1, maxSchedules: 0 });
    expect(checkSchedule(problem, result)).toEqual([]);
  });

  it('handles an empty project and rejects invalid ones', () => {
    expect(solveRcpsp({ jobs: [], capacities: [1] }, unlimited)).toMatchObject({ starts: [], makespan: 0 });
    const cyclic: RcpspProblem = {
      capacities: [],
      jobs: [
        { duration: 1, demands: [], successors: [1] },
        { duration: 1, demands: [], successors: [0] },
      ],
    };
    expect(() => solveRcpsp(cyclic, unlimited)).toThrow(/cycle/);
  });
});
