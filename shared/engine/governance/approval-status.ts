import type { Approval, ApprovalPolicy, ApprovalRule, Profile } from '../../model/governance';
import { DEFAULT_POLICIES } from '../../model/governance-defaults';
import { ROLE_LABELS } from '../../model/governance-enums';
import type { Release } from '../../model/plan';
import { plural } from '../../text/plural';
import { samePerson } from '../../text/same-person';

export type Tier = 1 | 2 | 3;

export { samePerson };

/** A release is as critical as the most critical service it changes; one that names none counts as tier 3. */
export function releaseTier(release: Pick<Release, 'services'>, tierOf: (serviceId: number) => Tier | undefined): Tier {
  let tier: Tier = 3;
  for (const s of release.services) tier = Math.min(tier, tierOf(s.serviceId) ?? 3) as Tier;
  return tier;
}

/** A tier's stored policy, or the default one when the workspace holds none for it: the host and every screen judge alike. */
export function policyForTier(policies: readonly ApprovalPolicy[], tier: Tier): ApprovalPolicy {
  return policies.find((p) => p.tier === tier) ?? DEFAULT_POLICIES[tier - 1]!;
}

/** Whether an approval can land on the release now: a submitted change, or an emergency one (also after it started). */
export const openForApproval = (release: Pick<Release, 'type' | 'status'>): boolean =>
  release.type === 'emergency' ? release.status !== 'draft' && release.status !== 'cancelled' : release.status === 'submitted';

export interface ApprovalStatus {
  tier: Tier;
  /** What the policy asks of this release; null for a pre-approved standard change. */
  rule: ApprovalRule | null;
  preApproved: boolean;
  /** Approvals that still count (not withdrawn). */
  valid: Approval[];
  satisfied: boolean;
  /** Who is still needed, in words ("one approver from Operations", "1 more approver"). */
  stillNeeded: string[];
}

const isStandardKind = (release: Pick<Release, 'type' | 'standardKind'>, policy: ApprovalPolicy): boolean =>
  release.type === 'standard' && !!release.standardKind && policy.standardKinds.some((k) => samePerson(k, release.standardKind ?? ''));

/** Where a release stands against its tier's policy. The requester's own approval never counts. */
export function approvalStatus(release: Release, policy: ApprovalPolicy, approvals: readonly Approval[]): ApprovalStatus {
  const valid = approvals.filter((a) => a.releaseId === release.id && a.withdrawnAt === null);
  const tier = policy.tier;
  if (isStandardKind(release, policy)) return { tier, rule: null, preApproved: true, valid, satisfied: true, stillNeeded: [] };
  const rule = release.type === 'emergency' ? policy.emergency : policy.normal;
  const counted = valid.filter((a) => !samePerson(a.approver, release.requester));
  const names = new Set(counted.map((a) => a.approver.trim().toLowerCase()));
  const missingRoles = rule.roles.filter((role) => !counted.some((a) => a.role === role));
  const more = Math.max(0, rule.approvers - names.size);
  const stillNeeded = missingRoles.map((role) => `one approver from ${ROLE_LABELS[role]}`);
  const beyondRoles = more - missingRoles.length;
  if (beyondRoles > 0) stillNeeded.push(`${plural(beyondRoles, 'more approver')}${release.requester ? ` (not ${release.requester})` : ''}`);
  return { tier, rule, preApproved: false, valid, satisfied: stillNeeded.length === 0, stillNeeded };
}

/** Why this profile may not approve this release now, or null when it may. */
export function approvalRefusal(release: Release, actor: Profile | null, status: ApprovalStatus, approverName: string): string | null {
  if (!actor) return `“${approverName}” is not a profile in this workspace. Choose who you are under “Acting as” (or pass --as NAME on the command line); approvals are recorded per profile.`;
  if (!release.requester.trim()) return `“${release.title}” names no requester, so separation of duties cannot be checked. Its requester must be set before anyone approves it.`;
  if (samePerson(actor.name, release.requester)) {
    return `${actor.name} requested “${release.title}” and cannot approve it too: separation of duties. Ask another profile.`;
  }
  if (status.valid.some((a) => samePerson(a.approver, actor.name))) return `${actor.name} has already approved “${release.title}”.`;
  if (status.preApproved) return `“${release.title}” is a pre-approved standard change; it needs no approval.`;
  if (!openForApproval(release)) {
    return release.status === 'draft'
      ? `“${release.title}” is a draft. Submit it for approval first.`
      : `“${release.title}” is ${release.status}; only a submitted change (or an emergency change, also after it started) can be approved.`;
  }
  return null;
}
