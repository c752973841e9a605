import { useId, type Ref } from 'react';
import type { Proposal, ProposedMove } from '../../../shared/engine/schedule/propose';
import type { Release } from '../../../shared/model/plan';
import { duration } from '../../ui/format';
import { formatInstant, formatRange, formatShift, rangeParts, nothingToMove, riskSentence, seconds, summarySentence, type ViewZone } from './schedule-format';

interface ProposalProps {
  proposal: Proposal;
  releaseById: ReadonlyMap<number, Release>;
  zone: ViewZone;
  summaryRef: Ref<HTMLParagraphElement>;
}

/** Step 2: the diff — what moves, from when to when, and why — and what cannot be scheduled. */
export function ProposalView({ proposal, releaseById, zone, summaryRef }: ProposalProps) {
  const id = useId();
  const { moves, infeasible } = proposal;
  return (
    <div className="sched-proposal">
      <p ref={summaryRef} tabIndex={-1} className="sched-summary">
        {summarySentence(proposal)}.
      </p>
      <p className="muted small">
        Searched for {seconds(proposal.ms)}.{moves.length > 0 ? ` ${riskSentence(proposal.objective)}` : ''}
      </p>

      {moves.length === 0 ? (
        <p className="sched-empty">{nothingToMove(proposal)}</p>
      ) : (
        <section aria-labelledby={`${id}-moves`} className="sched-section">
          <div className="sched-section-head">
            <h3 id={`${id}-moves`}>Proposed moves</h3>
            <p className="muted small">{zone.isUtc ? 'Times in UTC.' : `Times in UTC, and below in ${zone.label} time (${zone.timeZone}).`}</p>
          </div>
          <div className="table-wrap sched-table-wrap">
            <table className="table sched-diff" aria-labelledby={`${id}-moves`}>
              <thead>
                <tr>
                  <th scope="col" className="col-release">Release</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Shift</th>
                  <th scope="col" className="col-why">Why</th>
                </tr>
              </thead>
              <tbody>
                {moves.map((move) => (
                  <MoveRow key={move.releaseId} move={move} release={releaseById.get(move.releaseId)} zone={zone} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {infeasible.length > 0 ? (
        <section aria-labelledby={`${id}-infeasible`} className="sched-section">
          <h3 id={`${id}-infeasible`}>Cannot be scheduled</h3>
          <ul className="sched-infeasible">
            {infeasible.map((item) => (
              <li key={item.releaseId}>
                <p className="sched-infeasible-title">
                  {item.title || `Release #${item.releaseId}`} <span className="muted num">#{item.releaseId}</span>
                </p>
                <ul className="sched-reasons">
                  {item.reasons.map((reason, i) => (
                    <li key={i}>{sentence(reason)}</li>
                  ))}
                </ul>
                {item.earliest ? (
                  <p className="muted small">
                    Earliest possible start: <When iso={item.earliest} zone={zone} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="muted small sched-note">These keep their current planned start. Change them, their windows or their dependencies, then propose again.</p>
        </section>
      ) : null}
    </div>
  );
}

function MoveRow({ move, release, zone }: { move: ProposedMove; release: Release | undefined; zone: ViewZone }) {
  const minutes = release?.durationMinutes ?? 0;
  return (
    <tr>
      <th scope="row" className="sched-release-cell">
        <span className="sched-move-title">{move.title}</span>
        <span className="muted small num">
          #{move.releaseId}
          {release ? ` · ${duration(minutes)}` : ''}
        </span>
      </th>
      <td className="sched-time">{move.from === null ? <span className="not-planned">not planned</span> : <Span iso={move.from} minutes={minutes} zone={zone} />}</td>
      <td className="sched-time">
        <Span iso={move.to} minutes={minutes} zone={zone} />
      </td>
      <td className={`sched-shift num ${move.from === null ? 'new' : Date.parse(move.to) < Date.parse(move.from) ? 'earlier' : 'later'}`}>{formatShift(move.from, move.to)}</td>
      <td className="sched-why">{move.reason}</td>
    </tr>
  );
}

/** A planned interval in UTC, then in the calendar's zone; the UTC <time>s carry the machine-readable instants. */
function Span({ iso, minutes, zone }: { iso: string; minutes: number; zone: ViewZone }) {
  const start = Date.parse(iso);
  const end = start + minutes * 60_000;
  const utc = rangeParts(start, end, 'UTC');
  return (
    <>
      <span className="sched-utc">
        <time dateTime={iso}>{utc.start}</time>
        {minutes > 0 ? (
          <>
            {' – '}
            <time dateTime={new Date(end).toISOString()}>{utc.end}</time>
          </>
        ) : null}{' '}
        UTC
      </span>
      {zone.isUtc ? null : (
        <span className="sched-local">
          {minutes > 0 ? formatRange(start, end, zone.timeZone) : formatInstant(start, zone.timeZone)} {zone.label}
        </span>
      )}
    </>
  );
}

function When({ iso, zone }: { iso: string; zone: ViewZone }) {
  const ms = Date.parse(iso);
  return (
    <>
      <time dateTime={iso}>{formatInstant(ms, 'UTC')} UTC</time>
      {zone.isUtc ? null : ` (${formatInstant(ms, zone.timeZone)} ${zone.label})`}
    </>
  );
}

/** The engine's reasons may start in lower case ("no maintenance window of 4 h…"); show them as sentences. */
const sentence = (text: string) => (text ? text[0]!.toUpperCase() + text.slice(1) : text);
