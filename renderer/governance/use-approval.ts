import { useMemo } from 'react';
import { approvalStatus, policyForTier, releaseTier, type ApprovalStatus, type Tier } from '../../shared/engine/governance';
import type { Approval, ApprovalPolicy } from '../../shared/model/governance';
import type { Release } from '../../shared/model/plan';
import { useWorkspace } from '../state/workspace';

export interface ReleaseApproval {
  tier: Tier;
  policy: ApprovalPolicy;
  status: ApprovalStatus;
  /** Every approval of the release, withdrawn ones too, oldest first. */
  approvals: Approval[];
}

/** The tier of a set of services, from the catalog the page holds. */
export function useTierOf(services: Release['services']): Tier {
  const serviceById = useWorkspace((s) => s.index.serviceById);
  return releaseTier({ services }, (id) => serviceById.get(id)?.tier);
}

/** The policy of a tier, as the host judges by it (the default when the workspace stores none). */
export function usePolicy(tier: Tier): ApprovalPolicy {
  const policies = useWorkspace((s) => s.governance.policies);
  return policyForTier(policies, tier);
}

/** Where a stored release stands against its tier's policy, as the host would judge it. */
export function useReleaseApproval(release: Release): ReleaseApproval {
  const tier = useTierOf(release.services);
  const policy = usePolicy(tier);
  const all = useWorkspace((s) => s.governance.approvals);
  return useMemo(() => {
    const approvals = all.filter((a) => a.releaseId === release.id).sort((a, b) => a.at.localeCompare(b.at));
    return { tier, policy, status: approvalStatus(release, policy, approvals), approvals };
  }, [all, release, tier, policy]);
}
