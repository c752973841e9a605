import { useWorkspace } from '../state/workspace';
import { zonedDateTime } from '../ui/zoned-time';
import { scopeInWords } from '../../shared/import/ics/describe-items';
import type { WeekWindow } from './cab-pack';
import { useAuditHead } from '../audit/use-audit-head';

const TYPE_LABELS = { freeze: 'Freeze', maintenance: 'Maintenance' } as const;

/** The freeze and maintenance windows open in the week. */
export function CabWindows({ windows }: { windows: WeekWindow[] }) {
  const lookup = useWorkspace((s) => s.index.lookup);
  return (
    <section className="cab-section" aria-labelledby="cab-windows">
      <h2 id="cab-windows">Freeze and maintenance windows this week</h2>
      {windows.length === 0 ? (
        <p>No freeze or maintenance window is open this week.</p>
      ) : (
        <table className="report-table">
          <caption className="sr-only">Windows this week</caption>
          <thead><tr><th scope="col">Window</th><th scope="col">Kind</th><th scope="col">When</th><th scope="col">Applies to</th></tr></thead>
          <tbody>
            {windows.map(({ window: w, times, zone }) => (
              <tr key={w.id}>
                <td>{w.name}{w.reason ? <div className="muted">{w.reason}</div> : null}</td>
                <td>{TYPE_LABELS[w.type]} ({w.severity})</td>
                <td>{times.map((t) => <div key={t} className="num">{t}</div>)}<div className="muted">{zone ?? 'each site’s local time'}</div></td>
                <td>{scopeInWords(w.scope, lookup)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The audit head at the time the pack was made, and what it is good for. */
export function CabCheckpoint({ zone }: { zone: string }) {
  const head = useAuditHead();
  return (
    <section className="cab-section cab-checkpoint" aria-labelledby="cab-audit">
      <h2 id="cab-audit">Audit trail checkpoint</h2>
      <dl className="report-facts">
        <dt>Entries</dt><dd aria-label="Audit entry count">{head ? head.count : '…'}</dd>
        <dt>Head hash</dt><dd><code aria-label="Audit head hash">{head ? head.headHash : '…'}</code></dd>
        {head?.headAt ? (<><dt>Last entry</dt><dd>{zonedDateTime(Date.parse(head.headAt), zone)}</dd></>) : null}
      </dl>
      <p>
        The audit trail is tamper-evident: every entry carries a hash of its content and of the entry before it, so a changed or removed entry breaks the chain.
        The chain alone cannot stop someone who can write the workspace file from rebuilding it whole, so keep a copy of this head hash elsewhere (in the minutes of this meeting, say): that copy proves later that the history up to this point was not rewritten.
      </p>
    </section>
  );
}
