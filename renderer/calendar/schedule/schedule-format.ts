import { SCHEDULABLE_STATUSES } from '../../../shared/engine/schedule/build-from-plan';
import type { Proposal } from '../../../shared/engine/schedule/propose';
import type { Site } from '../../../shared/model/catalog';
import type { Release } from '../../../shared/model/plan';
import { plural } from '../../../shared/text/plural';
import { wallParts } from '../../ui/zoned-time';

/** The time limits the dialog offers, in ms. */
export const TIME_LIMITS = [1000, 3000, 10_000] as const;
export const DEFAULT_TIME_LIMIT = 3000;
/** A fixed seed: the same selection and time limit give the same proposal on the same machine load. */
export const SEED = 1;

export interface ReleaseGroups {
  /** Releases the scheduler may move (build-from-plan's SCHEDULABLE_STATUSES), planned ones by start, then unplanned. */
  schedulable: Release[];
  /** In progress: pinned where they are, holding their slot. */
  inProgress: Release[];
  /** Done, failed, rolled back or cancelled: nothing left to plan. */
  finished: Release[];
}

export function groupReleases(releases: readonly Release[]): ReleaseGroups {
  const schedulable: Release[] = [];
  const inProgress: Release[] = [];
  const finished: Release[] = [];
  for (const r of releases) {
    if (SCHEDULABLE_STATUSES.includes(r.status)) schedulable.push(r);
    else if (r.status === 'in-progress') inProgress.push(r);
    else finished.push(r);
  }
  const startOf = (r: Release) => (r.plannedStart === null ? Number.POSITIVE_INFINITY : Date.parse(r.plannedStart));
  schedulable.sort((a, b) => startOf(a) - startOf(b) || a.id - b.id);
  return { schedulable, inProgress, finished };
}

/** The zone the calendar shows times in: UTC, or a site's own zone (labelled with the site's name). */
export interface ViewZone {
  timeZone: string;
  /** "UTC" or the site's name, e.g. "DC Dallas". */
  label: string;
  isUtc: boolean;
}

export function viewZone(choice: 'UTC' | number, sites: readonly Site[]): ViewZone {
  if (choice !== 'UTC') {
    const site = sites.find((s) => s.id === choice);
    if (site) return { timeZone: site.timeZone, label: site.name, isUtc: false };
  }
  return { timeZone: 'UTC', label: 'UTC', isUtc: true };
}

/** "Fri 8 Jan 2027 02:00" in the zone. */
export function formatInstant(ms: number, timeZone: string): string {
  const p = wallParts(ms, timeZone);
  return `${p.weekday} ${p.day} ${p.month} ${p.year} ${p.clock}`;
}

/** "Fri 8 Jan 2027 02:00 – 03:30", or across days "Fri 8 Jan 2027 22:00 – Sat 9 Jan 01:00", in the zone. */
export function formatRange(startMs: number, endMs: number, timeZone: string): string {
  const { start, end } = rangeParts(startMs, endMs, timeZone);
  return `${start} – ${end}`;
}

/** The two ends of formatRange: the end drops the date when it is the same day. */
export function rangeParts(startMs: number, endMs: number, timeZone: string): { start: string; end: string } {
  const a = wallParts(startMs, timeZone);
  const b = wallParts(endMs, timeZone);
  const sameDay = a.day === b.day && a.month === b.month && a.year === b.year;
  return { start: formatInstant(startMs, timeZone), end: sameDay ? b.clock : `${b.weekday} ${b.day} ${b.month} ${b.clock}` };
}

/** "2 d 4 h", "3 h", "1 h 30 min", "15 min". */
function span(minutes: number): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return [d ? `${d} d` : '', h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ') || '0 min';
}

/** How far a move shifts a release: "+2 d 4 h", "earlier by 3 h", or "newly planned". */
export function formatShift(from: string | null, to: string): string {
  if (from === null) return 'newly planned';
  const minutes = Math.round((Date.parse(to) - Date.parse(from)) / 60_000);
  if (minutes === 0) return 'no change';
  return minutes > 0 ? `+${span(minutes)}` : `earlier by ${span(-minutes)}`;
}

/** "3 releases move, 1 stays, 1 cannot be scheduled". */
export function summarySentence(proposal: Pick<Proposal, 'moves' | 'unchanged' | 'infeasible'>): string {
  const moves = proposal.moves.length;
  const parts = [
    moves === 0 ? 'No release moves' : `${plural(moves, 'release')} ${moves === 1 ? 'moves' : 'move'}`,
    proposal.unchanged > 0 ? `${proposal.unchanged} ${proposal.unchanged === 1 ? 'stays' : 'stay'}` : '',
    proposal.infeasible.length > 0 ? `${proposal.infeasible.length} cannot be scheduled` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** What to say when the proposal moves nothing. */
export function nothingToMove(proposal: Pick<Proposal, 'unchanged' | 'infeasible'>): string {
  if (proposal.infeasible.length === 0) return 'Nothing to move: the selected releases already fit.';
  if (proposal.unchanged > 0) return 'Nothing to move: the releases that can be scheduled already fit.';
  return 'Nothing to move: none of the selected releases can be scheduled.';
}

/** The objective in words, when it says something a change manager cares about (tier-1 clashes). */
export function riskSentence(objective: Proposal['objective']): string {
  const { tier1Overlaps, tier1SameDaySite } = objective;
  if (tier1Overlaps === 0 && tier1SameDaySite === 0) return 'No two tier-1 releases overlap or start on the same day at the same site.';
  const bits = [
    tier1Overlaps > 0 ? `${plural(tier1Overlaps, 'pair')} of tier-1 releases overlap` : '',
    tier1SameDaySite > 0 ? `${plural(tier1SameDaySite, 'pair')} of tier-1 releases start on the same day at the same site` : '',
  ].filter(Boolean);
  return `Could not avoid every tier-1 clash: ${bits.join(' and ')} (counting releases that keep their place).`;
}

/** "0.8 s", "10 s". */
export function seconds(ms: number, decimals = 1): string {
  return `${(ms / 1000).toFixed(decimals)} s`;
}

export const limitLabel = (ms: number) => `${ms / 1000} s`;
