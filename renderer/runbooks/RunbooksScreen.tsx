import { useWorkspace } from '../state/workspace';
import { IncidentList } from './IncidentList';
import { IncidentPage } from './IncidentPage';
import { useOpsView } from './ops-view';
import { ReportView } from './ReportView';
import { RunbookLibrary } from './RunbookLibrary';
import { RunMode } from './RunMode';
import { RunTabs } from './RunTabs';

/** The Runbooks section: incidents and the runbook library, an incident's page, run mode, the printable report. */
export function RunbooksScreen() {
  const status = useWorkspace((s) => s.status);
  const view = useOpsView((s) => s.view);
  const show = useOpsView((s) => s.show);
  if (status !== 'ready') {
    return (
      <div className="page">
        <p className="loading">{status === 'loading' ? 'Opening the workspace…' : 'The workspace could not be opened. Open the Catalog section to try again.'}</p>
      </div>
    );
  }
  if (view.kind === 'report') return <ReportView incidentId={view.id} />;
  const onIncidents = view.kind === 'incidents' || view.kind === 'incident';
  return (
    <div className="page ops">
      <nav className="ops-nav" aria-label="Runbooks and incidents">
        <button type="button" className={`ops-nav-item ${onIncidents ? 'current' : ''}`} aria-current={onIncidents ? 'page' : undefined} onClick={() => show({ kind: 'incidents' })}>
          Incidents
        </button>
        <button type="button" className={`ops-nav-item ${view.kind === 'runbooks' ? 'current' : ''}`} aria-current={view.kind === 'runbooks' ? 'page' : undefined} onClick={() => show({ kind: 'runbooks', id: null })}>
          Runbook library
        </button>
        <RunTabs />
      </nav>
      <div className="ops-body">
        {view.kind === 'incidents' ? <IncidentList /> : null}
        {view.kind === 'incident' ? <IncidentPage incidentId={view.id} /> : null}
        {view.kind === 'runbooks' ? <RunbookLibrary selectedId={view.id} /> : null}
        {view.kind === 'run' ? <RunMode runId={view.id} /> : null}
      </div>
    </div>
  );
}
