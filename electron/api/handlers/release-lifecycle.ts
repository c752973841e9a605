import { AppError } from '../../../shared/api/result';
import { approvalRefusal, isClosed, materialChanges, OUTCOMES_FOR, samePerson, STATUS_WORDS, transitionRefusal } from '../../../shared/engine/governance';
import type { ReleaseOutcome } from '../../../shared/model/governance';
import type { Release } from '../../../shared/model/plan';
import { releaseApproval, writeReleaseVersion } from '../../store/release-governance';
import { listProfiles, profileNamed } from '../../store/repos/governance';
import { nowOf, type Recorder } from '../../store/write-tx';
import type { HandlerContext } from '../context';

const refuse = (message: string): AppError => new AppError('REFUSED', message);

/** The release after moving it to `to`: the move checked against the lifecycle and approvals, its time stamped. */
export function moved(ctx: HandlerContext, release: Release, to: Release['status'], outcome?: ReleaseOutcome): Release {
  const approval = releaseApproval(ctx.db, release);
  const refusal = transitionRefusal(release, to, approval, outcome);
  if (refusal) throw refuse(refusal);
  const at = nowOf(ctx).toISOString();
  const next: Release = { ...release, status: to };
  if (to === 'submitted') {
    next.submittedAt = at;
    // A standard change of a kind its tier pre-approves needs no approver; a release whose approvals
    // still stand (it went back to draft, or an undo took back its submission) needs none again.
    if (approval.satisfied && release.type !== 'emergency') Object.assign(next, { status: 'approved', approvedAt: at });
  }
  if (to === 'approved') next.approvedAt ??= at;
  if (to === 'in-progress') next.startedAt = at;
  const outcomes = OUTCOMES_FOR[to];
  if (outcomes) Object.assign(next, { finishedAt: at, outcomeResult: outcome ?? outcomes[0] });
  return next;
}

/**
 * Writes an edited release. A change to what was approved (its start, services, waves, plan...) withdraws
 * the approvals, and an approved or scheduled release goes back to submitted; the reason is kept on each.
 * The rule is reviseRelease's, applied by writeReleaseVersion, which an undo or redo applies too.
 */
export function writeRevision(ctx: HandlerContext, rec: Recorder, before: Release, after: Release): void {
  writeReleaseVersion(ctx.db, rec, before, after, nowOf(ctx).toISOString());
}

/** What an edit may not change: the record of a closed release, and who asked for and what kind of change a submitted one is. */
export function editRefusal(before: Release, edited: Release): string | null {
  const name = `“${before.title}”`;
  if (isClosed(before.status) && materialChanges(before, edited).length > 0) {
    return `${name} is ${STATUS_WORDS[before.status]}; its record is kept as it happened. Plan a new release for another change.`;
  }
  if (before.status !== 'draft' && !samePerson(before.requester, edited.requester)) {
    return `${name} is ${STATUS_WORDS[before.status]}, so its requester stays ${before.requester || '(none)'}: approvals were given against that requester. Return it to draft to change it.`;
  }
  if (before.status !== 'draft' && (before.type !== edited.type || (before.standardKind ?? null) !== (edited.standardKind ?? null))) {
    return `${name} is ${STATUS_WORDS[before.status]}, so its change type stays ${before.type}. Return it to draft to change it.`;
  }
  if (before.status !== edited.status && materialChanges(before, edited).length > 0) {
    return `Save the changes to ${name} first, then move it: an edit and a status change are two steps, each checked on its own.`;
  }
  return null;
}

/** Who requests a new release: the acting profile when there is one, so nobody files a change in another's name. */
export function requesterOf(ctx: HandlerContext, given: string): string {
  return profileNamed(ctx.db, ctx.actor)?.name ?? (given || ctx.actor);
}

/** The acting profile; a governance decision is always someone's. */
export function actingProfile(ctx: HandlerContext) {
  const profile = profileNamed(ctx.db, ctx.actor);
  if (profile) return profile;
  const names = listProfiles(ctx.db).map((p) => p.name);
  throw refuse(
    names.length === 0
      ? `No profiles exist in this workspace yet, so nobody can approve. Add profiles first (Dashboard → Profiles, or profile.create).`
      : `“${ctx.actor}” is not a profile in this workspace. Choose who you are under “Acting as” (${names.join(', ')}); on the command line set RELEASE_COCKPIT_AS.`,
  );
}

/** Records the acting profile's approval; the release becomes approved when its tier's policy is met. */
export function approve(ctx: HandlerContext, rec: Recorder, release: Release, note: string): void {
  const profile = profileNamed(ctx.db, ctx.actor);
  const before = releaseApproval(ctx.db, release);
  const refusal = approvalRefusal(release, profile, before, ctx.actor);
  if (refusal || !profile) throw refuse(refusal ?? 'No profile.');
  const at = nowOf(ctx).toISOString();
  rec.put('approval', { releaseId: release.id, approver: profile.name, role: profile.role, at, note, withdrawnAt: null, withdrawnReason: null });
  const after = releaseApproval(ctx.db, release);
  const approvers = after.valid.map((a) => a.approver);
  const becomesApproved = after.satisfied && release.status === 'submitted';
  rec.put('release', { ...release, approvers, ...(becomesApproved ? { status: 'approved' as const, approvedAt: at } : {}) });
}
