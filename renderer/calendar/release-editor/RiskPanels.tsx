import { useId } from 'react';
import type { Conflict } from '../../../shared/engine/conflicts/conflict-types';
import type { ReleaseRisk } from '../../../shared/engine/risk/release-risk';
import { useCalendarView } from '../../state/calendar-view';
import { plural } from '../../../shared/text/plural';
import { evidenceLines } from '../conflict-evidence';
import { conflictText, scoreText } from './release-analysis';
import { CONFLICT_TYPE_LABELS } from '../release-labels';
import { useWorkspace } from '../../state/workspace';

const LEVEL_LABELS = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/** The explainable risk score of the draft, with every factor's share of it. */
export function RiskPanel({ risk }: { risk: ReleaseRisk }) {
  const id = useId();
  return (
    <section className="re-card" aria-labelledby={id}>
      <h4 id={id}>Risk</h4>
      <p className="re-risk" aria-live="polite">
        <span className="re-score">{scoreText(risk.score)}</span> <span className="muted">of 100</span>{' '}
        <span className={`re-level ${risk.level}`}>{LEVEL_LABELS[risk.level]} risk</span>
      </p>
      <ul className="re-factors" aria-label="Risk factors">
        {risk.factors.map((f) => (
          <li key={f.key}>
            <div className="re-factor-head">
              <span>{f.label}</span>
              <span className="num">
                {f.contribution.toFixed(1)} <span className="muted">/ {f.weight}</span>
              </span>
            </div>
            <div className="re-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(f.value * 100)}%` }} />
            </div>
            <p className="re-factor-why">{f.explanation}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the engine would report for the draft if it were saved as it is now. */
export function ConflictPanel({ conflicts }: { conflicts: Conflict[] | null }) {
  const id = useId();
  const lookup = useWorkspace((s) => s.index.lookup);
  const releaseById = useWorkspace((s) => s.releaseById);
  const zoneChoice = useCalendarView((s) => s.zone);
  const zone = zoneChoice === 'UTC' ? 'UTC' : (lookup.sites.get(zoneChoice)?.timeZone ?? 'UTC');
  const blocking = conflicts?.filter((c) => c.severity === 'blocking').length ?? 0;
  const headline =
    conflicts === null ? 'Not checked yet' : conflicts.length === 0 ? 'No conflicts' : `${plural(conflicts.length, 'conflict')}${blocking ? `, ${blocking} blocking` : ''}`;
  return (
    <section className="re-card" aria-labelledby={id}>
      <h4 id={id}>Conflicts if saved</h4>
      <p className={`re-headline ${blocking ? 'text-danger' : ''}`} aria-live="polite">
        {headline}
      </p>
      {conflicts === null ? (
        <p className="muted">Conflicts are checked for releases with a planned start that are not finished or cancelled.</p>
      ) : conflicts.length === 0 ? (
        <p className="muted">It fits the freeze calendar, its dependencies, site capacity and the release policies.</p>
      ) : (
        <ul className="re-conflicts">
          {conflicts.map((c) => (
            <li key={c.id} className={c.severity}>
              <div className="re-conflict-head">
                <span className={`badge ${c.severity === 'blocking' ? 'strength-hard' : 'neutral'}`}>{c.severity === 'blocking' ? 'Blocking' : 'Warning'}</span>
                <strong>{CONFLICT_TYPE_LABELS[c.type]}</strong>
              </div>
              <p>{conflictText(c.message)}</p>
              <ul className="evidence" aria-label="Evidence">
                {evidenceLines(c, lookup, releaseById, zone).map((line, i) => (
                  <li key={i}>{line.text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
