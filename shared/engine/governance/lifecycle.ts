import type { ReleaseOutcome } from '../../model/governance-enums';
import type { Release } from '../../model/plan';
import type { ApprovalStatus } from './approval-status';

type Status = Release['status'];

/** draft → submitted → approved → scheduled → in progress → done / rolled back / failed, or cancelled. */
const NEXT: Record<Status, readonly Status[]> = {
  draft: ['submitted', 'cancelled', 'in-progress'],
  submitted: ['approved', 'draft', 'cancelled', 'in-progress'],
  approved: ['scheduled', 'in-progress', 'draft', 'cancelled'],
  scheduled: ['in-progress', 'approved', 'cancelled'],
  'in-progress': ['done', 'rolled-back', 'failed'],
  done: [],
  'rolled-back': [],
  failed: [],
  cancelled: [],
};

export const CLOSED_STATUSES: readonly Status[] = ['done', 'rolled-back', 'failed', 'cancelled'];
export const isClosed = (status: Status): boolean => CLOSED_STATUSES.includes(status);

/** The outcomes a closing status allows; the first is the default. */
export const OUTCOMES_FOR: Partial<Record<Status, readonly ReleaseOutcome[]>> = {
  done: ['success', 'success-with-issues', 'hotfix-needed'],
  'rolled-back': ['rolled-back'],
  failed: ['failed'],
};

export const STATUS_WORDS: Record<Status, string> = {
  draft: 'a draft', submitted: 'submitted', approved: 'approved', scheduled: 'scheduled', 'in-progress': 'in progress',
  done: 'done', 'rolled-back': 'rolled back', failed: 'failed', cancelled: 'cancelled',
};

/** The statuses a release may move to next, as a person would list them. */
export const nextStatuses = (release: Pick<Release, 'status' | 'type'>): Status[] =>
  NEXT[release.status].filter((to) => to !== 'in-progress' || release.type === 'emergency' || release.status === 'approved' || release.status === 'scheduled');

/** Why `release` may not move to `to`, or null when it may. Approval comes only from approvers (or a standard change's pre-approval). */
export function transitionRefusal(release: Release, to: Status, approval: ApprovalStatus, outcome?: ReleaseOutcome): string | null {
  const from = release.status;
  const name = `“${release.title}”`;
  if (from === to) return `${name} is already ${STATUS_WORDS[to]}.`;
  if (!NEXT[from].includes(to)) {
    if (isClosed(from)) return `${name} is ${STATUS_WORDS[from]}, which is final. Plan a new release instead.`;
    const allowed = nextStatuses(release).map((s) => STATUS_WORDS[s]);
    return `${name} is ${STATUS_WORDS[from]} and cannot become ${STATUS_WORDS[to]} directly; next it can be ${allowed.join(', ') || 'nothing'}.`;
  }
  if (to === 'approved' && !approval.satisfied) {
    return `${name} is not approved yet: it still needs ${approval.stillNeeded.join(' and ')}. Approval comes from approvers, not from a status change.`;
  }
  if (to === 'approved' && from !== 'scheduled' && from !== 'submitted') return `${name} must be submitted before it can be approved.`;
  if (to === 'in-progress' && release.type !== 'emergency' && from !== 'approved' && from !== 'scheduled') {
    return `${name} is a ${release.type} change and cannot start before it is approved. Only an emergency change starts at once.`;
  }
  if ((to === 'scheduled' || to === 'in-progress') && release.type !== 'emergency' && !approval.satisfied) {
    return `${name} no longer meets its approval policy: it still needs ${approval.stillNeeded.join(' and ')}. It cannot be ${to === 'scheduled' ? 'scheduled' : 'started'} until then.`;
  }
  if (to === 'scheduled' && !release.plannedStart) return `${name} has no planned start; set one before scheduling it.`;
  const outcomes = OUTCOMES_FOR[to];
  if (outcome && (!outcomes || !outcomes.includes(outcome))) {
    return outcomes ? `A release that is ${STATUS_WORDS[to]} cannot have the outcome “${outcome}”; choose ${outcomes.join(', ')}.` : `Only a release that closes records an outcome.`;
  }
  return null;
}

/** The fields whose change withdraws approvals: what was approved is no longer what will happen. */
const MATERIAL: { field: keyof Release; label: string }[] = [
  { field: 'type', label: 'change type' },
  { field: 'standardKind', label: 'standard change kind' },
  { field: 'plannedStart', label: 'planned start' },
  { field: 'durationMinutes', label: 'duration' },
  { field: 'strategy', label: 'strategy' },
  { field: 'services', label: 'services' },
  { field: 'waves', label: 'waves' },
  { field: 'rollback', label: 'rollback plan' },
];

const canonical = (value: unknown): string => JSON.stringify(value ?? null);

/** What changed between two versions of a release that an approval depended on, in words. */
export function materialChanges(before: Release, after: Release): string[] {
  return MATERIAL.filter(({ field }) => canonical(before[field]) !== canonical(after[field])).map(({ label }) => label);
}

/** An emergency change that started without the approvals its policy asks for afterwards. */
export const missingRetroApproval = (release: Release, approval: ApprovalStatus): boolean =>
  release.type === 'emergency' && release.status !== 'draft' && release.status !== 'submitted' && release.status !== 'cancelled' && !approval.satisfied;
