import type { ApprovalPolicy } from './governance';

/**
 * The approval policy a tier has until a change manager changes it: tier 1 two approvers, one from
 * operations; tier 2 one; tier 3 one peer reviewer, with low-risk standard changes pre-approved.
 * Migration 007 seeds these, and a workspace without a tier's row is judged by them.
 */
export const DEFAULT_POLICIES: readonly ApprovalPolicy[] = [
  { id: 1, tier: 1, normal: { approvers: 2, roles: ['operations'] }, emergency: { approvers: 2, roles: ['operations'] }, standardKinds: [] },
  { id: 2, tier: 2, normal: { approvers: 1, roles: [] }, emergency: { approvers: 1, roles: [] }, standardKinds: ['Certificate renewal'] },
  { id: 3, tier: 3, normal: { approvers: 1, roles: [] }, emergency: { approvers: 1, roles: [] }, standardKinds: ['Certificate renewal', 'Carrier rate table update', 'Label template change'] },
];
