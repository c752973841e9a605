import { useMemo } from 'react';
import { localTimeIn, waveExposure } from '../../shared/blast';
import type { BlastRadius } from '../../shared/engine/graph';
import type { Catalog } from '../../shared/model/catalog';
import type { Release } from '../../shared/model/plan';
import { count, plural } from '../../shared/text/plural';
import { useBlast } from './blast-store';
import { useMinuteClock } from './use-minute-clock';

/** Per wave: which impacted sites it reaches, so a pilot's exposure can be set against the network-wide step. */
export function WaveView({ release, radius, catalog }: { release: Release; radius: BlastRadius; catalog: Catalog }) {
  const waves = useMemo(() => waveExposure(release, radius, catalog), [release, radius, catalog]);
  const sites = useMemo(() => new Map(catalog.sites.map((s) => [s.id, s])), [catalog]);
  const now = useMinuteClock();
  return (
    <section className="blast-waves" aria-labelledby="blast-waves-title">
      <header className="blast-waves-head">
        <h2 id="blast-waves-title">Blast radius per wave: {release.title}</h2>
        <button type="button" className="button small" onClick={() => useBlast.getState().showWaves(null)}>
          Back to the map
        </button>
      </header>
      {waves.length === 0 ? (
        <p className="muted">This release has no waves: it reaches all {plural(radius.sites.length, 'impacted site')} at once. Add waves in the release editor to stage it.</p>
      ) : (
        <table className="blast-wave-table">
          <thead>
            <tr>
              <th scope="col">Wave</th>
              <th scope="col">Impacted sites in this wave (local time now)</th>
              <th scope="col">Services at these sites</th>
              <th scope="col">Reached so far</th>
            </tr>
          </thead>
          <tbody>
            {waves.map((w) => (
              <tr key={w.name}>
                <th scope="row">{w.name}</th>
                <td>
                  {w.sites.length === 0 ? (
                    <span className="muted">None of the impacted sites</span>
                  ) : (
                    <ul className="blast-list">
                      {w.sites.map((s) => {
                        const site = sites.get(s.id);
                        return (
                          <li key={s.id}>
                            <span className="blast-name">{site?.name ?? `#${s.id}`}</span>
                            <span className="blast-local">local time {localTimeIn(site?.timeZone ?? 'UTC', now).text}</span>
                            <span className={`badge strength-${s.strength}`}>{s.strength === 'hard' ? 'Hard' : 'Soft'}</span>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
                <td>{count(w.serviceIds.length)}</td>
                <td>
                  {plural(w.cumulativeSiteIds.length, 'site')} of {count(radius.sites.length)} ({Math.round(w.share * 100)}%)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
