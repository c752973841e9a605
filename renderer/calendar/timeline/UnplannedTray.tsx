import type { Release } from '../../../shared/model/plan';
import { openDialog } from '../../state/dialogs';
import { plural } from '../../../shared/text/plural';

/** Releases with no planned start cannot be drawn; list them so they are not forgotten. */
export function UnplannedTray({ releases }: { releases: readonly Release[] }) {
  if (releases.length === 0) return null;
  return (
    <section className="tl-unplanned" aria-label="Releases not planned yet">
      <span className="tl-unplanned-head">{`${plural(releases.length, 'release')} not planned yet`}</span>
      <span className="muted">Give each a start, or let Auto-schedule place them:</span>
      {releases.slice(0, 12).map((r) => (
        <button key={r.id} type="button" className="chip-button" onClick={() => openDialog({ type: 'release', release: r })}>
          {r.title}
        </button>
      ))}
      {releases.length > 12 ? <span className="muted">{`and ${releases.length - 12} more`}</span> : null}
    </section>
  );
}
