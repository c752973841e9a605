import { useCalendarView } from '../state/calendar-view';
import { openDialog } from '../state/dialogs';
import { Icon } from '../ui/Icon';
import { plural } from '../../shared/text/plural';
import { CalendarToolbar } from './CalendarToolbar';
import { ConflictDrawer } from './ConflictDrawer';
import { Timeline } from './timeline/Timeline';
import { useWorkspace } from '../state/workspace';
import { loadWorkspace } from '../state/workspace-sync';

function PlanSummary() {
  const releases = useWorkspace((s) => s.plan.releases.length);
  const windows = useWorkspace((s) => s.plan.windows.length);
  const conflicted = useWorkspace((s) => s.conflictsByRelease.size);
  const checking = useWorkspace((s) => s.checking);
  const rebuilds = useWorkspace((s) => s.conflictRebuilds);
  return (
    <p className="page-lede" data-conflict-rebuilds={rebuilds}>
      {plural(releases, 'release')} · {plural(windows, 'window')} ·{' '}
      {checking ? (
        <span className="muted">checking conflicts…</span>
      ) : (
        <span className={conflicted > 0 ? 'text-danger' : ''}>{conflicted === 0 ? 'no conflicts' : `${plural(conflicted, 'release')} in conflict`}</span>
      )}
    </p>
  );
}

export function CalendarScreen() {
  const status = useWorkspace((s) => s.status);
  const loadError = useWorkspace((s) => s.loadError);
  const selected = useCalendarView((s) => s.selectedReleaseId);
  const drawerOpen = useCalendarView((s) => s.drawerOpen);

  if (status === 'loading') {
    return (
      <div className="page">
        <p className="loading">Opening the plan…</p>
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="page">
        <section className="notice-panel error" aria-labelledby="plan-failed">
          <h1 id="plan-failed">The plan could not be read</h1>
          <p>{loadError?.message ?? 'Release Cockpit did not get an answer from its host.'}</p>
          <button type="button" className="button primary" onClick={() => void loadWorkspace()}>
            Try again
          </button>
        </section>
      </div>
    );
  }
  return (
    <div className="page calendar">
      <header className="page-header">
        <div>
          <h1>Calendar</h1>
          <PlanSummary />
        </div>
        <div className="page-actions">
          <button type="button" className="button" onClick={() => openDialog({ type: 'import' })}>
            <Icon name="upload" />
            Import…
          </button>
          <button type="button" className="button" onClick={() => openDialog({ type: 'export-ics' })}>
            <Icon name="download" />
            Export ICS…
          </button>
          <button type="button" className="button" onClick={() => openDialog({ type: 'schedule', releaseIds: selected === null ? [] : [selected] })}>
            <Icon name="wand" />
            Auto-schedule…
          </button>
          <button type="button" className="button" onClick={() => openDialog({ type: 'window', window: null })}>
            <Icon name="lock" />
            Add window
          </button>
          <button type="button" className="button primary" onClick={() => openDialog({ type: 'release', release: null })}>
            <Icon name="plus" />
            Add release
          </button>
        </div>
      </header>
      <CalendarToolbar />
      <div className="calendar-body">
        <Timeline />
        {drawerOpen && selected !== null ? <ConflictDrawer releaseId={selected} /> : null}
      </div>
    </div>
  );
}
