import { useState } from 'react';
import { plural } from '../../shared/text/plural';
import { Icon } from '../ui/Icon';
import { useWorkspace } from '../state/workspace';
import { SeverityBadge, StatusBadge } from './Badges';
import { DeclareIncident } from './DeclareIncident';
import { utc } from './ops-format';
import { useOpsView } from './ops-view';

/** Every incident, open ones first, newest first. */
export function IncidentList() {
  const incidents = useWorkspace((s) => s.ops.incidents);
  const serviceById = useWorkspace((s) => s.index.serviceById);
  const show = useOpsView((s) => s.show);
  const [declaring, setDeclaring] = useState(false);
  const done = (status: string) => status === 'closed' || status === 'cancelled';
  const sorted = [...incidents].sort((a, b) => Number(done(a.status)) - Number(done(b.status)) || b.declaredAt.localeCompare(a.declaredAt) || b.id - a.id);
  const open = incidents.filter((i) => !done(i.status)).length;

  return (
    <section className="ops-panel" aria-labelledby="incidents-title">
      <header className="page-header">
        <div>
          <h1 id="incidents-title">Incidents</h1>
          <p className="page-lede">{incidents.length ? `${plural(open, 'open incident')}, ${plural(incidents.length, 'incident')} in all.` : 'Declare an incident when a service fails: its blast radius, runbooks and timeline follow.'}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="button primary" onClick={() => setDeclaring(true)}>
            <Icon name="alert" />
            Declare incident…
          </button>
        </div>
      </header>
      {sorted.length === 0 ? (
        <div className="empty-inline">
          <p>No incidents yet. When something breaks, choose <strong>Declare incident…</strong> and name the failing services.</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table ops-table">
            <caption className="sr-only">Incidents</caption>
            <thead>
              <tr>
                <th scope="col">Incident</th>
                <th scope="col">Severity</th>
                <th scope="col">Status</th>
                <th scope="col">Failing services</th>
                <th scope="col">Declared</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((i) => (
                <tr key={i.id}>
                  <td>
                    <button type="button" className="link" onClick={() => show({ kind: 'incident', id: i.id })}>
                      {i.title}
                    </button>
                  </td>
                  <td><SeverityBadge severity={i.severity} /></td>
                  <td><StatusBadge status={i.status} /></td>
                  <td>{i.serviceIds.map((id) => serviceById.get(id)?.name ?? `#${id}`).join(', ')}</td>
                  <td className="num">{utc(i.declaredAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {declaring ? <DeclareIncident onClose={() => setDeclaring(false)} /> : null}
    </section>
  );
}
