import { DateTime } from 'luxon';
import type { DoraRange, PeriodUnit } from '../../shared/engine/dora';

export type PeriodChoice = 'months' | 'weeks';
export const PERIOD_CHOICES: ReadonlyArray<{ id: PeriodChoice; label: string }> = [
  { id: 'months', label: 'Last 12 months' },
  { id: 'weeks', label: 'Last 26 weeks' },
];

export type ByChoice = 'time' | 'service' | 'tier' | 'site' | 'team';
export const BY_CHOICES: ReadonlyArray<{ id: ByChoice; label: string }> = [
  { id: 'time', label: 'Over time' },
  { id: 'service', label: 'Service' },
  { id: 'tier', label: 'Tier' },
  { id: 'site', label: 'Site' },
  { id: 'team', label: 'Owner team' },
];

/** The zone the periods are read in: the person's own, so "October" means their October. */
export const localZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Whole months (or ISO weeks) back from the current one, which runs to now and so is partial. */
export function doraRange(choice: PeriodChoice, nowMs: number, zone: string): DoraRange & { unit: PeriodUnit } {
  const now = DateTime.fromMillis(nowMs, { zone });
  const unit: PeriodUnit = choice === 'months' ? 'month' : 'week';
  const from = choice === 'months' ? now.startOf('month').minus({ months: 11 }) : now.startOf('week').minus({ weeks: 25 });
  return { from: from.toISO() ?? '', to: now.toISO() ?? '', zone, unit };
}
