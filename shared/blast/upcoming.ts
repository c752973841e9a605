import type { Plan, Release } from '../model/plan';

export const UPCOMING_DAYS = 14;
const DAY_MS = 86_400_000;

/** Releases planned to start in the next 14 days that change any of the given services, soonest first. */
export function upcomingReleases(plan: Pick<Plan, 'releases'>, serviceIds: ReadonlySet<number>, nowMs: number, days = UPCOMING_DAYS): Release[] {
  const until = nowMs + days * DAY_MS;
  return plan.releases
    .filter((r) => {
      if (!r.plannedStart || r.status === 'cancelled' || r.status === 'done' || r.status === 'rolled-back' || r.status === 'failed') return false;
      const start = Date.parse(r.plannedStart);
      return start >= nowMs && start <= until && r.services.some((s) => serviceIds.has(s.serviceId));
    })
    .sort((a, b) => Date.parse(a.plannedStart!) - Date.parse(b.plannedStart!));
}
