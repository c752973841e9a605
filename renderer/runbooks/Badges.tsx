import { INCIDENT_STATUS_LABELS } from '../../shared/model/ops-enums';
import type { IncidentStatus } from '../../shared/model/ops';

export function SeverityBadge({ severity }: { severity: string }) {
  return <span className={`badge sev sev-${severity.toLowerCase()}`}>{severity}</span>;
}

export function StatusBadge({ status }: { status: IncidentStatus }) {
  return <span className={`badge status status-${status}`}>{INCIDENT_STATUS_LABELS[status]}</span>;
}
