import { useEffect, useMemo } from 'react';
import { buildIncidentReport } from '../../shared/engine/incidents/incident-report';
import { INCIDENT_STATUS_LABELS } from '../../shared/model/ops-enums';
import { useWorkspace } from '../state/workspace';
import { useBlastRadius, utc } from './ops-format';
import { useOpsView } from './ops-view';
import { useNow } from './use-now';
import { exportReport, savePdf } from './report-export';

/**
 * The post-incident report as a page made for print: "Save PDF" prints it (the browser's or
 * Electron's print to PDF); the app's frame is left out of the printout by @media print.
 */
export function ReportView({ incidentId }: { incidentId: number }) {
  const incident = useWorkspace((s) => s.ops.incidents.find((i) => i.id === incidentId));
  const ops = useWorkspace((s) => s.ops);
  const serviceById = useWorkspace((s) => s.index.serviceById);
  const siteById = useWorkspace((s) => s.index.siteById);
  const releaseById = useWorkspace((s) => s.releaseById);
  const show = useOpsView((s) => s.show);
  const blast = useBlastRadius(incident?.serviceIds ?? []);
  const now = useNow(60_000);

  useEffect(() => {
    document.documentElement.classList.add('printing-report');
    return () => document.documentElement.classList.remove('printing-report');
  }, []);

  const report = useMemo(() => {
    if (!incident || !blast) return null;
    const siteZones = new Map([...siteById.values()].map((s) => [s.name, s.timeZone]));
    return buildIncidentReport({
      incident,
      events: ops.events,
      runs: ops.runs.filter((r) => r.incidentId === incident.id),
      actionItems: ops.actionItems.filter((a) => a.incidentId === incident.id),
      serviceName: (id) => serviceById.get(id)?.name ?? `Service #${id}`,
      releaseTitle: (id) => releaseById.get(id)?.title ?? null,
      blast,
      siteZone: (name) => siteZones.get(name) ?? null,
      nowMs: now,
    });
  }, [incident, blast, ops, serviceById, siteById, releaseById, now]);

  if (!incident || !report) {
    return (
      <div className="page">
        <p>There is no report to show: the incident is not in the workspace, or none of its services is in the catalog.</p>
        <button type="button" className="button" onClick={() => show({ kind: 'incidents' })}>Back to incidents</button>
      </div>
    );
  }
  const i = report.incident;
  return (
    <div className="page report-page">
      <div className="report-toolbar no-print" role="toolbar" aria-label="Report">
        <button type="button" className="button" onClick={() => show({ kind: 'incident', id: incidentId })}>← Back to the incident</button>
        <button type="button" className="button primary" onClick={() => void savePdf(incident.id, incident.title)}>Save PDF…</button>
        <button type="button" className="button" onClick={() => void exportReport(incidentId, 'md')}>Markdown</button>
        <button type="button" className="button" onClick={() => void exportReport(incidentId, 'json')}>JSON</button>
      </div>
      <article className="report" aria-labelledby="report-title">
        <header>
          <p className="report-kicker">Post-incident report</p>
          <h1 id="report-title">{i.severity} {i.title}</h1>
          <dl className="report-facts">
            <dt>Status</dt><dd>{INCIDENT_STATUS_LABELS[i.status]}</dd>
            <dt>Declared</dt><dd>{utc(i.declaredAt)} by {i.declaredBy}</dd>
            {i.impactStartedAt ? (<><dt>Impact began</dt><dd>{utc(i.impactStartedAt)}</dd></>) : null}
            <dt>Failing services</dt><dd>{i.failingServices.join(', ')}</dd>
            <dt>Caused by release</dt><dd>{i.causedBy ? (i.causedBy.title ?? `#${i.causedBy.id}`) : 'None recorded'}</dd>
            <dt>Roles</dt><dd>{i.roles.map((r) => `${r.role}: ${r.name}`).join('; ')}</dd>
            <dt>Time to detect</dt><dd>{report.durations.text.timeToDetect}</dd>
            <dt>Time to mitigate</dt><dd>{report.durations.text.timeToMitigate}</dd>
            <dt>Time to restore</dt><dd>{report.durations.text.timeToRestore}</dd>
          </dl>
          {i.summary.trim() ? <p className="report-summary">{i.summary}</p> : null}
        </header>

        <section aria-labelledby="r-blast">
          <h2 id="r-blast">Blast radius</h2>
          <p>Impact score {report.blastRadius.score}; {report.blastRadius.services.length} dependent services.</p>
          <table className="report-table">
            <caption className="sr-only">Impacted sites</caption>
            <thead><tr><th scope="col">Site</th><th scope="col">Impact</th><th scope="col">Time zone</th><th scope="col">Local time at declaration</th></tr></thead>
            <tbody>
              {report.blastRadius.sites.map((s) => (
                <tr key={s.name}><td>{s.name}</td><td>{s.path === 'hard' ? 'Stops' : 'Degrades'}</td><td>{s.zone ?? '—'}</td><td>{s.localTimeAtDeclaration ?? '—'}</td></tr>
              ))}
            </tbody>
          </table>
          <p><strong>Processes that stop:</strong> {report.blastRadius.processes.filter((p) => p.path === 'hard').map((p) => p.name).join(', ') || 'none'}</p>
          <p><strong>Processes that degrade:</strong> {report.blastRadius.processes.filter((p) => p.path === 'soft').map((p) => p.name).join(', ') || 'none'}</p>
        </section>

        <section aria-labelledby="r-timeline">
          <h2 id="r-timeline">Timeline</h2>
          <table className="report-table">
            <caption className="sr-only">Timeline</caption>
            <thead><tr><th scope="col">Time (UTC)</th><th scope="col">By</th><th scope="col">What</th></tr></thead>
            <tbody>
              {report.timeline.map((e, n) => (
                <tr key={n}>
                  <td className="num">{utc(e.at, true)}</td>
                  <td>{e.by}</td>
                  <td>
                    {e.text}
                    {e.corrections.map((c, k) => (
                      <div key={k} className="report-correction">Corrected from {utc(c.from, true)} to {utc(c.to, true)}: {c.reason}</div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        {report.runs.map((run, n) => (
          <section key={n} aria-label={`Run: ${run.title}`}>
            <h2>Run: {run.title} (version {run.version})</h2>
            <p>Started {utc(run.startedAt)} by {run.startedBy}; elapsed {run.elapsed} of {run.expected} expected{run.finished ? '; finished' : ''}.</p>
            <table className="report-table">
              <caption className="sr-only">Steps of {run.title}</caption>
              <thead><tr><th scope="col">#</th><th scope="col">Step</th><th scope="col">Outcome</th><th scope="col">At (UTC)</th><th scope="col">Took</th><th scope="col">Expected</th><th scope="col">Note</th></tr></thead>
              <tbody>
                {run.steps.map((s) => (
                  <tr key={s.number}>
                    <td>{s.number}</td><td>{s.title}<div className="muted">{s.owner} · {s.kind}</div></td><td>{s.outcome ?? 'open'}</td><td className="num">{s.at ? utc(s.at, true) : '—'}</td><td>{s.elapsed}</td><td>{s.expected}</td><td>{s.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}

        <section aria-labelledby="r-actions">
          <h2 id="r-actions">Action items</h2>
          {report.actionItems.length === 0 ? (
            <p>None recorded.</p>
          ) : (
            <ul>
              {report.actionItems.map((a, n) => (
                <li key={n}>{a.done ? '☑' : '☐'} {a.title}{a.owner ? ` (owner: ${a.owner})` : ''}{a.due ? `, due ${a.due}` : ''}</li>
              ))}
            </ul>
          )}
        </section>
      </article>
    </div>
  );
}
