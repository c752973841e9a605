import { approvalStatus, releaseTier, type ApprovalStatus, type Tier } from '../../shared/engine/governance';
import type { ApprovalPolicy } from '../../shared/model/governance';
import type { Release } from '../../shared/model/plan';
import { DEFAULT_POLICIES } from './migrations/007-change-governance';
import type { Db } from './open-workspace';
import { approvalsOf, getPolicy } from './repos/governance';
import { getService } from './repos/services';

/** The tier's policy; the defaults stand in for a tier whose row is missing (an imported workspace). */
export function policyFor(db: Db, tier: Tier): ApprovalPolicy {
  return getPolicy(db, tier) ?? ({ ...structuredClone(DEFAULT_POLICIES[tier - 1]), id: tier } as unknown as ApprovalPolicy);
}

/** Where a release stands against its tier's policy, from the store. */
export function releaseApproval(db: Db, release: Release): ApprovalStatus {
  const tier = releaseTier(release, (id) => getService(db, id)?.tier);
  return approvalStatus(release, policyFor(db, tier), approvalsOf(db, release.id));
}
