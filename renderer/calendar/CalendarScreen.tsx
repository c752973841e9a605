import { useCatalog } from '../state/catalog';
import { useCalendarView } from '../state/calendar-view';
import { openDialog } from '../state/dialogs';
import { usePlan } from '../state/plan';
import { Icon } from '../ui/Icon';
import { plural } from '../../shared/text/plural';
import { CalendarToolbar } from './CalendarToolbar';
import { ConflictDrawer } from './ConflictDrawer';
import { Timeline } from './timeline/Timeline';

function PlanSummary() {
  const releases = usePlan((s) => s.plan.releases.length);
  const windows = usePlan((s) => s.plan.windows.length);
  const conflicted = usePlan((s) => s.conflictsByRelease.size);
  const checking = usePlan((s) => s.checking);
  return (
    <p className="page-lede">
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
  const planStatus = usePlan((s) => s.status);
  const catalogStatus = useCatalog((s) => s.status);
  const loadError = usePlan((s) => s.loadError);
  const selected = useCalendarView((s) => s.selectedReleaseId);
  const drawerOpen = useCalendarView((s) => s.drawerOpen);

  if (planStatus === 'loading' || catalogStatus === 'loading') {
    return (
      <div className="page">
        <p className="loading">Opening the plan…</p>
      </div>
    );
  }
  if (planStatus === 'error') {
    return (
      <div className="page">
        <section className="notice-panel error" aria-labelledby="plan-failed">
          <h1 id="plan-failed">The plan could not be read</h1>
          <p>{loadError?.message ?? 'Release Cockpit did not get an answer from its host.'}</p>
          <button type="button" className="button primary" onClick={() => void usePlan.getState().load()}>
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
