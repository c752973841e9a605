import { useState } from 'react';
import { useUi } from '../state/ui';
import { useWorkspace } from '../state/workspace';
import { write } from '../state/writes';
import type { Release } from '../../shared/model/plan';
import { SeverityBadge, StatusBadge } from './Badges';
import { useOpsView } from './ops-view';

/** In the release drawer: the incidents this release caused, and its rollback runbook to start. */
export function ReleaseOps({ release }: { release: Release }) {
  const allIncidents = useWorkspace((s) => s.ops.incidents);
  const runbook = useWorkspace((s) => (release.rollback.runbookId == null ? undefined : s.ops.runbooks.find((r) => r.id === release.rollback.runbookId)));
  const [error, setError] = useState<string | null>(null);
  const incidents = allIncidents.filter((i) => i.releaseId === release.id);

  function openIncident(id: number) {
    useOpsView.getState().show({ kind: 'incident', id });
    useUi.getState().setSection('runbooks');
  }

  async function startRollback() {
    if (!runbook) return;
    setError(null);
    const result = await write('run.start', { runbookId: runbook.id, releaseId: release.id }, (r) => `Started ${r.title} as the rollback of ${release.title}.`);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    useOpsView.getState().openRun(result.value.id);
    useUi.getState().setSection('runbooks');
  }

  return (
    <>
      <section aria-labelledby="drawer-incidents" className="drawer-section">
        <h3 id="drawer-incidents">Incidents</h3>
        {incidents.length === 0 ? (
          <p className="muted">No incident names this release as its cause.</p>
        ) : (
          <ul className="exception-list">
            {incidents.map((i) => (
              <li key={i.id}>
                <SeverityBadge severity={i.severity} /> <StatusBadge status={i.status} />{' '}
                <button type="button" className="link-button" onClick={() => openIncident(i.id)}>{i.title}</button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="drawer-rollback" className="drawer-section">
        <h3 id="drawer-rollback">Rollback runbook</h3>
        {runbook ? (
          <>
            <p>{runbook.title} (version {runbook.version}, {runbook.steps.length} steps)</p>
            <button type="button" className="button small" onClick={() => void startRollback()}>Start rollback run</button>
          </>
        ) : (
          <p className="muted">None linked. Choose one under Rollback in the release editor.</p>
        )}
        {error ? <p className="form-error" role="alert">{error}</p> : null}
      </section>
    </>
  );
}
