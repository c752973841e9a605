import { setImmediate as nextTurn } from 'node:timers/promises';
import { proposeScheduleInSteps, type Proposal, type ProposeOptions } from '../../../shared/engine/schedule';
import type { PlanningInput } from '../../../shared/engine/schedule';
import { AppError } from '../../../shared/api/result';
import type { HandlerContext } from '../context';

/** The search running for each workspace; a new one or schedule.cancel stops it. */
// One search per open workspace, whichever adapter (and context object) the calls come through.
const running = new WeakMap<HandlerContext['db'], { cancelled: boolean }>();

/**
 * Runs the scheduler a generation at a time, handing the event loop back between generations:
 * the window stays responsive and other calls (a cancel among them) are answered during the search.
 */
export async function searchSchedule(ctx: HandlerContext, input: PlanningInput & { options: ProposeOptions }): Promise<Proposal> {
  const previous = running.get(ctx.db);
  if (previous) previous.cancelled = true;
  const mine = { cancelled: false };
  running.set(ctx.db, mine);
  try {
    const steps = proposeScheduleInSteps(input);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      await nextTurn();
      if (mine.cancelled) throw new AppError('CANCELLED', 'The search was stopped before it finished; nothing was changed.');
    }
  } finally {
    if (running.get(ctx.db) === mine) running.delete(ctx.db);
  }
}

/** Stops the search in progress, if any; true when one was stopped. */
export function cancelSchedule(ctx: HandlerContext): { cancelled: boolean } {
  const current = running.get(ctx.db);
  if (!current) return { cancelled: false };
  current.cancelled = true;
  running.delete(ctx.db);
  return { cancelled: true };
}
