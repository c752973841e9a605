import type { DeploymentFact } from './deployment-facts';
import { median, quantile } from './quantile';

/**
 * The measures, after DORA's current five (dora.dev, "DORA's software delivery metrics") plus the
 * rollback rate. A deployment is a release whose status is done, rolled-back or failed and whose
 * finishedAt is set; it belongs to the period holding its finishedAt.
 *
 *   deployment frequency  deployments in the period, and per calendar day of the period.
 *   change lead time      per deployment: finishedAt − (firstCommitAt ?? submittedAt); skipped when
 *                         neither exists (or the start is after the finish: bad data). Median and p90
 *                         in hours; an even count's median is the mean of the two middle values.
 *   change fail rate      failed deployments ÷ deployments. Failed: outcome failed, rolled-back or
 *                         hotfix-needed, or status failed or rolled-back (an outcome not filled in
 *                         yet does not hide a rollback), or it caused an incident.
 *   recovery time         per failed deployment that caused incidents: first incident start → last
 *                         restoration; median hours. A failed deployment without an incident (a
 *                         clean rollback) gives no sample; one whose incident is still open is
 *                         counted as open, not as a time.
 *   rework rate           deployments with fixesIncidentId set ÷ deployments.
 *   rollback rate         deployments with outcome or status rolled-back ÷ deployments.
 *
 * Every rate carries the numerator and denominator behind it. With no deployments a rate, median
 * or p90 is null ("no data"), never 0 or NaN.
 */
export interface Ratio {
  count: number;
  of: number;
  /** count ÷ of, in [0, 1]; null when of = 0. */
  rate: number | null;
}

export interface DoraMeasures {
  deployments: number;
  /** Calendar days the measures cover. */
  days: number;
  /** Null only for a range of no length. */
  deploymentsPerDay: number | null;
  leadTime: { samples: number; skipped: number; medianHours: number | null; p90Hours: number | null };
  changeFail: Ratio;
  recovery: { samples: number; open: number; withoutIncident: number; medianHours: number | null };
  rework: Ratio;
  rollback: Ratio;
}

export function ratio(count: number, of: number): Ratio {
  return { count, of, rate: of > 0 ? count / of : null };
}

/** The measures over some deployments that stand for `days` calendar days. */
export function measure(facts: readonly DeploymentFact[], days: number): DoraMeasures {
  const leadTimes = facts.flatMap((f) => (f.leadTimeHours === null ? [] : [f.leadTimeHours]));
  const failed = facts.filter((f) => f.failed);
  const recoveries = failed.flatMap((f) => (f.recoveryHours === null ? [] : [f.recoveryHours]));
  const open = failed.filter((f) => f.recoveryOpen).length;
  return {
    deployments: facts.length,
    days,
    deploymentsPerDay: days > 0 ? facts.length / days : null,
    leadTime: { samples: leadTimes.length, skipped: facts.length - leadTimes.length, medianHours: median(leadTimes), p90Hours: quantile(leadTimes, 0.9) },
    changeFail: ratio(failed.length, facts.length),
    recovery: { samples: recoveries.length, open, withoutIncident: failed.length - recoveries.length - open, medianHours: median(recoveries) },
    rework: ratio(facts.filter((f) => f.rework).length, facts.length),
    rollback: ratio(facts.filter((f) => f.rolledBack).length, facts.length),
  };
}

/** The deployments finished in [fromMs, toMs). */
export function finishedWithin(facts: readonly DeploymentFact[], fromMs: number, toMs: number): DeploymentFact[] {
  return facts.filter((f) => f.finishedMs >= fromMs && f.finishedMs < toMs);
}
