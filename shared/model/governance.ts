import * as z from 'zod';
import { RELEASE_OUTCOMES, ROLES } from './governance-enums';
import { RELEASE_STATUSES } from './plan-enums';

export * from './governance-enums';

const id = z.number().int().positive();
const personName = z.string().trim().min(1, 'Name is required').max(120);

/** A local user profile: who is acting. A desktop app has no login; the rules still hold per profile. */
export const profileInput = z.object({
  name: personName,
  role: z.enum(ROLES),
  team: z.string().trim().max(120).default(''),
});
export type ProfileInput = z.output<typeof profileInput>;
export type Profile = ProfileInput & { id: number };

const approvalRule = z.object({
  /** How many distinct approvers; 0 means none needed. */
  approvers: z.number().int().min(0).max(5),
  /** Roles that must each be held by at least one approver. */
  roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
});
export type ApprovalRule = z.output<typeof approvalRule>;

/** The approval policy of one service tier. The requester never approves their own change, whatever the policy. */
export const policyInput = z.object({
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  normal: approvalRule,
  /** Needed after the fact: an emergency change starts at once and is flagged until it has these. */
  emergency: approvalRule,
  /** The low-risk kinds of change pre-approved as standard changes for this tier. */
  standardKinds: z.array(z.string().trim().min(1).max(120)).max(50).default([]),
});
export type PolicyInput = z.output<typeof policyInput>;
export type ApprovalPolicy = PolicyInput & { id: number };

/** One approval of a release by a profile. Withdrawn approvals are kept, with the reason. */
export interface Approval {
  id: number;
  releaseId: number;
  approver: string;
  /** null for an approval recorded before approvals were kept per profile. */
  role: (typeof ROLES)[number] | null;
  at: string;
  note: string;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
}

/** An approval as a workspace file holds it. */
export const approvalRecord = z.object({
  id,
  releaseId: id,
  approver: personName,
  role: z.enum(ROLES).nullable(),
  at: z.iso.datetime({ offset: true }),
  note: z.string().max(2000).default(''),
  withdrawnAt: z.iso.datetime({ offset: true }).nullable().default(null),
  withdrawnReason: z.string().max(2000).nullable().default(null),
});

export const releaseTransitionInput = z.object({
  id,
  to: z.enum(RELEASE_STATUSES),
  /** Required when the release closes (done, rolled back, failed); defaults follow the status. */
  outcome: z.enum(RELEASE_OUTCOMES).optional(),
  note: z.string().trim().max(2000).optional(),
});

export const releaseApproveInput = z.object({ id, note: z.string().trim().max(2000).default('') });
