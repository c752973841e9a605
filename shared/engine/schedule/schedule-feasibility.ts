import type { ScheduleProblem, ScheduleRelease } from './types';

export type ScheduleViolation =
  | { kind: 'shape'; message: string }
  | { kind: 'bounds'; release: number; message: string }
  | { kind: 'blocked'; release: number; label: string }
  | { kind: 'within'; release: number }
  | { kind: 'precedence'; precedence: number; message: string }
  | { kind: 'capacity'; resource: 'service' | 'site' | 'team'; index: number; slot: number; load: number; capacity: number };

/** The release's window at start s (see PrecedenceKind): the `within` interval holding s, else the day. */
function windowAt(release: ScheduleRelease, s: number, slotsPerDay: number): [number, number] {
  for (const w of release.within ?? []) if (w.start <= s && s < w.end) return [w.start, w.end];
  const day = Math.floor(s / slotsPerDay);
  return [day * slotsPerDay, (day + 1) * slotsPerDay];
}

/**
 * The referee: re-derives every rule from the problem with plain loops, sharing no code with the
 * scheduler. An empty list means the schedule is feasible. `null` = not scheduled.
 */
export function checkReleaseSchedule(problem: ScheduleProblem, starts: (number | null)[]): ScheduleViolation[] {
  const { releases, horizonSlots } = problem;
  const violations: ScheduleViolation[] = [];
  if (starts.length !== releases.length) {
    return [{ kind: 'shape', message: `expected ${releases.length} starts, got ${starts.length}` }];
  }
  for (let r = 0; r < releases.length; r++) {
    const s = starts[r];
    if (s !== null && (!Number.isInteger(s) || s === undefined)) return [{ kind: 'shape', message: `start of release ${r} is ${String(s)}` }];
  }

  // Own bounds and calendar.
  for (let r = 0; r < releases.length; r++) {
    const s = starts[r];
    if (s === null || s === undefined) continue;
    const release = releases[r]!;
    const end = s + release.durationSlots;
    if (s < 0 || end > horizonSlots) violations.push({ kind: 'bounds', release: r, message: `runs [${s}, ${end}) outside the horizon [0, ${horizonSlots})` });
    if (release.pinnedSlot !== undefined) {
      // Pins are exempt from earliest, deadline, blocked and within; they must stay put.
      if (s !== release.pinnedSlot) violations.push({ kind: 'bounds', release: r, message: `pinned at ${release.pinnedSlot} but starts at ${s}` });
      continue;
    }
    if (s < release.earliestSlot) violations.push({ kind: 'bounds', release: r, message: `starts at ${s} before its earliest slot ${release.earliestSlot}` });
    if (release.deadlineSlot !== undefined && end > release.deadlineSlot) {
      violations.push({ kind: 'bounds', release: r, message: `ends at ${end} after its deadline ${release.deadlineSlot}` });
    }
    for (const b of release.blocked) {
      if (s < b.end && b.start < end) violations.push({ kind: 'blocked', release: r, label: b.label });
    }
    if (release.within !== undefined) {
      let inside = false;
      for (const w of release.within) if (w.start <= s && end <= w.end) inside = true;
      if (!inside) violations.push({ kind: 'within', release: r });
    }
  }

  // Precedences: the `from` side (either side for same-window) must be scheduled for the other to be.
  const slotsPerDay = 1440 / problem.slotMinutes;
  problem.precedences.forEach((p, e) => {
    const a = starts[p.from] ?? null;
    const b = starts[p.to] ?? null;
    if (p.kind === 'same-window') {
      if ((a === null) !== (b === null)) violations.push({ kind: 'precedence', precedence: e, message: 'only one same-window partner is scheduled' });
      if (a === null || b === null) return;
      const [aLo, aHi] = windowAt(releases[p.from]!, a, slotsPerDay);
      const [bLo, bHi] = windowAt(releases[p.to]!, b, slotsPerDay);
      if (b < aLo || b >= aHi || a < bLo || a >= bHi) {
        violations.push({ kind: 'precedence', precedence: e, message: `starts ${a} and ${b} are not in the same window` });
      }
      return;
    }
    if (b === null) return;
    if (a === null) {
      violations.push({ kind: 'precedence', precedence: e, message: `release ${p.to} is scheduled but its predecessor ${p.from} is not` });
      return;
    }
    if (p.kind === 'finish-before' && b < a + releases[p.from]!.durationSlots) {
      violations.push({ kind: 'precedence', precedence: e, message: `release ${p.to} starts at ${b} before ${p.from} finishes at ${a + releases[p.from]!.durationSlots}` });
    }
    if (p.kind === 'start-after' && b < a) {
      violations.push({ kind: 'precedence', precedence: e, message: `release ${p.to} starts at ${b} before ${p.from} starts at ${a}` });
    }
  });

  // Capacity at every slot: count the load of every resource, then compare.
  const kinds = [
    { name: 'service' as const, count: problem.serviceCount, capacity: (_: number) => 1, of: (r: ScheduleRelease) => r.services },
    { name: 'site' as const, count: problem.siteCapacity.length, capacity: (i: number) => problem.siteCapacity[i]!, of: (r: ScheduleRelease) => r.sites },
    { name: 'team' as const, count: problem.teamCapacity.length, capacity: (i: number) => problem.teamCapacity[i]!, of: (r: ScheduleRelease) => r.teams },
  ];
  for (const kind of kinds) {
    const load = new Map<number, number[]>();
    for (let r = 0; r < releases.length; r++) {
      const s = starts[r];
      if (s === null || s === undefined) continue;
      for (const index of kind.of(releases[r]!)) {
        if (!load.has(index)) load.set(index, new Array<number>(horizonSlots).fill(0));
        const slots = load.get(index)!;
        for (let t = Math.max(0, s); t < Math.min(horizonSlots, s + releases[r]!.durationSlots); t++) slots[t]!++;
      }
    }
    for (const [index, slots] of [...load.entries()].sort((x, y) => x[0] - y[0])) {
      for (let t = 0; t < horizonSlots; t++) {
        if (slots[t]! > kind.capacity(index)) {
          violations.push({ kind: 'capacity', resource: kind.name, index, slot: t, load: slots[t]!, capacity: kind.capacity(index) });
        }
      }
    }
  }
  return violations;
}

export function describeScheduleViolation(v: ScheduleViolation): string {
  switch (v.kind) {
    case 'shape':
      return v.message;
    case 'bounds':
      return `release ${v.release} ${v.message}`;
    case 'blocked':
      return `release ${v.release} runs during ${v.label}`;
    case 'within':
      return `release ${v.release} is not inside one of its maintenance windows`;
    case 'precedence':
      return `precedence ${v.precedence}: ${v.message}`;
    case 'capacity':
      return `${v.resource} ${v.index} carries ${v.load} changes at slot ${v.slot}, capacity ${v.capacity}`;
  }
}
