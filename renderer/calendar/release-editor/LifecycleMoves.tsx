import { useState } from 'react';
import { nextStatuses, OUTCOMES_FOR, transitionRefusal, type ApprovalStatus } from '../../../shared/engine/governance';
import { OUTCOME_LABELS, type ReleaseOutcome } from '../../../shared/model/governance-enums';
import type { Release } from '../../../shared/model/plan';
import { SelectField } from '../../ui/Field';
import { GuardedButton } from './GuardedButton';

type Status = Release['status'];

/** What a person calls each move, from where the release stands. */
function moveLabel(release: Release, to: Status): string {
  switch (to) {
    case 'submitted': return 'Submit for approval';
    case 'draft': return 'Return to draft';
    case 'cancelled': return 'Cancel change';
    case 'scheduled': return 'Schedule';
    case 'approved': return release.status === 'submitted' ? 'Mark approved' : 'Unschedule';
    case 'in-progress': return release.type === 'emergency' && (release.status === 'draft' || release.status === 'submitted') ? 'Start now (emergency)' : 'Start';
    case 'done': return 'Close as done…';
    case 'rolled-back': return 'Close as rolled back…';
    case 'failed': return 'Close as failed…';
  }
}

interface LifecycleMovesProps {
  release: Release;
  approval: ApprovalStatus;
  /** Why no move can be made now (unsaved edits), or null. */
  blocked: string | null;
  busy: boolean;
  onMove(to: Status, outcome?: ReleaseOutcome): void;
  onRefused(reason: string): void;
}

/**
 * The legal next moves as buttons, each refused with the engine's reason where the host would refuse it.
 * Approval is not a move here: it comes from approvers. Closing asks for the outcome first.
 */
export function LifecycleMoves({ release, approval, blocked, busy, onMove, onRefused }: LifecycleMovesProps) {
  const [closing, setClosing] = useState<Status | null>(null);
  const [outcome, setOutcome] = useState<ReleaseOutcome>('success');
  // A submitted release is approved by its approvers; the move is offered only when their approvals already
  // meet the policy (an undo took back the status but not the approvals).
  const moves = nextStatuses(release).filter((to) => !(to === 'approved' && release.status === 'submitted' && !approval.satisfied));
  if (moves.length === 0) return null;

  const outcomes: readonly ReleaseOutcome[] = (closing && OUTCOMES_FOR[closing]) || [];
  if (closing && outcomes.length > 0) {
    return (
      <div className="cc-closing" role="group" aria-label="Close the release">
        <SelectField<ReleaseOutcome> label="Outcome" value={outcomes.includes(outcome) ? outcome : outcomes[0]!} onChange={setOutcome} options={outcomes.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))} hint="How it went, for the delivery measures. Write what happened in the outcome note below." />
        <div className="button-row">
          <button type="button" className="button primary small" disabled={busy} onClick={() => onMove(closing, outcomes.includes(outcome) ? outcome : outcomes[0])}>
            Close release
          </button>
          <button type="button" className="button small" onClick={() => setClosing(null)}>Back</button>
        </div>
      </div>
    );
  }

  return (
    <div className="cc-moves" role="group" aria-label="Next steps">
      {moves.map((to) => {
        const refusal = blocked ?? transitionRefusal(release, to, approval);
        const closes = (OUTCOMES_FOR[to]?.length ?? 0) > 0;
        return (
          <GuardedButton
            key={to}
            refusal={refusal}
            busy={busy}
            className={`button small ${to === 'cancelled' ? 'danger-ghost' : ''}`}
            onRefused={onRefused}
            onClick={() => {
              if (!closes) return onMove(to);
              setOutcome(OUTCOMES_FOR[to]![0]!);
              setClosing(to);
            }}
          >
            {moveLabel(release, to)}
          </GuardedButton>
        );
      })}
    </div>
  );
}
