import type { Release } from '../../model/plan';
import { buildScheduleProblem, type BuildOptions, type PlanningInput } from './build-from-plan';
import { scheduleReleasesInSteps } from './scheduler';
import { runToEnd } from './run-steps';
import { slotToMs } from './slot-format';
import type { ObjectiveBreakdown, ScheduleProblem, ScheduleRelease } from './types';

export interface ProposeOptions extends BuildOptions {
  timeLimitMs?: number;
  seed?: number;
  maxSchedules?: number;
}

export interface ProposedMove {
  releaseId: number;
  title: string;
  from: string | null;
  to: string;
  reason: string;
}

export interface ProposedInfeasible {
  releaseId: number;
  title: string;
  reasons: string[];
  earliest: string | null;
}

export interface Proposal {
  moves: ProposedMove[];
  infeasible: ProposedInfeasible[];
  /** Selected releases the proposal leaves where they are. */
  unchanged: number;
  objective: ObjectiveBreakdown;
  ms: number;
}

/** "2025-11-24T08:00:00Z". */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Proposes planned starts for the selected releases of a plan (see buildScheduleProblem for the rules). */
export function proposeSchedule(input: PlanningInput & { options: ProposeOptions }): Proposal {
  return runToEnd(proposeScheduleInSteps(input));
}

/** The same proposal, pausing after each generation of the search so a host can keep answering. */
export function* proposeScheduleInSteps(input: PlanningInput & { options: ProposeOptions }): Generator<void, Proposal, void> {
  const { options } = input;
  const built = buildScheduleProblem(input, options);
  const { problem, releases } = built;
  const result = yield* scheduleReleasesInSteps(problem, {
    timeLimitMs: options.timeLimitMs ?? 1000,
    seed: options.seed ?? 1,
    ...(options.maxSchedules !== undefined ? { maxSchedules: options.maxSchedules } : {}),
  });
  const moves: ProposedMove[] = [];
  let unchanged = 0;
  for (const index of built.selected) {
    const slot = result.starts[index];
    if (slot === null || slot === undefined) continue;
    const release = releases[index]!;
    const to = isoInstant(slotToMs(problem, slot));
    const from = release.plannedStart;
    if (from !== null && Date.parse(from) === Date.parse(to)) {
      unchanged++;
      continue;
    }
    moves.push({ releaseId: release.id, title: release.title, from, to, reason: moveReason(problem, problem.releases[index]!, release, options.now) });
  }
  const byId = new Map(input.plan.releases.map((r) => [r.id, r]));
  const infeasible: ProposedInfeasible[] = [
    ...result.infeasible.map((item) => {
      const release = releases[item.releaseIndex]!;
      return {
        releaseId: release.id,
        title: release.title,
        reasons: item.reasons,
        earliest: item.earliestSlot === null ? null : isoInstant(slotToMs(problem, item.earliestSlot)),
      };
    }),
    ...built.excluded.map((item) => ({ releaseId: item.releaseId, title: byId.get(item.releaseId)?.title ?? '', reasons: item.reasons, earliest: null })),
  ];
  moves.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : a.releaseId - b.releaseId));
  return { moves, infeasible, unchanged, objective: result.objective, ms: Math.round(result.ms * 10) / 10 };
}

/** Why the release moves: what was wrong with where it was, in words. */
function moveReason(problem: ScheduleProblem, sr: ScheduleRelease, release: Release, now: number): string {
  if (release.plannedStart === null) return 'Not planned yet: first slot that fits its windows, capacity and order.';
  const startMs = Date.parse(release.plannedStart);
  if (startMs < now) return 'Its planned start is in the past.';
  const slotMs = problem.slotMinutes * 60_000;
  const start = Math.floor((startMs - problem.horizonStartMs) / slotMs);
  const end = Math.ceil((startMs + release.durationMinutes * 60_000 - problem.horizonStartMs) / slotMs);
  const hit = sr.blocked.find((b) => b.start < end && start < b.end);
  if (hit) return `Its planned time falls inside ${hit.label}.`;
  if (sr.within && !sr.within.some((w) => w.start <= start && end <= w.end)) return 'Its planned time is outside its maintenance windows.';
  if (start >= problem.horizonSlots) return 'Its planned start is beyond the scheduling horizon.';
  return 'Re-sequenced for capacity, release order and an earlier, lower-risk finish.';
}
