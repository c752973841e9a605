import type { BlastRadiusView } from '../../shared/api/contract';
import { plural } from '../../shared/text/plural';
import { TierBadge } from '../ui/Badges';
import { useWorkspace } from '../state/workspace';
import { localNow } from './ops-format';

/** What the failing services take down: sites (with their clocks now) and business processes, stops vs degrades. */
export function BlastPanel({ blast, nowMs }: { blast: BlastRadiusView | null; nowMs: number }) {
  const siteById = useWorkspace((s) => s.index.siteById);
  if (!blast) return <p className="muted">None of the failing services is in the catalog any more, so there is no blast radius to show.</p>;
  const stops = blast.processes.filter((p) => p.strength === 'hard');
  const degrades = blast.processes.filter((p) => p.strength === 'soft');
  const sites = [...blast.sites].sort((a, b) => (a.strength === b.strength ? a.name.localeCompare(b.name) : a.strength === 'hard' ? -1 : 1));
  const services = [...blast.impacted].sort((a, b) => (a.strength === b.strength ? a.tier - b.tier || a.hops - b.hops : a.strength === 'hard' ? -1 : 1));
  return (
    <div className="blast">
      <p className="blast-summary">
        Impact score <strong>{blast.score}</strong>: {plural(blast.counts.impacted, 'dependent service')} ({blast.counts.hard} stop, {blast.counts.soft} degrade), {plural(blast.sites.length, 'site')}, {plural(blast.processes.length, 'business process', 'business processes')}.
      </p>
      <div className="blast-grid">
        <div>
          <h4>Sites</h4>
          {sites.length === 0 ? (
            <p className="muted">No site is carried by these services.</p>
          ) : (
            <table className="table compact">
              <caption className="sr-only">Impacted sites</caption>
              <thead>
                <tr><th scope="col">Site</th><th scope="col">Local time now</th><th scope="col">Impact</th></tr>
              </thead>
              <tbody>
                {sites.map((s) => {
                  const zone = siteById.get(s.id)?.timeZone;
                  return (
                    <tr key={s.id}>
                      <td>{s.name}</td>
                      <td className="num">{zone ? <span title={zone}>{localNow(zone, nowMs)} <span className="muted">{zone}</span></span> : '—'}</td>
                      <td><span className={`badge ${s.strength === 'hard' ? 'strength-hard' : 'strength-soft'}`}>{s.strength === 'hard' ? 'Stops' : 'Degrades'}</span></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </div>
        <div>
          <h4>Business processes</h4>
          <p className="blast-process-head">Stops</p>
          {stops.length ? <ul className="blast-list" aria-label="Processes that stop">{stops.map((p) => <li key={p.id}>{p.name}</li>)}</ul> : <p className="muted">None.</p>}
          <p className="blast-process-head">Degrades</p>
          {degrades.length ? <ul className="blast-list" aria-label="Processes that degrade">{degrades.map((p) => <li key={p.id}>{p.name}</li>)}</ul> : <p className="muted">None.</p>}
        </div>
      </div>
      {services.length ? (
        <details className="blast-services">
          <summary>Dependent services ({services.length})</summary>
          <ul className="blast-list" aria-label="Dependent services">
            {services.map((s) => (
              <li key={s.serviceId}>
                <TierBadge tier={s.tier} /> {s.name} <span className="muted">({s.strength === 'hard' ? 'stops' : 'degrades'}, {plural(s.hops, 'hop')} via {s.viaName})</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
