import type { BlastRadiusView, Deleted, ParsedInput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { detectConflicts } from '../../../shared/engine/conflicts';
import { blastRadius, buildDependencyIndex } from '../../../shared/engine/graph';
import { nameBlastRadius } from '../../../shared/engine/graph/name-blast-radius';
import { buildRiskContext, releaseRisk } from '../../../shared/engine/risk';
import { plural } from '../../../shared/text/plural';
import { nowOf } from '../../store/write-tx';
import { record } from '../record';
import { loadPlanningInput } from '../../store/load-planning-input';
import { getException, listExceptions } from '../../store/repos/exceptions';
import { getRelease, listReleases } from '../../store/repos/releases';
import { approvalsOf } from '../../store/repos/governance';
import { getWindow } from '../../store/repos/windows';
import type { HandlerContext } from '../context';
import { gate } from './gate';
import { editRefusal, moved, requesterOf, writeRevision } from './release-lifecycle';
import { isClosed, samePerson, STATUS_WORDS } from '../../../shared/engine/governance';
import { cancelSchedule, searchSchedule } from './schedule-search';
import { requireExisting, requireIds, throwIfIssues } from './catalog-checks';
import { checkReleaseLinks, checkWindowLinks, validation } from './plan-checks';


function deleteWindow(ctx: HandlerContext, id: number): Deleted {
  const window = requireExisting(getWindow(ctx.db, id), 'window', id);
  const exceptions = listExceptions(ctx.db).filter((e) => e.windowId === id);
  record(ctx, `Delete window ${window.name}`, (rec) => {
    for (const e of exceptions) rec.remove('exception', e.id);
    rec.remove('window', id);
  });
  return { id, alsoRemoved: exceptions.map((e) => `freeze exception for release #${e.releaseId}`) };
}

function deleteRelease(ctx: HandlerContext, id: number): Deleted {
  const release = requireExisting(getRelease(ctx.db, id), 'release', id);
  const exceptions = listExceptions(ctx.db).filter((e) => e.releaseId === id);
  const dependents = listReleases(ctx.db).filter((r) => r.id !== id && r.dependsOn.some((d) => d.releaseId === id));
  record(ctx, `Delete release ${release.title}`, (rec) => {
    // Exceptions and links first, the release last: undo replays in reverse, so the release is back before anything points at it.
    for (const e of exceptions) rec.remove('exception', e.id);
    // Approvals too, one by one, so an undo of the delete brings them back with the release.
    for (const a of approvalsOf(ctx.db, id)) rec.remove('approval', a.id);
    for (const r of dependents) rec.put('release', { ...r, dependsOn: r.dependsOn.filter((d) => d.releaseId !== id) });
    rec.remove('release', id);
  });
  return {
    id,
    alsoRemoved: [
      ...dependents.map((r) => `the dependency of ${r.title} on ${release.title}`),
      ...exceptions.map((e) => `freeze exception for window #${e.windowId}`),
    ],
  };
}

function requestException(input: ParsedInput<'exception.request'>, ctx: HandlerContext) {
  const window = requireExisting(getWindow(ctx.db, input.windowId), 'window', input.windowId);
  const release = requireExisting(getRelease(ctx.db, input.releaseId), 'release', input.releaseId);
  if (window.type !== 'freeze') throw validation('windowId', `${window.name} is a maintenance window, not a freeze; it takes no exceptions.`);
  if (window.severity === 'hard') {
    throw validation('windowId', `${window.name} is a hard freeze and takes no exceptions. Move the release, or raise it with the CAB as an emergency.`);
  }
  const approver = input.approver ?? null;
  if (approver !== null && samePerson(approver, input.requester)) throw validation('approver', 'The approver cannot be the requester');
  const id = record(ctx, `Request freeze exception for ${release.title} in ${window.name}`, (rec) =>
    rec.put('exception', {
      windowId: window.id, releaseId: release.id, reason: input.reason, requester: input.requester, approver, approvedAt: approver === null ? null : nowOf(ctx).toISOString(),
    }),
  );
  return requireExisting(getException(ctx.db, id), 'freeze exception', id);
}

function approveException(input: ParsedInput<'exception.approve'>, ctx: HandlerContext) {
  const exception = requireExisting(getException(ctx.db, input.id), 'freeze exception', input.id);
  if (exception.approver !== null) throw validation('id', `This exception was already approved by ${exception.approver}.`);
  if (samePerson(input.approver, exception.requester)) throw validation('approver', `${input.approver} requested this exception and cannot approve it too; ask someone else.`);
  const release = getRelease(ctx.db, exception.releaseId);
  record(ctx, `Approve freeze exception for ${release?.title ?? `release #${exception.releaseId}`}`, (rec) =>
    rec.put('exception', { ...exception, approver: input.approver, approvedAt: nowOf(ctx).toISOString() }),
  );
  return requireExisting(getException(ctx.db, exception.id), 'freeze exception', exception.id);
}

function serviceBlastRadius(input: ParsedInput<'service.blastRadius'>, ctx: HandlerContext): BlastRadiusView {
  throwIfIssues(requireIds(ctx.db, 'services', input.serviceIds, 'serviceIds'));
  const { catalog } = loadPlanningInput(ctx.db);
  const graph = buildDependencyIndex(catalog);
  const radius = blastRadius(graph, input.serviceIds, {
    direction: input.direction, ...(input.maxDepth !== undefined ? { maxDepth: input.maxDepth } : {}),
  });
  return nameBlastRadius(radius, graph.lookup, new Map(catalog.processes.map((p) => [p.id, p.name])));
}

function applySchedule(input: ParsedInput<'schedule.apply'>, ctx: HandlerContext) {
  const seen = new Set<number>();
  const issues = input.moves.flatMap((m, i) => {
    if (seen.has(m.releaseId)) return [{ path: `moves.${i}.releaseId`, message: `Release #${m.releaseId} is moved twice` }];
    seen.add(m.releaseId);
    const release = getRelease(ctx.db, m.releaseId);
    if (!release) return [{ path: `moves.${i}.releaseId`, message: `No release with id ${m.releaseId} exists (it may have been deleted)` }];
    // A started or closed release has a start that already happened; the schedule moves only what is still planned.
    if (release.status === 'in-progress' || isClosed(release.status)) return [{ path: `moves.${i}.releaseId`, message: `${release.title} is ${STATUS_WORDS[release.status]}; only a release not yet started can be moved` }];
    return [];
  });
  throwIfIssues(issues);
  record(ctx, `Apply auto-schedule (${plural(input.moves.length, 'release')})`, (rec) => {
    for (const m of input.moves) {
      const before = getRelease(ctx.db, m.releaseId)!;
      writeRevision(ctx, rec, before, { ...before, plannedStart: m.to });
    }
  });
  return { applied: input.moves.length };
}

export const planHandlers = {
  'window.create': (input: ParsedInput<'window.create'>, ctx: HandlerContext) => {
    checkWindowLinks(ctx.db, input);
    const id = record(ctx, `Add ${input.type} window ${input.name}`, (rec) => rec.put('window', input));
    return requireExisting(getWindow(ctx.db, id), 'window', id);
  },
  'window.update': (input: ParsedInput<'window.update'>, ctx: HandlerContext) => {
    requireExisting(getWindow(ctx.db, input.id), 'window', input.id);
    checkWindowLinks(ctx.db, input);
    record(ctx, `Edit window ${input.name}`, (rec) => rec.put('window', input));
    return requireExisting(getWindow(ctx.db, input.id), 'window', input.id);
  },
  'window.delete': (input: ParsedInput<'window.delete'>, ctx: HandlerContext) => deleteWindow(ctx, input.id),

  'release.create': (input: ParsedInput<'release.create'>, ctx: HandlerContext) => {
    checkReleaseLinks(ctx.db, input);
    // Every release starts as a draft or is submitted at once; anything further comes from the lifecycle and approvers.
    if (input.status !== 'draft' && input.status !== 'submitted') {
      throw validation('status', `A new release starts as a draft or submitted, not ${input.status}; approval and the later steps follow its lifecycle.`);
    }
    const draft = { ...input, status: 'draft' as const, approvers: [], requester: requesterOf(ctx, input.requester) };
    const id = record(ctx, `Add release ${input.title}`, (rec) => {
      const created = rec.put('release', draft);
      if (input.status === 'submitted') rec.put('release', moved(ctx, { ...draft, id: created }, 'submitted'));
      return created;
    });
    return requireExisting(getRelease(ctx.db, id), 'release', id);
  },
  'release.update': (input: ParsedInput<'release.update'>, ctx: HandlerContext) => {
    const before = requireExisting(getRelease(ctx.db, input.id), 'release', input.id);
    checkReleaseLinks(ctx.db, input, input.id);
    // An edit keeps the lifecycle times and the approvals; a status change is a lifecycle move, checked as one.
    const edited = { ...before, ...input, approvers: before.approvers };
    const refusal = editRefusal(before, edited);
    if (refusal) throw new AppError('REFUSED', refusal);
    const after = input.status === before.status ? edited : moved(ctx, { ...edited, status: before.status }, input.status, input.outcomeResult ?? undefined);
    record(ctx, `Edit release ${input.title}`, (rec) => writeRevision(ctx, rec, before, after));
    return requireExisting(getRelease(ctx.db, input.id), 'release', input.id);
  },
  'release.delete': (input: ParsedInput<'release.delete'>, ctx: HandlerContext) => deleteRelease(ctx, input.id),

  'exception.request': requestException,
  'exception.approve': approveException,
  'exception.list': (_: ParsedInput<'exception.list'>, ctx: HandlerContext) => listExceptions(ctx.db),

  'plan.conflicts': (_: ParsedInput<'plan.conflicts'>, ctx: HandlerContext) => {
    const { catalog, plan, exceptions } = loadPlanningInput(ctx.db);
    return detectConflicts({ catalog, plan, exceptions });
  },
  'plan.gate': gate,
  'service.blastRadius': serviceBlastRadius,
  'release.risk': (input: ParsedInput<'release.risk'>, ctx: HandlerContext) => {
    const release = requireExisting(getRelease(ctx.db, input.id), 'release', input.id);
    const { catalog, plan } = loadPlanningInput(ctx.db);
    return releaseRisk(release, buildRiskContext({ catalog, plan }));
  },

  'schedule.propose': (input: ParsedInput<'schedule.propose'>, ctx: HandlerContext) => {
    if (input.releaseIds) {
      const missing = input.releaseIds.filter((id) => !getRelease(ctx.db, id));
      if (missing.length) throw new AppError('NOT_FOUND', `No release with id ${missing.join(', ')} exists (it may have been deleted).`);
    }
    const planning = loadPlanningInput(ctx.db);
    return searchSchedule(ctx, {
      ...planning,
      options: { now: nowOf(ctx).getTime(), timeLimitMs: input.timeLimitMs, seed: input.seed, ...(input.releaseIds ? { releaseIds: input.releaseIds } : {}) },
    });
  },
  'schedule.apply': applySchedule,
  'schedule.cancel': (_: ParsedInput<'schedule.cancel'>, ctx: HandlerContext) => cancelSchedule(ctx),
};
