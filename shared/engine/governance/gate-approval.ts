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
 * An emergency change goes ahead with a warning until it is approved afterwards; any other change
 * must be approved first (a standard change of a pre-approved kind is); a closed release deploys nothing.
 */
export function approvalReasons(release: Release, approval: ApprovalStatus): ApprovalReason[] {
  const name = `"${release.title}" (#${release.id})`;
  if (isClosed(release.status)) {
    return [{ severity: 'blocking', type: 'closed', message: `${name} is ${STATUS_WORDS[release.status]}; a closed release is not deployed again. Plan a new one.` }];
  }
  if (approval.satisfied) return [];
  const needs = approval.stillNeeded.join(' and ');
  if (release.type === 'emergency') {
    return [{ severity: 'warning', type: 'emergency-unapproved', message: `Emergency change ${name} may go ahead now, but it still needs ${needs} afterwards (tier ${approval.tier}); it stays flagged until then.` }];
  }
  return [{ severity: 'blocking', type: 'not-approved', message: `${name} is a ${release.type} change to a tier-${approval.tier} service and is not approved: it still needs ${needs}.` }];
}
