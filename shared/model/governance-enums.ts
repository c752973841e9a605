// Change governance vocabularies, apart from the zod schemas so the renderer can use them without bundling zod.

/** What a local profile does; an approval policy can require an approver of a role (for example operations). */
export const ROLES = ['change-manager', 'operations', 'engineering', 'security', 'business'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  'change-manager': 'Change manager', operations: 'Operations', engineering: 'Engineering', security: 'Security', business: 'Business',
};

/** How a release went, recorded when it closes. */
export const RELEASE_OUTCOMES = ['success', 'success-with-issues', 'rolled-back', 'failed', 'hotfix-needed'] as const;
export type ReleaseOutcome = (typeof RELEASE_OUTCOMES)[number];
export const OUTCOME_LABELS: Record<ReleaseOutcome, string> = {
  success: 'Success', 'success-with-issues': 'Success with issues', 'rolled-back': 'Rolled back', failed: 'Failed', 'hotfix-needed': 'Hotfix needed',
};

export const CHANGE_TYPE_LABELS = { standard: 'Standard', normal: 'Normal', emergency: 'Emergency' } as const;
