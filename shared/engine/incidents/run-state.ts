import type { IncidentEvent, Run, RunbookStep, StepOutcome } from '../../model/ops';
import { timeline, type TimelineEntry } from './incident-timeline';

export interface StepState {
  index: number;
  step: RunbookStep;
  outcome: StepOutcome | null;
  /** The latest mark of this step, corrections applied. */
  mark: TimelineEntry | null;
  /** From the end of the step before it (or the run's start) to its mark; null while open. */
  elapsedMs: number | null;
  expectedMs: number;
  /** Waiting for an earlier step ("after step N") that is not finished yet. */
  waitingFor: number | null;
}

export interface RunState {
  steps: StepState[];
  /** The step to work on next: the first open step whose "after" step is finished; null when none is left. */
  next: number | null;
  finished: boolean;
  elapsedMs: number;
  expectedMs: number;
  entries: TimelineEntry[];
}

/** Finished means it no longer holds anything up: done or skipped. Failed and blocked steps stay open. */
const finishes = (outcome: StepOutcome | null) => outcome === 'done' || outcome === 'skipped';

/** Where a run stands, from its steps and its timeline alone (the same on every screen and in the report). */
export function runState(run: Run, events: readonly IncidentEvent[], nowMs: number): RunState {
  const entries = timeline(events, (e) => e.runId === run.id);
  const marks = new Map<number, TimelineEntry>();
  for (const e of entries) if (e.type === 'step') marks.set(e.step, e);
  let previousEnd = Date.parse(run.startedAt);
  const steps: StepState[] = run.steps.map((step, index) => {
    const mark = marks.get(index) ?? null;
    const outcome = mark?.type === 'step' ? mark.outcome : null;
    const markedAt = mark ? Date.parse(mark.effectiveAt) : null;
    const elapsedMs = markedAt === null ? null : Math.max(0, markedAt - previousEnd);
    if (markedAt !== null && finishes(outcome)) previousEnd = Math.max(previousEnd, markedAt);
    return { index, step, outcome, mark, elapsedMs, expectedMs: step.expectedMinutes * 60_000, waitingFor: null };
  });
  for (const s of steps) {
    const after = s.step.after;
    if (after !== null && !finishes(s.outcome) && !finishes(steps[after - 1]?.outcome ?? null)) s.waitingFor = after;
  }
  const open = steps.find((s) => !finishes(s.outcome) && s.waitingFor === null);
  const finished = steps.every((s) => finishes(s.outcome));
  const lastMark = Math.max(Date.parse(run.startedAt), ...steps.map((s) => (s.mark ? Date.parse(s.mark.effectiveAt) : 0)));
  return {
    steps,
    next: open ? open.index : null,
    finished,
    elapsedMs: Math.max(0, (finished ? lastMark : nowMs) - Date.parse(run.startedAt)),
    expectedMs: steps.reduce((sum, s) => sum + s.expectedMs, 0),
    entries,
  };
}

/** Why this step may not be marked now, or null when it may. */
export function refuseMark(state: RunState, step: number, outcome: StepOutcome): string | null {
  const s = state.steps[step];
  if (!s) return `This run has no step ${step + 1}.`;
  if (s.waitingFor !== null && outcome === 'done') return `Step ${step + 1} comes after step ${s.waitingFor}, which is not finished yet.`;
  return null;
}
