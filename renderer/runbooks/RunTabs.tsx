import { Icon } from '../ui/Icon';
import { useWorkspace } from '../state/workspace';
import { useOpsView } from './ops-view';

/** The runs open in the war room, one tab each; several can be followed at once. */
export function RunTabs() {
  const openRuns = useOpsView((s) => s.openRuns);
  const view = useOpsView((s) => s.view);
  const openRun = useOpsView((s) => s.openRun);
  const closeRun = useOpsView((s) => s.closeRun);
  const runs = useWorkspace((s) => s.ops.runs);
  const present = openRuns.map((id) => runs.find((r) => r.id === id)).filter((r) => r !== undefined);
  if (present.length === 0) return null;
  return (
    <ul className="run-tabs" aria-label="Open runs">
      {present.map((run) => {
        const current = view.kind === 'run' && view.id === run.id;
        return (
          <li key={run.id} className={`run-tab ${current ? 'current' : ''}`}>
            <button type="button" className="run-tab-open" aria-current={current ? 'page' : undefined} onClick={() => openRun(run.id)}>
              <Icon name="runbook" size={14} />
              <span className="ellipsis">Run #{run.id}: {run.title}</span>
            </button>
            <button type="button" className="icon-button" aria-label={`Close run #${run.id} ${run.title}`} onClick={() => closeRun(run.id)}>
              <Icon name="close" size={12} />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
