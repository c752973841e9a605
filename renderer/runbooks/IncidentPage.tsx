import { useMemo, useState } from 'react';
import { nextStatuses } from '../../shared/engine/incidents/incident-status';
import { formatDuration, incidentDurations, incidentTimeline, statusTimes } from '../../shared/engine/incidents/incident-timeline';
import { INCIDENT_STATUS_LABELS } from '../../shared/model/ops-enums';
import type { IncidentStatus } from '../../shared/model/ops';
import { Icon } from '../ui/Icon';
import { useCalendarView } from '../state/calendar-view';
import { useUi } from '../state/ui';
import { useWorkspace } from '../state/workspace';
import { write } from '../state/writes';
import { ActionItems } from './ActionItems';
import { SeverityBadge, StatusBadge } from './Badges';
import { BlastPanel } from './BlastPanel';
import { exportReport } from './report-export';
import { useBlastRadius, utc } from './ops-format';
import { useOpsView } from './ops-view';
import { IncidentRuns } from './IncidentRuns';
import { Timeline } from './Timeline';
import { DeclareIncident } from './DeclareIncident';
import { useNow } from './use-now';

const MOVE_LABEL: Record<IncidentStatus, string> = {
  triage: 'Back to triage', started: 'Start work', mitigated: 'Mark mitigated', resolved: 'Mark resolved', closed: 'Close incident', cancelled: 'Cancel incident',
};

/** One incident: status, roles, blast radius, durations, runs, action items and the whole timeline. */
export function IncidentPage({ incidentId }: { incidentId: number }) {
  const incident = useWorkspace((s) => s.ops.incidents.find((i) => i.id === incidentId));
  const events = useWorkspace((s) => s.ops.events);
  const allRuns = useWorkspace((s) => s.ops.runs);
  const serviceById = useWorkspace((s) => s.index.serviceById);
  const releaseById = useWorkspace((s) => s.releaseById);
  const show = useOpsView((s) => s.show);
  const now = useNow(15_000);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const blast = useBlastRadius(incident?.serviceIds ?? []);
  const runs = useMemo(() => allRuns.filter((r) => r.incidentId === incidentId), [allRuns, incidentId]);
  const entries = useMemo(() => incidentTimeline(events, incidentId, new Set(runs.map((r) => r.id))), [events, incidentId, runs]);

  if (!incident) {
    return (
      <div className="empty-inline">
        <p>This incident is not in the workspace (it may have been replaced by an import).</p>
        <button type="button" className="button" onClick={() => show({ kind: 'incidents' })}>Back to incidents</button>
      </div>
    );
  }
  const times = statusTimes(entries);
  const durations = incidentDurations(incident, times);
  const release = incident.releaseId === null ? null : releaseById.get(incident.releaseId);

  async function move(to: IncidentStatus) {
    setBusy(true);
    setRefusal(null);
    const result = await write('incident.transition', { id: incidentId, to }, (i) => `${i.title}: ${INCIDENT_STATUS_LABELS[i.status]}.`);
    setBusy(false);
    if (!result.ok) setRefusal(result.error.message);
  }

  function openRelease(id: number) {
    useCalendarView.getState().select(id);
    useUi.getState().setSection('calendar');
  }

  return (
    <article className="incident" aria-labelledby="incident-title">
      <header className="page-header">
        <div>
          <button type="button" className="button ghost small" onClick={() => show({ kind: 'incidents' })}>
            <Icon name="left" size={14} />
            All incidents
          </button>
          <h1 id="incident-title" className="incident-title">
            <SeverityBadge severity={incident.severity} /> {incident.title}
          </h1>
          <p className="page-lede">
            Declared {utc(incident.declaredAt)} by {incident.declaredBy}
            {incident.impactStartedAt ? `; impact began ${utc(incident.impactStartedAt)}` : ''}.
          </p>
        </div>
        <div className="page-actions">
          {incident.status === 'closed' || incident.status === 'cancelled' ? null : (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              <Icon name="edit" />
              Edit incident…
            </button>
          )}
          <button type="button" className="button" onClick={() => void exportReport(incidentId, 'md')}>
            <Icon name="download" />
            Report (Markdown)
          </button>
          <button type="button" className="button" onClick={() => void exportReport(incidentId, 'json')}>
            <Icon name="download" />
            Report (JSON)
          </button>
          <button type="button" className="button" onClick={() => show({ kind: 'report', id: incidentId })}>
            Printable report
          </button>
        </div>
      </header>

      <div className="incident-grid">
        <section className="card" aria-labelledby="status-title">
          <h2 id="status-title">Status</h2>
          <p className="status-line">
            <StatusBadge status={incident.status} />
          </p>
          <div className="status-actions" role="group" aria-label="Change status">
            {nextStatuses(incident.status).map((to, n) => (
              <button key={to} type="button" className={`button ${to === 'cancelled' ? 'danger-ghost' : n === 0 ? 'primary' : ''}`} disabled={busy} onClick={() => void move(to)}>
                {MOVE_LABEL[to]}
              </button>
            ))}
            {incident.status !== 'closed' && incident.status !== 'cancelled' && !nextStatuses(incident.status).includes('closed') ? (
              // Offered anyway: the API answers why not yet, which is what a commander needs to hear.
              <button type="button" className="button" disabled={busy} onClick={() => void move('closed')}>
                {MOVE_LABEL.closed}
              </button>
            ) : null}
            {nextStatuses(incident.status).length === 0 ? <p className="muted">This incident is {INCIDENT_STATUS_LABELS[incident.status].toLowerCase()}; its status no longer changes.</p> : null}
          </div>
          {refusal ? <p className="form-error" role="alert">{refusal}</p> : null}
          <dl className="facts">
            <dt>Time to detect</dt>
            <dd>{formatDuration(durations.timeToDetectMs)}</dd>
            <dt>Time to mitigate</dt>
            <dd>{formatDuration(durations.timeToMitigateMs)}</dd>
            <dt>Time to restore</dt>
            <dd>{formatDuration(durations.timeToRestoreMs)}</dd>
          </dl>
        </section>

        <section className="card" aria-labelledby="roles-title">
          <h2 id="roles-title">Roles</h2>
          <dl className="facts">
            {incident.roles.map((r) => (
              <div key={r.role} className="fact">
                <dt>{r.role}</dt>
                <dd>{r.name}</dd>
              </div>
            ))}
          </dl>
          <h3>Failing services</h3>
          <ul className="blast-list" aria-label="Failing services">
            {incident.serviceIds.map((id) => <li key={id}>{serviceById.get(id)?.name ?? `Service #${id} (deleted)`}</li>)}
          </ul>
          <h3>Caused by release</h3>
          {incident.releaseId === null ? (
            <p className="muted">None recorded.</p>
          ) : release ? (
            <button type="button" className="link" onClick={() => openRelease(release.id)}>
              {release.title} (open in the calendar)
            </button>
          ) : (
            <p className="muted">Release #{incident.releaseId}, no longer in the plan.</p>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="blast-title">
        <h2 id="blast-title">Blast radius</h2>
        <BlastPanel blast={blast} nowMs={now} />
      </section>

      <IncidentRuns incident={incident} runs={runs} />
      <ActionItems incidentId={incidentId} />
      <Timeline incident={incident} entries={entries} runs={runs} />
      {editing ? <DeclareIncident incident={incident} onClose={() => setEditing(false)} /> : null}
    </article>
  );
}
