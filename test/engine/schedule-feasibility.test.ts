import { describe, expect, it } from 'vitest';
import { checkReleaseSchedule, describeScheduleViolation } from '../../shared/engine/schedule';
import { problemOf, release } from './schedule-helpers';

const freeze = { start: 10, end: 20, label: "hard freeze 'Peak season'" };

/** A small problem touching every rule; `good` is a feasible schedule of it. */
const problem = problemOf(
  [
    release('A', { durationSlots: 4, services: [0], sites: [0] }),
    release('B', { durationSlots: 2, services: [0], teams: [0] }),
    release('C', { durationSlots: 2, earliestSlot: 3, deadlineSlot: 30, blocked: [freeze], sites: [1] }),
    release('D', { durationSlots: 2, within: [{ start: 24, end: 28 }, { start: 48, end: 52 }], sites: [1] }),
    release('E', { durationSlots: 1, teams: [0] }),
    release('F', { durationSlots: 3, pinnedSlot: 40, sites: [1] }),
    release('G', { durationSlots: 1, sites: [1] }),
  ],
  [
    { kind: 'finish-before', from: 0, to: 1 },
    { kind: 'start-after', from: 2, to: 4 },
    { kind: 'same-window', from: 3, to: 6 },
  ],
);
const good = [0, 4, 3, 24, 3, 40, 25];

const check = (starts: (number | null)[]): string[] => checkReleaseSchedule(problem, starts).map(describeScheduleViolation);
const with_ = (changes: Record<number, number | null>): (number | null)[] => good.map((s, r) => (r in changes ? changes[r]! : s));

describe('checkReleaseSchedule', () => {
  it('accepts a feasible schedule and an empty one', () => {
    expect(check(good)).toEqual([]);
    expect(check(good.map(() => null))).toEqual([]);
  });

  it('catches each kind of violation', () => {
    expect(check(good.slice(1))).toEqual(['expected 7 starts, got 6']);
    expect(check(with_({ 0: 1.5 }))).toEqual(['start of release 0 is 1.5']);
    // Service 0 shared by A and B at slot 3 (B also starts before A finishes, and meets E on team 0).
    expect(check(with_({ 1: 3 }))).toEqual([
      'precedence 0: release 1 starts at 3 before 0 finishes at 4',
      'service 0 carries 2 changes at slot 3, capacity 1',
      'team 0 carries 2 changes at slot 3, capacity 1',
    ]);
    expect(check(with_({ 2: 2, 4: 2 }))).toEqual(['release 2 starts at 2 before its earliest slot 3']);
    expect(check(with_({ 2: 29, 4: 29 }))).toEqual(['release 2 ends at 31 after its deadline 30']);
    expect(check(with_({ 2: 9, 4: 9 }))).toEqual([`release 2 runs during hard freeze 'Peak season'`]);
    expect(check(with_({ 3: 27, 6: 27 }))).toEqual(['release 3 is not inside one of its maintenance windows']);
    expect(check(with_({ 4: 2 }))).toEqual(['precedence 1: release 4 starts at 2 before 2 starts at 3']);
    expect(check(with_({ 0: null }))).toEqual(['precedence 0: release 1 is scheduled but its predecessor 0 is not']);
    expect(check(with_({ 6: null }))).toEqual(['precedence 2: only one same-window partner is scheduled']);
    // G on Wednesday while D stays in Tuesday's window.
    expect(check(with_({ 6: 50 }))).toEqual(['precedence 2: starts 24 and 50 are not in the same window']);
    expect(check(with_({ 5: 41 }))).toEqual(['release 5 pinned at 40 but starts at 41']);
    expect(check(with_({ 5: 335 }))).toEqual(['release 5 runs [335, 338) outside the horizon [0, 336)', 'release 5 pinned at 40 but starts at 335']);
    // Site 1 has capacity 2: C, D and G together exceed it.
    expect(check(with_({ 2: 24, 4: 24 }))).toEqual(['site 1 carries 3 changes at slot 25, capacity 2']);
    // Team 0 (capacity 1) shared by B and E.
    expect(check(with_({ 4: 5 }))).toEqual(['team 0 carries 2 changes at slot 5, capacity 1']);
  });

  it('exempts pins from their own calendar but not from capacity', () => {
    const pinned = problemOf([
      release('P', { durationSlots: 2, pinnedSlot: 12, earliestSlot: 30, blocked: [freeze], within: [{ start: 0, end: 2 }], services: [1] }),
      release('Q', { durationSlots: 2, services: [1] }),
    ]);
    expect(checkReleaseSchedule(pinned, [12, 0])).toEqual([]);
    expect(checkReleaseSchedule(pinned, [12, 13]).map(describeScheduleViolation)).toEqual(['service 1 carries 2 changes at slot 13, capacity 1']);
  });
});
