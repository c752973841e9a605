import type { Approval, ApprovalPolicy } from '../../model/governance';
import type { Release } from '../../model/plan';
import { approvalStatus, samePerson } from './approval-status';
import { isClosed, materialChanges } from './lifecycle';

/** A release about to be written as another version, and what that does to its approvals. */
export interface Revision {
  /** The version to write: its approvers and status brought in line with the approvals that still count. */
  release: Release;
  /** Approvals that no longer count, each with the time and reason of its withdrawal. */
  withdrawn: Approval[];
}

const restsOnApproval = (status: Release['status']): boolean => status === 'approved' || status === 'scheduled';

/**
 * Approvals count only for the version of the release they approved. When `after` replaces `before`
 * (an edit, or an undo or redo that restores another version) and changes what was approved
 * (materialChanges), every approval that still counts is withdrawn with the reason, except those in
 * `keep` (an undo or redo step's own approvals, restored with the version they belong to). A release
 * that started or closed keeps its approvals: they are history. Then an approved or scheduled release
 * that no longer meets its policy goes back to submitted; so does one that this write moves to approved
 * or scheduled without meeting it (a restored status cannot outrun the approvals that count now). When
 * approvals are withdrawn or the release goes back, its approvers are those whose approval still counts.
 * `approvals` are the release's approvals as stored when `after` is written; `policy` is its tier's for `after`.
 */
export function reviseRelease(
  before: Release, after: Release, approvals: readonly Approval[], policy: ApprovalPolicy, at: string, keep: ReadonlySet<number> = new Set(),
): Revision {
  const changed = materialChanges(before, after);
  // Decided on the status before the write: an edit cannot escape by moving the release in the same call.
  const invalidates = changed.length > 0 && !isClosed(before.status) && before.status !== 'in-progress';
  const reason = `Changed after approval: ${changed.join(', ')}`;
  const withdrawn = invalidates
    ? approvals.filter((a) => a.releaseId === after.id && a.withdrawnAt === null && !keep.has(a.id)).map((a) => ({ ...a, withdrawnAt: at, withdrawnReason: reason }))
    : [];
  const entering = restsOnApproval(after.status) && !restsOnApproval(before.status);
  if (!invalidates && !entering) return { release: after, withdrawn };
  const gone = new Set(withdrawn.map((a) => a.id));
  const approval = approvalStatus(after, policy, approvals.filter((a) => !gone.has(a.id)));
  // What was approved is gone: unless the release is pre-approved as it now is, it waits for approval again.
  const back = restsOnApproval(after.status) && !approval.satisfied;
  if (withdrawn.length === 0 && !back) return { release: after, withdrawn };
  const approvers = after.approvers.filter((name) => approval.valid.some((a) => samePerson(a.approver, name)));
  return { release: { ...after, approvers, ...(back ? { status: 'submitted' as const, approvedAt: null } : {}) }, withdrawn };
}
