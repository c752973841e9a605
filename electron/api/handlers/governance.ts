import type { Deleted, ParsedInput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { OUTCOMES_FOR } from '../../../shared/engine/governance';
import { getProfile, getPolicy, listProfiles, profileUses } from '../../store/repos/governance';
import { getRelease } from '../../store/repos/releases';
import type { HandlerContext } from '../context';
import { record } from '../record';
import { requireExisting } from './catalog-checks';
import { actingProfile, approve, moved } from './release-lifecycle';

const STATUS_LABEL = (to: string) => ({ submitted: 'Submit', scheduled: 'Schedule', 'in-progress': 'Start', done: 'Close', 'rolled-back': 'Roll back', failed: 'Fail', cancelled: 'Cancel', draft: 'Return to draft', approved: 'Approve' })[to] ?? to;

/** Profiles decide who may approve: once a change manager exists, only a change manager edits them. */
function requireProfileManager(ctx: HandlerContext): void {
  if (!listProfiles(ctx.db).some((p) => p.role === 'change-manager')) return;
  const profile = actingProfile(ctx);
  if (profile.role !== 'change-manager') throw new AppError('REFUSED', `Only a change manager can add, edit or delete profiles; ${profile.name} is ${profile.role}.`);
}

export const governanceHandlers = {
  'release.transition': (input: ParsedInput<'release.transition'>, ctx: HandlerContext) => {
    const release = requireExisting(getRelease(ctx.db, input.id), 'release', input.id);
    const next = moved(ctx, release, input.to, input.outcome);
    // The note is the outcome's: only a closing move records one.
    const withNote = input.note && OUTCOMES_FOR[input.to] ? { ...next, outcome: input.note } : next;
    record(ctx, `${STATUS_LABEL(input.to)} ${release.title}`, (rec) => rec.put('release', withNote));
    return requireExisting(getRelease(ctx.db, input.id), 'release', input.id);
  },
  'release.approve': (input: ParsedInput<'release.approve'>, ctx: HandlerContext) => {
    const release = requireExisting(getRelease(ctx.db, input.id), 'release', input.id);
    record(ctx, `Approve ${release.title}`, (rec) => approve(ctx, rec, release, input.note));
    return requireExisting(getRelease(ctx.db, input.id), 'release', input.id);
  },
  'profile.create': (input: ParsedInput<'profile.create'>, ctx: HandlerContext) => {
    requireProfileManager(ctx);
    const id = record(ctx, `Add profile ${input.name}`, (rec) => rec.put('profile', input));
    return requireExisting(getProfile(ctx.db, id), 'profile', id);
  },
  'profile.update': (input: ParsedInput<'profile.update'>, ctx: HandlerContext) => {
    const profile = requireExisting(getProfile(ctx.db, input.id), 'profile', input.id);
    requireProfileManager(ctx);
    // Approvals and requests name people: a rename would make one person two, or let them approve their own change.
    const uses = profileUses(ctx.db, profile.name);
    if (uses > 0 && profile.name !== input.name) {
      throw new AppError('REFUSED', `${profile.name} has approved or requested ${uses} change${uses === 1 ? '' : 's'}, so the name stays as recorded. Add a new profile for a new name.`);
    }
    record(ctx, `Edit profile ${input.name}`, (rec) => rec.put('profile', input));
    return requireExisting(getProfile(ctx.db, input.id), 'profile', input.id);
  },
  'profile.delete': (input: ParsedInput<'profile.delete'>, ctx: HandlerContext): Deleted => {
    const profile = requireExisting(getProfile(ctx.db, input.id), 'profile', input.id);
    requireProfileManager(ctx);
    record(ctx, `Delete profile ${profile.name}`, (rec) => rec.remove('profile', input.id));
    return { id: input.id, alsoRemoved: [] };
  },
  'policy.update': (input: ParsedInput<'policy.update'>, ctx: HandlerContext) => {
    const profile = actingProfile(ctx);
    if (profile.role !== 'change-manager') throw new AppError('REFUSED', `Only a change manager can change an approval policy; ${profile.name} is ${profile.role}.`);
    record(ctx, `Change the approval policy for tier ${input.tier}`, (rec) => rec.put('policy', { ...input, id: input.tier }));
    return requireExisting(getPolicy(ctx.db, input.tier), 'approval policy', input.tier);
  },
};
