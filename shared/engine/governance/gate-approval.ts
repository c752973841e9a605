import type { Release } from '../../model/plan';
import type { ApprovalStatus } from './approval-status';
import { isClosed, STATUS_WORDS } from './lifecycle';

/** What the pipeline gate says about a stored release's change control, beside its conflicts. */
export interface ApprovalReason {
  severity: 'blocking' | 'warning';
  type: 'not-approved' | 'emergency-unapproved' | 'closed';
  message: string;
}

/**
 * A draft is not a change request yet: it is blocked whatever its type, until it is submitted. A submitted
 * emergency change goes ahead with a warning until it is approved afterwards; any other change must be
 * approved first (a standard change of a pre-approved kind is); a closed release deploys nothing.
 */
export function approvalReasons(release: Release, approval: ApprovalStatus, opts: { movedFrom?: string | null } = {}): ApprovalReason[] {
  const name = `"${release.title}" (#${release.id})`;
  if (isClosed(release.status)) {
    return [{ severity: 'blocking', type: 'closed', message: `${name} is ${STATUS_WORDS[release.status]}; a closed release is not deployed again. Plan a new one.` }];
  }
  const needs = approval.stillNeeded.join(' and ');
  if (release.status === 'draft') {
    const then = release.type === 'emergency' ? 'an emergency change may go ahead before it is approved, but not before it is submitted'
      : approval.satisfied ? 'its approvals take effect once it is submitted' : `then it needs ${needs}`;
    return [{ severity: 'blocking', type: 'not-approved', message: `${name} is a draft, not a change request yet: submit it first (${then}).` }];
  }
  if (release.type !== 'emergency') {
    if (!approval.satisfied) {
      return [{ severity: 'blocking', type: 'not-approved', message: `${name} is a ${release.type} change to a tier-${approval.tier} service and is not approved: it still needs ${needs}.` }];
    }
    if (release.status === 'submitted') {
      return [{ severity: 'blocking', type: 'not-approved', message: `${name} is submitted and meets its approval policy, but is not approved yet; move it to approved before it is deployed.` }];
    }
    // Approvers approved a time: the same change at another time is another decision.
    const sameTime = (a: string | null | undefined, b: string | null) => (a && b ? Date.parse(a) === Date.parse(b) : a === b);
    if (opts.movedFrom !== undefined && !sameTime(opts.movedFrom, release.plannedStart)) {
      return [{ severity: 'blocking', type: 'not-approved', message: `${name} was approved for ${opts.movedFrom ?? 'no planned time'}; at another time it needs approval again (moving it on the calendar withdraws its approvals).` }];
    }
    return [];
  }
  if (approval.satisfied) return [];
  return [{ severity: 'warning', type: 'emergency-unapproved', message: `Emergency change ${name} may go ahead now, but it still needs ${needs} afterwards (tier ${approval.tier}); it stays flagged until then.` }];
}
