import { deploymentFacts } from './deployment-facts';
import type { DoraInput } from './dora-input';
import { finishedWithin, measure, type DoraMeasures } from './dora-measures';
import { boundIn } from './instants';
import { bucketPeriods, type Period, type PeriodUnit } from './periods';

export interface DoraRange {
  /** ISO instant, or a date / local time read in `zone`. The range is [from, to). */
  from: string;
  to: string;
  /** IANA zone the periods and bare dates are read in; UTC when left out. */
  zone?: string;
}

export interface DoraPeriodRow {
  period: Period;
  measures: DoraMeasures;
}

export interface DoraSeries {
  rows: DoraPeriodRow[];
  /** The same measures over the whole range (the periods' deployments add up to its count). */
  total: DoraMeasures;
}

/** One row per ISO week or calendar month of the range, each with every measure. */
export function doraSeries(input: Pick<DoraInput, 'releases' | 'incidents'>, options: DoraRange & { unit: PeriodUnit }): DoraSeries {
  const zone = options.zone ?? 'UTC';
  const facts = deploymentFacts(input.releases, input.incidents);
  const rows = bucketPeriods(options.from, options.to, options.unit, zone).map((period) => ({
    period,
    measures: measure(finishedWithin(facts, period.startMs, period.endMs), period.days),
  }));
  const { fromMs, toMs, days } = rangeSpan(options);
  return { rows, total: measure(finishedWithin(facts, fromMs, toMs), days) };
}

/** The range in epoch ms and in calendar days of its zone (0 days for an empty or reversed range). */
export function rangeSpan(range: DoraRange): { fromMs: number; toMs: number; days: number } {
  const zone = range.zone ?? 'UTC';
  const from = boundIn(range.from, zone);
  const to = boundIn(range.to, zone);
  return { fromMs: from.toMillis(), toMs: to.toMillis(), days: Math.max(0, to.diff(from, 'days').days) };
}
