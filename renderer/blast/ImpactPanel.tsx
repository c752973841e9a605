import { useId, useState } from 'react';
import type { ImpactReport } from '../../shared/blast';
import type { Strength } from '../../shared/model/enums';
import { StrengthBadge, TierBadge } from '../ui/Badges';
import { count, plural } from '../../shared/text/plural';
import { zonedDateTime } from '../ui/zoned-time';
import { useBlast } from './blast-store';
import { openReleaseInCalendar, openRunbook, useRunbooksByService } from './use-blast-data';

/** The first 60 (nearest first); more on request, so a focus change repaints the panel within a frame or two. */
const SHOWN_SERVICES = 60;

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section className="blast-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** In the what-if, hard means it stops and soft that it degrades; for a change, the badge says hard or soft. */
function Effect({ strength, incident }: { strength: Strength; incident: boolean }) {
  if (!incident) return <StrengthBadge strength={strength} />;
  return <span className={`badge strength-${strength}`}>{strength === 'hard' ? 'Stops' : 'Degrades'}</span>;
}

function TeamList({ teams }: { teams: ImpactReport['teams'] }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const text = teams.map((t) => t.team).join('\n');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  }
  if (teams.length === 0) return <p className="muted">No owner team is named on these services; add owners in the Catalog.</p>;
  return (
    <>
      <ul className="blast-list" aria-label="Teams to notify">
        {teams.map((t) => (
          <li key={t.team}>
            <span className="blast-name">{t.team}</span>
            {t.strength === 'hard' ? <span className="badge strength-hard">Hard hit</span> : <span className="badge strength-soft">Soft hit</span>}
          </li>
        ))}
      </ul>
      <textarea className="blast-copy-text" aria-label="Team list to copy" readOnly value={text} rows={Math.min(6, teams.length)} />
      <button type="button" className="button small" onClick={() => void copy()}>
        Copy team list
      </button>
      <span role="status" className="muted">
        {copied === 'done' ? ' Copied.' : copied === 'failed' ? ' Copying was refused; select the list above and copy it.' : ''}
      </span>
    </>
  );
}

