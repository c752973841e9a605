import { approvalStatus, policyForTier, releaseTier, reviseRelease, type ApprovalStatus, type Tier } from '../../shared/engine/governance';
import type { ApprovalPolicy } from '../../shared/model/governance';
import type { Release } from '../../shared/model/plan';
import type { Db } from './open-workspace';
import { approvalsOf, listPolicies } from './repos/governance';
import { getService } from './repos/services';
import type { Recorder } from './write-tx';

/** The tier's policy as the store holds it, or the default one. */
export const policyFor = (db: Db, tier: Tier): ApprovalPolicy => policyForTier(listPolicies(db), tier);

const releasePolicy = (db: Db, release: Release): ApprovalPolicy => policyFor(db, releaseTier(release, (id) => getService(db, id)?.tier));

/** Where a release stands against its tier's policy, from the store. */
export function releaseApproval(db: Db, release: Release): ApprovalStatus {
  return approvalStatus(release, releasePolicy(db, release), approvalsOf(db, release.id));
}

/**
 * Writes `after` as the new version of a release that is `before` now, applying reviseRelease: the
 * approvals it invalidates are withdrawn with their reason, and the release's status follows. The one
 * place this happens, for an edit and for an undo or redo, which has already restored `after` (with the
 * step's own approvals, `keep`) and so writes the release again only when the revision changed it.
 */
export function writeReleaseVersion(db: Db, rec: Recorder, before: Release, after: Release, at: string, restored?: { keep: ReadonlySet<number> }): void {
  const { release, withdrawn } = reviseRelease(before, after, approvalsOf(db, after.id), releasePolicy(db, after), at, restored?.keep);
  for (const a of withdrawn) rec.put('approval', a);
  if (!restored || JSON.stringify(release) !== JSON.stringify(after)) rec.put('release', release);
}
