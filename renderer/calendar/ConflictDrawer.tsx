import { plannedInterval } from '../../shared/engine/conflicts/release-facts';
import { openReleaseBlast } from '../blast/open-release-blast';
import { useCalendarView } from '../state/calendar-view';
import { openDialog } from '../state/dialogs';
import { Icon } from '../ui/Icon';
import { plural } from '../../shared/text/plural';
import { duration } from '../ui/format';
import { zonedRange } from '../ui/zoned-time';
import { evidenceLines } from './conflict-evidence';
import { CONFLICT_TYPE_LABELS, RELEASE_STATUS_LABELS } from './release-labels';
import { useWorkspace } from '../state/workspace';
import { ReleaseOps } from '../runbooks/ReleaseOps';

/** The selected release and every conflict it has, each with its evidence. */
export function ConflictDrawer({ releaseId }: { releaseId: number }) {
  const release = useWorkspace((s) => s.releaseById.get(releaseId));
  const releaseById = useWorkspace((s) => s.releaseById);
  const conflicts = useWorkspace((s) => s.conflictsByRelease.get(releaseId));
  const exceptions = useWorkspace((s) => s.exceptions);
  const checking = useWorkspace((s) => s.checking);
  const windowById = useWorkspace((s) => s.windowById);
  const zoneChoice = useCalendarView((s) => s.zone);
  const select = useCalendarView((s) => s.select);
  const lookup = useWorkspace((s) => s.index.lookup);
  const zone = zoneChoice === 'UTC' ? 'UTC' : (lookup.sites.get(zoneChoice)?.timeZone ?? 'UTC');
  if (!release) return null;
  const interval = plannedInterval(release);
  const list = conflicts ?? [];
  const mine = exceptions.filter((e) => e.releaseId === releaseId);

  return (
    <aside className="drawer" aria-labelledby="drawer-title">
      <header className="drawer-head">
        <div>
          <h2 id="drawer-title">{release.title}</h2>
          <p className="muted">
            {RELEASE_STATUS_LABELS[release.status]} · {duration(release.durationMinutes)} · {release.strategy}
          </p>
          <p>{interval ? `${zonedRange(interval.startMs, interval.endMs, zone)} (${zone})` : 'Not planned yet'}</p>
        </div>
        <button type="button" className="button ghost icon-only" aria-label="Close details" onClick={() => select(null)}>
          <Icon name="close" />
        </button>
      </header>
      <div className="drawer-actions">
        <button type="button" className="button small" onClick={() => openDialog({ type: 'release', release })}>
          <Icon name="edit" size={14} />
          Edit release
        </button>
        {release.services.length > 0 ? (
          <button type="button" className="button small" onClick={() => openReleaseBlast(release.id)}>
            <Icon name="radius" size={14} />
            {release.waves.length > 0 ? 'Blast radius per wave' : 'Blast radius'}
          </button>
        ) : null}
      </div>
      <section aria-labelledby="drawer-conflicts" className="drawer-section">
        <h3 id="drawer-conflicts">{list.length === 0 ? (checking ? 'No conflicts found yet' : 'No conflicts') : plural(list.length, 'conflict')}</h3>
        {checking ? <p className="muted" role="status">Still checking the rest of the plan; this list may grow.</p> : null}
        {list.length === 0 && checking ? null : list.length === 0 ? (
          <p className="muted">It fits the freeze calendar, its dependencies, site capacity and the release policies.</p>
        ) : (
          <ul className="conflict-list">
            {list.map((c) => (
              <li key={c.id} className={`conflict-item ${c.severity}`}>
                <div className="conflict-head">
                  <span className={`badge ${c.severity === 'blocking' ? 'strength-hard' : 'neutral'}`}>{c.severity === 'blocking' ? 'Blocking' : 'Warning'}</span>
                  <strong>{CONFLICT_TYPE_LABELS[c.type]}</strong>
                </div>
                <p className="conflict-message">{c.message}</p>
                <ul className="evidence" aria-label="Evidence">
                  {evidenceLines(c, lookup, releaseById, zone).map((line, i) => (
                    <li key={i}>
                      {line.releaseId !== undefined && line.releaseId !== releaseId ? (
                        <button type="button" className="link-button" onClick={() => select(line.releaseId!)}>{line.text}</button>
                      ) : line.windowId !== undefined && windowById.has(line.windowId) ? (
                        <button type="button" className="link-button" onClick={() => openDialog({ type: 'window', window: windowById.get(line.windowId!)! })}>{line.text}</button>
                      ) : (
                        line.text
                      )}
                    </li>
                  ))}
                </ul>
                {c.evidence.kind === 'soft-freeze-no-exception' ? (
                  <button type="button" className="button small" onClick={() => c.evidence.kind === 'soft-freeze-no-exception' && openDialog({ type: 'exception', windowId: c.evidence.windowId, releaseId })}>
                    Request exception…
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReleaseOps release={release} />
      {mine.length > 0 ? (
        <section aria-labelledby="drawer-exceptions" className="drawer-section">
          <h3 id="drawer-exceptions">Freeze exceptions</h3>
          <ul className="exception-list">
            {mine.map((e) => (
              <li key={e.id}>
                <strong>{windowById.get(e.windowId)?.name ?? 'Window'}</strong>: {e.reason}
                <div className="muted">
                  Requested by {e.requester || 'unknown'} · {e.approver ? `approved by ${e.approver}` : 'awaiting approval'}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}
