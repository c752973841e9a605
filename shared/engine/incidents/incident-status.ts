import type { IncidentStatus } from '../../model/ops';
import { INCIDENT_STATUS_LABELS } from '../../model/ops-enums';

/** The lifecycle in order; an incident only moves forward along it, or is cancelled before it closes. */
export const LIFECYCLE: readonly IncidentStatus[] = ['triage', 'started', 'mitigated', 'resolved', 'closed'];

const label = (s: IncidentStatus) => INCIDENT_STATUS_LABELS[s];

/** Why an incident may not move from `from` to `to`, or null when it may. */
export function refuseTransition(from: IncidentStatus, to: IncidentStatus): string | null {
  if (from === to) return `The incident is already ${label(to)}.`;
  if (from === 'closed') return 'The incident is closed; a closed incident does not change status. Open a new incident if the problem is back.';
  if (from === 'cancelled') return 'The incident was cancelled; a cancelled incident does not change status.';
  if (to === 'cancelled') return from === 'resolved' ? 'A resolved incident is closed, not cancelled.' : null;
  const at = LIFECYCLE.indexOf(from);
  const next = LIFECYCLE.indexOf(to);
  if (next < at) return `An incident moves forward only: it cannot go back from ${label(from)} to ${label(to)}.`;
  if (to === 'closed' && from !== 'resolved') return 'Resolve the incident before closing it.';
  return null;
}

/** The statuses an incident may move to next, for the buttons a person is offered. */
export function nextStatuses(from: IncidentStatus): IncidentStatus[] {
  return (['started', 'mitigated', 'resolved', 'closed', 'cancelled'] as const).filter((to) => refuseTransition(from, to) === null);
}
