import { useState } from 'react';
import { formatDuration } from '../../shared/engine/incidents/incident-timeline';
import { runState } from '../../shared/engine/incidents/run-state';
import type { Incident, Run } from '../../shared/model/ops';
import { useWorkspace } from '../state/workspace';
import { write } from '../state/writes';
import { utc } from './ops-format';
import { useOpsView } from './ops-view';
import { useNow } from './use-now';

/** The incident's runs, and a picker to start another: runbooks for the failing services first. */
export function IncidentRuns({ incident, runs }: { incident: Incident; runs: readonly Run[] }) {
  const runbooks = useWorkspace((s) => s.ops.runbooks);
  const events = useWorkspace((s) => s.ops.events);
  const openRun = useOpsView((s) => s.openRun);
  const now = useNow(5000);
  const failing = new Set(incident.serviceIds);
  const linked = runbooks.filter((r) => r.serviceIds.some((id) => failing.has(id)));
  const others = runbooks.filter((r) => !linked.includes(r));
  const [chosen, setChosen] = useState(() => String(linked[0]?.id ?? others[0]?.id ?? ''));
  const [error, setError] = useState<string | null>(null);
  const closed = incident.status === 'closed' || incident.status === 'cancelled';

  async function start() {
    setError(null);
    const result = await write('run.start', { runbookId: Number(chosen), incidentId: incident.id }, (r) => `Started ${r.title}.`);
    if (!result.ok) setError(result.error.message);
    else openRun(result.value.id);
  }

  return (
    <section className="card" aria-labelledby="runs-title">
      <h2 id="runs-title">Runbook runs</h2>
      {runs.length === 0 ? (
        <p className="muted">No runbook is running for this incident yet.{closed ? '' : ' Pick one below and start it.'}</p>
      ) : (
        <ul className="run-list" aria-label="Runs of this incident">
          {runs.map((run) => {
            const state = runState(run, events, now);
            const finished = state.steps.filter((s) => s.outcome === 'done' || s.outcome === 'skipped').length;
            return (
              <li key={run.id} className="run-list-item">
                <div>
                  <strong>{run.title}</strong> <span className="muted">version {run.runbookVersion}, started {utc(run.startedAt)} by {run.startedBy}</span>
                  <div className="muted">
                    {finished} of {run.steps.length} steps finished · {formatDuration(state.elapsedMs)} of {formatDuration(state.expectedMs)} expected{state.finished ? ' · finished' : ''}
                  </div>
                </div>
                <button type="button" className="button" onClick={() => openRun(run.id)}>
                  Open run mode
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {closed ? null : runbooks.length === 0 ? (
        <p className="muted">The library has no runbooks yet: add one under Runbook library, then start it here.</p>
      ) : (
        <div className="inline-form">
          <label htmlFor="start-runbook">Start runbook</label>
          <select id="start-runbook" className="control" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {linked.length ? (
              <optgroup label="For the failing services">
                {linked.map((r) => <option key={r.id} value={r.id}>{r.title}</option>)}
              </optgroup>
            ) : null}
            {others.length ? (
              <optgroup label="Other runbooks">
                {others.map((r) => <option key={r.id} value={r.id}>{r.title}</option>)}
              </optgroup>
            ) : null}
          </select>
          <button type="button" className="button primary" disabled={!chosen} onClick={() => void start()}>
            Start run
          </button>
        </div>
      )}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </section>
  );
}
