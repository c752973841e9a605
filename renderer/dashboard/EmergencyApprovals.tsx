import { useMemo } from 'react';
import type { MissingApproval } from '../../shared/engine/dora';
import { approvalStatus, policyForTier, releaseTier } from '../../shared/engine/governance/approval-status';
import { formatDuration } from '../../shared/engine/incidents/incident-timeline';
import { plural } from '../../shared/text/plural';
import { utc } from '../runbooks/ops-format';
import { useCalendarView } from '../state/calendar-view';
import { useUi } from '../state/ui';
import { useWorkspace } from '../state/workspace';

const HOUR_MS = 3_600_000;

/** Opens the release in the calendar with its drawer, as the other sections' release links do. */
function openRelease(id: number) {
  useCalendarView.getState().select(id);
  useUi.getState().setSection('calendar');
}

/** Emergency changes that went ahead and still lack their after-the-fact approval: the dashboard's call to action. */
export function EmergencyApprovals({ missing }: { missing: readonly MissingApproval[] }) {
  const releaseById = useWorkspace((s) => s.releaseById);
  const serviceById = useWorkspace((s) => s.index.serviceById);
  const governance = useWorkspace((s) => s.governance);
  const needs = useMemo(() => {
    return new Map(
      missing.map(({ release: { id } }) => {
        const release = releaseById.get(id);
        if (!release) return [id, ''];
        const tier = releaseTier(release, (serviceId) => serviceById.get(serviceId)?.tier);
        return [id, approvalStatus(release, policyForTier(governance.policies, tier), governance.approvals).stillNeeded.join(' and ')];
      }),
    );
  }, [missing, releaseById, serviceById, governance]);

  return (
    <section className={`card dash-attention${missing.length ? ' has-items' : ''}`} aria-labelledby="dash-missing-title">
      <h2 id="dash-missing-title">Emergency changes missing their approval</h2>
      {missing.length === 0 ? (
        <p className="muted">Every emergency change that went ahead has its approval.</p>
      ) : (
        <>
          <p className="muted dash-definition">
            {plural(missing.length, 'emergency change')} went ahead without the approval its policy asks for afterwards. Open each to approve it.
          </p>
          <div className="table-wrap dash-table-wrap">
            <table className="table compact">
              <caption className="sr-only">Emergency changes missing their approval, longest wait first</caption>
              <thead>
                <tr>
                  <th scope="col">Release</th>
                  <th scope="col">Services</th>
                  <th scope="col">Went ahead</th>
                  <th scope="col" className="align-end">Waiting</th>
                  <th scope="col">Still needs</th>
                </tr>
              </thead>
              <tbody>
                {missing.map(({ release, since, waitedHours }) => (
                  <tr key={release.id}>
                    <td>
                      <button type="button" className="link" onClick={() => openRelease(release.id)}>
                        {release.title}
                      </button>
                    </td>
                    <td className="muted">{release.serviceIds.map((id) => serviceById.get(id)?.name ?? `#${id}`).join(', ') || '—'}</td>
                    <td className="nowrap num">{utc(since)}</td>
                    <td className="align-end nowrap num">{waitedHours === null ? '—' : formatDuration(waitedHours * HOUR_MS)}</td>
                    <td className="muted">{needs.get(release.id) || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
