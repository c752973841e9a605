import type { ParsedInput, WorkspaceInfo, WorkspaceSnapshot } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { auditCheckpoint, verifyAudit } from '../../store/audit-chain';
import { changesAfter } from '../../store/audit-changes';
import { auditFacets, historyState, listAudit, redo, undo } from '../../store/journal';
import { schemaVersion } from '../../store/migrations';
import { isReadOnly } from '../../store/open-workspace';
import { workspaceCounts } from '../../store/lookups';
import { listExceptions } from '../../store/repos/exceptions';
import { listApprovals, listPolicies, listProfiles } from '../../store/repos/governance';
import { listActionItems, listEvents, listIncidents, listRunbooks, listRuns } from '../../store/repos/ops';
import { auditPosition } from '../../store/write-tx';
import type { HandlerContext } from '../context';
import { catalogHandlers } from './catalog';

function workspaceInfo(ctx: HandlerContext): WorkspaceInfo {
  return {
    path: ctx.workspacePath,
    schemaVersion: schemaVersion(ctx.db),
    appVersion: ctx.appVersion,
    readOnly: isReadOnly(ctx.db),
    counts: workspaceCounts(ctx.db),
  };
}

/** Everything the page keeps, read in one transaction so it matches the audit position it names. */
function snapshot(ctx: HandlerContext): WorkspaceSnapshot {
  return ctx.db.transaction(() => ({
    info: workspaceInfo(ctx),
    catalog: catalogHandlers['catalog.get']({}, ctx),
    plan: catalogHandlers['plan.get']({}, ctx),
    exceptions: listExceptions(ctx.db),
    ops: { runbooks: listRunbooks(ctx.db), incidents: listIncidents(ctx.db), runs: listRuns(ctx.db), events: listEvents(ctx.db), actionItems: listActionItems(ctx.db) },
    governance: { profiles: listProfiles(ctx.db), approvals: listApprovals(ctx.db), policies: listPolicies(ctx.db) },
    history: historyState(ctx.db),
    through: auditPosition(ctx.db),
  }))();
}

function tx(ctx: HandlerContext) {
  if (!ctx.tx) throw new AppError('INTERNAL', 'Undo and redo must run as logged writes.');
  return ctx.tx;
}

export const workspaceHandlers = {
  'workspace.info': (_: ParsedInput<'workspace.info'>, ctx: HandlerContext) => workspaceInfo(ctx),
  'workspace.snapshot': (_: ParsedInput<'workspace.snapshot'>, ctx: HandlerContext) => snapshot(ctx),
  'workspace.changes': (input: ParsedInput<'workspace.changes'>, ctx: HandlerContext) => changesAfter(ctx.db, input.after),
  'workspace.open': (input: ParsedInput<'workspace.open'>, ctx: HandlerContext) => {
    if (!ctx.switcher) throw new AppError('VALIDATION', 'Only the app and the browser host can switch workspaces; on the command line, pass --workspace FILE.');
    return ctx.switcher.open(input.path, { create: input.create });
  },
  'history.state': (_: ParsedInput<'history.state'>, ctx: HandlerContext) => historyState(ctx.db),
  'history.undo': (_: ParsedInput<'history.undo'>, ctx: HandlerContext) => undo(ctx.db, tx(ctx)),
  'history.redo': (_: ParsedInput<'history.redo'>, ctx: HandlerContext) => redo(ctx.db, tx(ctx)),
  'audit.verify': (_: ParsedInput<'audit.verify'>, ctx: HandlerContext) => verifyAudit(ctx.db),
  'audit.checkpoint': (_: ParsedInput<'audit.checkpoint'>, ctx: HandlerContext) => auditCheckpoint(ctx.db),
  'audit.list': (input: ParsedInput<'audit.list'>, ctx: HandlerContext) => listAudit(ctx.db, input),
  'audit.facets': (_: ParsedInput<'audit.facets'>, ctx: HandlerContext) => auditFacets(ctx.db),
};
