import { CHANGE_TYPE_LABELS, ROLE_LABELS } from '../../shared/model/governance-enums';
import { RELEASE_STATUS_LABELS, STRATEGY_LABELS, HOW_LABELS, CONFLICT_TYPE_LABELS } from '../calendar/release-labels';
import { scoreText } from '../calendar/release-editor/release-analysis';
import { TierBadge } from '../ui/Badges';
import { duration } from '../ui/format';
import { zonedDateTime } from '../ui/zoned-time';
import type { ReleaseBrief } from './cab-pack';
import { plural } from '../../shared/text/plural';

const LEVEL_LABELS = { low: 'Low', medium: 'Medium', high: 'High' } as const;
const list = (items: readonly string[], none = 'none') => (items.length ? items.join(', ') : none);

function Risk({ brief }: { brief: ReleaseBrief }) {
  const { risk } = brief;
  return (
    <section aria-label="Risk" className="cab-block">
      <h4>Risk: {scoreText(risk.score)} of 100, <span className={`cab-level ${risk.level}`}>{LEVEL_LABELS[risk.level]} risk</span></h4>
      <table className="report-table cab-risk">
        <caption className="sr-only">Risk factors of {brief.release.title}</caption>
        <thead><tr><th scope="col">Factor</th><th scope="col" className="num">Share</th><th scope="col">Why</th></tr></thead>
        <tbody>
          {risk.factors.map((f) => (
            <tr key={f.key}><td>{f.label}</td><td className="num">{f.contribution.toFixed(1)} / {f.weight}</td><td>{f.explanation}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Blast({ brief }: { brief: ReleaseBrief }) {
  const b = brief.blast;
  return (
    <section aria-label="Blast radius" className="cab-block">
      <h4>Blast radius</h4>
      {b === null ? (
        <p>It names no catalogued service, so no blast radius is known.</p>
      ) : (
        <>
          <p>
            {b.counts.impacted === 0 ? 'No other service depends on the services it changes.' : `${plural(b.counts.impacted, 'service')} depend on it: ${b.counts.hard} would fail, ${b.counts.soft} degrade.`}{' '}
            By tier: <strong>{b.counts.tier1}</strong> tier 1, <strong>{b.counts.tier2}</strong> tier 2, <strong>{b.counts.tier3}</strong> tier 3. Impact score {b.score}.
          </p>
          <p><strong>Impacted sites ({b.sites.length}):</strong> {list(b.sites.map((s) => s.name))}</p>
          <p><strong>Business processes ({b.processes.length}):</strong> {list(b.processes.map((p) => `${p.name}${p.strength === 'hard' ? ' (stops)' : ' (degrades)'}`))}</p>
        </>
      )}
    </section>
  );
}

function Conflicts({ brief, checkedAt }: { brief: ReleaseBrief; checkedAt: string }) {
  return (
    <section aria-label="Conflicts" className="cab-block">
      <h4>Conflicts <span className="muted cab-note">({checkedAt})</span></h4>
      {brief.conflicts.length === 0 ? (
        <p>None: it fits the freeze calendar, its dependencies, site capacity and the release policies.</p>
      ) : (
        <ul className="cab-list">
          {brief.conflicts.map((c) => (
            <li key={c.id}><strong>{c.severity === 'blocking' ? 'Blocking' : 'Warning'}: {CONFLICT_TYPE_LABELS[c.type]}.</strong> {c.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Approvals({ brief, zone }: { brief: ReleaseBrief; zone: string }) {
  const a = brief.approval;
  const verdict = a === null
    ? `No approval policy is set for tier ${brief.tier}.`
    : a.preApproved
      ? 'Pre-approved standard change: no approval is needed.'
      : a.satisfied
        ? `The tier ${brief.tier} policy is met.`
        : `Still needed: ${a.stillNeeded.join(' and ')}.`;
  return (
    <section aria-label="Approvals" className="cab-block">
      <h4>Approvals</h4>
      <p className={a && !a.satisfied ? 'cab-needed' : ''}>{verdict}</p>
      {brief.approvals.length ? (
        <ul className="cab-list" aria-label="Approved by">
          {brief.approvals.map((x) => (
            <li key={x.id}>{x.approver}{x.role ? ` (${ROLE_LABELS[x.role]})` : ''}, {zonedDateTime(Date.parse(x.at), zone)}{x.note ? `: ${x.note}` : ''}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">No approval recorded.</p>
      )}
      {brief.withdrawn.length ? (
        <p className="muted">Withdrawn: {brief.withdrawn.map((x) => `${x.approver}${x.withdrawnReason ? ` (${x.withdrawnReason})` : ''}`).join('; ')}</p>
      ) : null}
    </section>
  );
}

function Plan({ brief, zone, siteName }: { brief: ReleaseBrief; zone: string; siteName(id: number): string }) {
  const r = brief.release;
  const start = Date.parse(r.plannedStart ?? '');
  return (
    <section aria-label="Implementation plan" className="cab-block">
      <h4>Implementation plan</h4>
      <p>
        {STRATEGY_LABELS[r.strategy].label} ({STRATEGY_LABELS[r.strategy].detail.replace(/\.$/, '')}), {duration(r.durationMinutes)}
        {Number.isFinite(start) ? `: ${zonedDateTime(start, zone)} to ${zonedDateTime(start + r.durationMinutes * 60_000, zone)}` : ''}.
      </p>
      {r.waves.length ? (
        <table className="report-table">
          <caption className="sr-only">Waves of {r.title}</caption>
          <thead><tr><th scope="col">#</th><th scope="col">Wave</th><th scope="col">Sites</th><th scope="col">Soak</th></tr></thead>
          <tbody>
            {r.waves.map((w, n) => (
              <tr key={n}><td className="num">{n + 1}</td><td>{w.name}</td><td>{list(w.siteIds.map(siteName))}</td><td>{w.soakMinutes ? duration(w.soakMinutes) : '—'}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function Backout({ brief }: { brief: ReleaseBrief }) {
  const rb = brief.release.rollback;
  return (
    <section aria-label="Test evidence and backout plan" className="cab-block">
      <h4>Test evidence and backout plan</h4>
      <p>
        <strong>Rollback tested:</strong> <span className={rb.tested ? '' : 'cab-needed'}>{rb.tested ? 'Yes' : 'No, the rollback has not been tested'}</span>.{' '}
        <strong>Expected rollback time:</strong> {rb.expectedMinutes ? duration(rb.expectedMinutes) : 'not given'}.{' '}
        <strong>Runbook:</strong> {brief.runbookTitle ?? 'none linked'}.
      </p>
      {rb.steps.length ? (
        <ol className="cab-list" aria-label="Rollback steps">
          {rb.steps.map((s, n) => <li key={n}>{s}</li>)}
        </ol>
      ) : (
        <p className="cab-needed">No rollback steps are written down.</p>
      )}
    </section>
  );
}

/** One release of the week, as the board reads it. */
export function CabRelease({ brief, zone, checkedAt, siteName }: { brief: ReleaseBrief; zone: string; checkedAt: string; siteName(id: number): string }) {
  const r = brief.release;
  const headingId = `cab-release-${r.id}`;
  const start = Date.parse(r.plannedStart ?? '');
  return (
    <section className="cab-release" aria-labelledby={headingId}>
      <h3 id={headingId}>{r.title} <span className="cab-id">#{r.id}</span></h3>
      <dl className="report-facts">
        <dt>Change type</dt><dd>{CHANGE_TYPE_LABELS[r.type]}{r.standardKind ? ` (${r.standardKind})` : ''}</dd>
        <dt>Status</dt><dd>{RELEASE_STATUS_LABELS[r.status]}</dd>
        <dt>Requester</dt><dd>{r.requester || 'not named'}</dd>
        <dt>Planned start</dt><dd>{Number.isFinite(start) ? zonedDateTime(start, zone) : '—'}</dd>
        <dt>Services</dt>
        <dd>
          {brief.services.length ? (
            <ul className="cab-services">
              {brief.services.map((s) => (
                <li key={s.id}>{s.name} <TierBadge tier={s.tier} /> <span className="muted">{HOW_LABELS[s.how as keyof typeof HOW_LABELS] ?? s.how}</span></li>
              ))}
            </ul>
          ) : 'none named'}
        </dd>
        <dt>Sites</dt><dd>{list(brief.sites)} <span className="muted">({brief.sitesFromWaves ? 'its waves' : 'where its services run'})</span></dd>
      </dl>
      <Risk brief={brief} />
      <Blast brief={brief} />
      <Conflicts brief={brief} checkedAt={checkedAt} />
      <Approvals brief={brief} zone={zone} />
      <Plan brief={brief} zone={zone} siteName={siteName} />
      <Backout brief={brief} />
    </section>
  );
}
