import { approvalStatus, policyForTier, releaseTier, type ApprovalStatus, type Tier } from '../../shared/engine/governance';
import type { ApprovalPolicy } from '../../shared/model/governance';
import type { Release } from '../../shared/model/plan';
import type { Db } from './open-workspace';
import { approvalsOf, listPolicies } from './repos/governance';
import { getService } from './repos/services';

/** The tier's policy as the store holds it, or the default one. */
export const policyFor = (db: Db, tier: Tier): ApprovalPolicy => policyForTier(listPolicies(db), tier);

/** Where a release stands against its tier's policy, from the store. */
export function releaseApproval(db: Db, release: Release): ApprovalStatus {
  const tier = releaseTier(release, (id) => getService(db, id)?.tier);
  return approvalStatus(release, policyFor(db, tier), approvalsOf(db, release.id));
}