/** The impact panel: the engine's answer as lists, and the accessible view of the map. */
export function ImpactPanel({ report }: { report: ImpactReport }) {
  const [all, setAll] = useState(false);
  const failingIds = useBlast((s) => s.failingIds);
  const runbooks = useRunbooksByService();
  const { select, toggleFailing } = useBlast.getState();
  const incident = report.mode === 'incident';
  const c = report.counts;
  const shown = all ? report.services : report.services.slice(0, SHOWN_SERVICES);
  const hardSites = report.sites.filter((s) => s.strength === 'hard');
  const softSites = report.sites.filter((s) => s.strength === 'soft');
  const hardProcesses = report.processes.filter((p) => p.strength === 'hard');
  const softProcesses = report.processes.filter((p) => p.strength === 'soft');

  const siteList = (sites: ImpactReport['sites'], label: string) => (
    <ul className="blast-list" aria-label={label}>
      {sites.map((s) => (
        <li key={s.id}>
          <span className="blast-name">{s.name}</span>
          <span className={s.offHours ? 'blast-local off-hours' : 'blast-local'}>
            local time {s.localTime}
            {s.offHours ? ' (off hours)' : ''}
          </span>
          <Effect strength={s.strength} incident={incident} />
        </li>
      ))}
    </ul>
  );
  const processList = (processes: ImpactReport['processes'], label: string) => (
    <ul className="blast-list" aria-label={label}>
      {processes.map((p) => (
        <li key={p.id}>
          <span className="blast-name">{p.name}</span>
          <Effect strength={p.strength} incident={incident} />
        </li>
      ))}
    </ul>
  );

  return (
    <aside className="blast-panel" aria-label="Impact">
      <p className="blast-headline" aria-live="polite">
        {c.impacted === 0
          ? report.direction === 'upstream' && !incident
            ? 'These services need no other service.'
            : 'No other service depends on these.'
          : incident
            ? `${plural(c.hard, 'service')} stop, ${plural(c.soft, 'service')} degrade.`
            : `${plural(c.impacted, 'service')} ${report.direction === 'downstream' ? 'impacted' : 'needed'}: ${count(c.hard)} hard, ${count(c.soft)} soft.`}
      </p>
      <Section title="By tier and score">
        <dl className="blast-stats">
          <div className={c.tier1 ? 'hot' : ''}>
            <dt>Tier 1</dt>
            <dd>{count(c.tier1)}</dd>
          </div>
          <div>
            <dt>Tier 2</dt>
            <dd>{count(c.tier2)}</dd>
          </div>
          <div>
            <dt>Tier 3</dt>
            <dd>{count(c.tier3)}</dd>
          </div>
          <div>
            <dt>Score</dt>
            <dd>{report.score}</dd>
          </div>
        </dl>
        {report.scoreParts.length > 0 ? (
          <table className="blast-score">
            <caption className="sr-only">Score breakdown</caption>
            <thead>
              <tr>
                <th scope="col">Tier</th>
                <th scope="col">Path</th>
                <th scope="col">Services</th>
                <th scope="col">Points</th>
              </tr>
            </thead>
            <tbody>
              {report.scoreParts.map((p) => (
                <tr key={`${p.tier}-${p.strength}`}>
                  <td>{p.tier}</td>
                  <td>{p.strength}</td>
                  <td>{count(p.services)}</td>
                  <td>{p.points}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <p className="muted blast-note">Score = Σ tier weight (10, 3, 1) × (hard 1, soft 0.4) ÷ hops.</p>
      </Section>

      {incident ? (
        <>
          <Section title="What stops (hard path)">
            {hardSites.length + hardProcesses.length === 0 ? <p className="muted">Nothing stops.</p> : null}
            {hardSites.length ? siteList(hardSites, 'Sites that stop') : null}
            {hardProcesses.length ? processList(hardProcesses, 'Processes that stop') : null}
          </Section>
          <Section title="What degrades (soft path)">
            {softSites.length + softProcesses.length === 0 ? <p className="muted">Nothing only degrades.</p> : null}
            {softSites.length ? siteList(softSites, 'Sites that degrade') : null}
            {softProcesses.length ? processList(softProcesses, 'Processes that degrade') : null}
          </Section>
        </>
      ) : (
        <>
          <Section title={`Sites (${report.sites.length})`}>{report.sites.length ? siteList(report.sites, 'Impacted sites') : <p className="muted">No site is reached.</p>}</Section>
          <Section title={`Business processes (${report.processes.length})`}>
            {report.processes.length ? processList(report.processes, 'Impacted processes') : <p className="muted">No business process is reached.</p>}
          </Section>
        </>
      )}

      <Section title={`Teams to notify (${report.teams.length})`}>
        <TeamList teams={report.teams} />
      </Section>

      <Section title="Releases in the next 14 days">
        {report.releases.length === 0 ? (
          <p className="muted">No planned release changes these services in the next 14 days.</p>
        ) : (
          <ul className="blast-list" aria-label="Upcoming releases">
            {report.releases.map((r) => (
              <li key={r.id}>
                <button type="button" className="link-button" onClick={() => openReleaseInCalendar(r.id)}>
                  {r.title}
                </button>
                <span className="muted">{zonedDateTime(Date.parse(r.plannedStart), 'UTC')} UTC</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={`Impacted services (${report.services.length})`}>
        {report.services.length === 0 ? <p className="muted">None.</p> : null}
        <ul className="blast-services" aria-label="Impacted services">
          {shown.map((s) => (
            <li key={s.id} aria-label={s.name} data-hops={s.hops} data-strength={s.strength}>
              <div className="blast-service-head">
                <button type="button" className="link-button blast-name" onClick={() => select(s.id)} aria-label={`Show ${s.name} on the map`}>
                  {s.name}
                </button>
                <TierBadge tier={s.tier} />
                <Effect strength={s.strength} incident={incident} />
              </div>
              <div className="blast-service-meta muted">
                {plural(s.hops, 'hop')} via {s.viaName}
                {s.ownerTeam ? ` · ${s.ownerTeam}` : ''}
              </div>
              <div className="blast-service-actions">
                <button type="button" className="button small" aria-pressed={failingIds.includes(s.id)} onClick={() => toggleFailing(s.id)}>
                  {failingIds.includes(s.id) ? `Failing: ${s.name}` : `Mark ${s.name} failing`}
                </button>
                {(runbooks.get(s.id) ?? []).map((r) => (
                  <button key={r.id} type="button" className="link-button blast-runbook" onClick={() => openRunbook(r.id)} aria-label={`Runbook for ${s.name}: ${r.title}`}>
                    Runbook: {r.title}
                  </button>
                ))}
                {runbooks.has(s.id) ? null : <span className="blast-runbook muted">No runbook covers this service yet</span>}
              </div>
            </li>
          ))}
        </ul>
        {report.services.length > shown.length ? (
          <button type="button" className="button small" onClick={() => setAll(true)}>
            Show all {count(report.services.length)} services
          </button>
        ) : null}
      </Section>
    </aside>
  );
}
