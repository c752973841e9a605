import { missingRetroApproval, openForApproval } from '../../../shared/engine/governance';
import { ROLE_LABELS } from '../../../shared/model/governance-enums';
import type { Release } from '../../../shared/model/plan';
import type { ReleaseApproval } from '../../governance/use-approval';
import { useActingProfile } from '../../state/acting';
import { zonedDateTime } from '../../ui/zoned-time';
import { GuardedButton } from './GuardedButton';
import { Warning } from './Section';

interface ApprovalsPanelProps {
  release: Release;
  approval: ReleaseApproval;
  zone: string;
  blocked: string | null;
  busy: boolean;
  onApprove(): void;
  onRefused(reason: string): void;
}

/** Who approved (withdrawn approvals struck through, with why), who is still needed, and approving as the acting profile. */
export function ApprovalsPanel({ release, approval, zone, blocked, busy, onApprove, onRefused }: ApprovalsPanelProps) {
  const actor = useActingProfile();
  const { status, approvals } = approval;
  return (
    <div className="cc-approvals">
      <h4 className="cc-sub">Approvals</h4>
      {approvals.length === 0 ? (
        <p className="re-empty">No approvals yet.</p>
      ) : (
        <ul className="cc-approval-list" aria-label="Approvals">
          {approvals.map((a) => {
            const line = (
              <>
                <strong>{a.approver}</strong>{' '}
                <span className="muted">· {a.role ? ROLE_LABELS[a.role] : 'role not recorded'} · {zonedDateTime(Date.parse(a.at), zone)}</span>
              </>
            );
            return (
              <li key={a.id} className={a.withdrawnAt ? 'withdrawn' : ''}>
                {a.withdrawnAt ? <s>{line}</s> : line}
                {a.note ? <span className="cc-note">“{a.note}”</span> : null}
                {a.withdrawnAt ? <span className="cc-reason">Withdrawn: {a.withdrawnReason ?? 'no reason recorded'}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      {status.preApproved ? (
        <p className="cc-needed ok">Pre-approved standard change: no approver is needed.</p>
      ) : status.satisfied ? (
        <p className="cc-needed ok">The tier {status.tier} policy is met.</p>
      ) : (
        <p className="cc-needed">Still needed: {status.stillNeeded.join(' and ')}.</p>
      )}
      <Warning>{missingRetroApproval(release, status) ? `Emergency change without its approval: it started, and still needs ${status.stillNeeded.join(' and ')} afterwards.` : null}</Warning>
      {!status.preApproved && openForApproval(release) ? (
        <div className="button-row">
          <GuardedButton refusal={blocked} busy={busy} className="button small primary" onClick={onApprove} onRefused={onRefused}>
            {actor ? `Approve as ${actor.name}` : 'Approve'}
          </GuardedButton>
          {actor ? null : <span className="field-hint">Choose who you are under “Acting as” (close this editor first).</span>}
        </div>
      ) : null}
    </div>
  );
}
