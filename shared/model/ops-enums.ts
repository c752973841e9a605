// Runbooks and incidents: their vocabularies, apart from the zod schemas so the renderer can use them without bundling zod.
export const STEP_KINDS = ['technical', 'business'] as const;
export const STEP_KIND_LABELS: Record<(typeof STEP_KINDS)[number], string> = { technical: 'Technical', business: 'Business continuity' };
export const INCIDENT_SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
/** The lifecycle, in order; cancelled stands apart. */
export const INCIDENT_STATUSES = ['triage', 'started', 'mitigated', 'resolved', 'closed', 'cancelled'] as const;
export const INCIDENT_STATUS_LABELS: Record<(typeof INCIDENT_STATUSES)[number], string> = {
  triage: 'Triage', started: 'Started', mitigated: 'Mitigated', resolved: 'Resolved', closed: 'Closed', cancelled: 'Cancelled',
};
export const STEP_OUTCOMES = ['done', 'skipped', 'failed', 'blocked'] as const;
/** The role every incident must have filled. */
export const COMMANDER_ROLE = 'Incident commander';
export const REPORT_FORMATS = ['md', 'json'] as const;
