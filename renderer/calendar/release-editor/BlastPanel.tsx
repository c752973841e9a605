import { useId } from 'react';
import { StrengthBadge, TierBadge } from '../../ui/Badges';
import { count, plural } from '../../../shared/text/plural';
import type { BlastSummary } from './release-analysis';

const SHOWN = 6;

function Names({ label, names }: { label: string; names: string[] }) {
  if (names.length === 0) return null;
  const more = names.length - SHOWN;
  return (
    <div className="re-names">
      <h5>{label}</h5>
      <p>
        {names.slice(0, SHOWN).join(', ')}
        {more > 0 ? <span className="muted"> and {count(more)} more</span> : null}
      </p>
    </div>
  );
}

/** Who depends on the touched services, computed live from the catalog as services are added. */
export function BlastPanel({ summary }: { summary: BlastSummary | null }) {
  const id = useId();
  return (
    <section className="re-card" aria-labelledby={id}>
      <h4 id={id}>Blast radius</h4>
      {summary === null ? (
        <p className="muted" aria-live="polite">Add the services it touches to see who depends on them.</p>
      ) : (
        <>
          <p className="re-headline" aria-live="polite">
            {summary.impacted === 0 ? 'No other service depends on these.' : `${plural(summary.impacted, 'service')} depend on these changes.`}
          </p>
          <dl className="re-stats">
            <div className={summary.hard ? 'hot' : ''}>
              <dt>Would fail</dt>
              <dd>{count(summary.hard)}</dd>
            </div>
            <div>
              <dt>Degrade</dt>
              <dd>{count(summary.soft)}</dd>
            </div>
            <div className={summary.tier1 ? 'hot' : ''}>
              <dt>Tier 1</dt>
              <dd>{count(summary.tier1)}</dd>
            </div>
            <div>
              <dt>Sites</dt>
              <dd>{count(summary.sites.length)}</dd>
            </div>
            <div>
              <dt>Processes</dt>
              <dd>{count(summary.processes.length)}</dd>
            </div>
          </dl>
          {summary.top.length ? (
            <div className="re-names">
              <h5>Most exposed</h5>
              <ul className="re-top">
                {summary.top.map((s) => (
                  <li key={s.id}>
                    <span className="re-top-name">{s.name}</span>
                    <TierBadge tier={s.tier} />
                    <StrengthBadge strength={s.strength} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Names label="Sites reached" names={summary.sites} />
          <Names label="Business processes" names={summary.processes} />
        </>
      )}
    </section>
  );
}
