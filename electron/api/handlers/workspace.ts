import type { ParsedInput } from '../../../shared/api/contract';
import { historyState, listAudit, redo, undo } from '../../store/history';
import { schemaVersion } from '../../store/migrations';
import type { HandlerContext } from '../context';

const count = (ctx: HandlerContext, table: string) => ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

export const workspaceHandlers = {
  'workspace.info': (_: ParsedInput<'workspace.info'>, ctx: HandlerContext) => ({
    path: ctx.workspacePath,
    schemaVersion: schemaVersion(ctx.db),
    appVersion: ctx.appVersion,
    counts: {
      sites: count(ctx, 'sites'),
      services: count(ctx, 'services'),
      dependencies: count(ctx, 'dependencies'),
      processes: count(ctx, 'business_processes'),
      releases: count(ctx, 'releases'),
      windows: count(ctx, 'windows'),
    },
  }),
  'history.state': (_: ParsedInput<'history.state'>, ctx: HandlerContext) => historyState(ctx.db),
  'history.undo': (_: ParsedInput<'history.undo'>, ctx: HandlerContext) => undo(ctx.db, ctx),
  'history.redo': (_: ParsedInput<'history.redo'>, ctx: HandlerContext) => redo(ctx.db, ctx),
  'audit.list': (input: ParsedInput<'audit.list'>, ctx: HandlerContext) => listAudit(ctx.db, input),
};
