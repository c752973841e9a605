import type { Incident, IncidentEvent, IncidentStatus } from '../../model/ops';

/** A timeline entry with its time after every correction, and the corrections that moved it. */
export type TimelineEntry = IncidentEvent & { effectiveAt: string; corrections: Array<{ from: string; to: string; reason: string; by: string; recordedAt: string }> };

/** The entries of one incident or run (corrections folded into the entries they correct), in time order. */
export function timeline(events: readonly IncidentEvent[], belongs: (e: IncidentEvent) => boolean): TimelineEntry[] {
  const own = events.filter(belongs);
  const corrections = new Map<number, TimelineEntry['corrections']>();
  for (const e of events) {
    if (e.type !== 'correction') continue;
    const list = corrections.get(e.eventId) ?? [];
    list.push({ from: e.from, to: e.to, reason: e.reason, by: e.actor, recordedAt: e.recordedAt });
    corrections.set(e.eventId, list);
  }
  return own
    .filter((e) => e.type !== 'correction')
    .map((e) => {
      const list = corrections.get(e.id) ?? [];
      return { ...e, effectiveAt: list.length ? list[list.length - 1]!.to : e.at, corrections: list };
    })
    .sort((a, b) => Date.parse(a.effectiveAt) - Date.parse(b.effectiveAt) || a.id - b.id);
}

export const incidentTimeline = (events: readonly IncidentEvent[], incidentId: number, runIds: ReadonlySet<number> = new Set()) =>
  timeline(events, (e) => e.incidentId === incidentId || (e.runId !== null && runIds.has(e.runId)));

export type StatusTimes = Partial<Record<IncidentStatus, string>>;

/** When the incident reached each status (the latest entry for each, corrections applied). */
export function statusTimes(entries: readonly TimelineEntry[]): StatusTimes {
  const times: StatusTimes = {};
  for (const e of entries) if (e.type === 'status') times[e.to] = e.effectiveAt;
  return times;
}

export interface IncidentDurations {
  /** From when the impact began (or the declaration) to the declaration. */
  timeToDetectMs: number | null;
  /** From the declaration to mitigation. */
  timeToMitigateMs: number | null;
  /** From when the impact began to resolution: how long the business was hurt. */
  timeToRestoreMs: number | null;
}

const span = (from: string | undefined | null, to: string | undefined | null) => (from && to ? Math.max(0, Date.parse(to) - Date.parse(from)) : null);

export function incidentDurations(incident: Pick<Incident, 'impactStartedAt'>, times: StatusTimes): IncidentDurations {
  const impact = incident.impactStartedAt ?? times.triage;
  return {
    timeToDetectMs: span(impact, times.triage),
    timeToMitigateMs: span(times.triage, times.mitigated),
    timeToRestoreMs: span(impact, times.resolved),
  };
}

/**
 * Why these status times are out of order (each later status at or after the earlier ones, the
 * impact start at or before the declaration), or null when they are in order.
 */
export function refuseTimes(incident: Pick<Incident, 'impactStartedAt'>, times: StatusTimes): string | null {
  const order: IncidentStatus[] = ['triage', 'started', 'mitigated', 'resolved', 'closed'];
  if (incident.impactStartedAt && times.triage && Date.parse(incident.impactStartedAt) > Date.parse(times.triage)) {
    return 'The impact cannot begin after the incident was declared.';
  }
  let previous: { status: IncidentStatus; at: string } | null = null;
  for (const status of order) {
    const at = times[status];
    if (!at) continue;
    if (previous && Date.parse(at) < Date.parse(previous.at)) return `${cap(status)} (${at}) would come before ${previous.status} (${previous.at}); the times must stay in order.`;
    previous = { status, at };
  }
  return null;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "1 h 05 min", "12 min", "45 s": durations as an incident commander reads them. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48) return `${hours} h ${String(rest).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
