import type { ParsedInput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { listBackups, takeBackup } from '../../store/backups';
import { nowOf } from '../../store/write-tx';
import type { HandlerContext } from '../context';

function onDisk(ctx: HandlerContext): string {
  if (ctx.workspacePath === ':memory:') throw new AppError('VALIDATION', 'This workspace lives in memory only; there is no file to back up.');
  return ctx.workspacePath;
}

export const backupHandlers = {
  'backup.list': (_: ParsedInput<'backup.list'>, ctx: HandlerContext) => (ctx.workspacePath === ':memory:' ? [] : listBackups(ctx.workspacePath)),
  'backup.create': (_: ParsedInput<'backup.create'>, ctx: HandlerContext) => takeBackup(ctx.db, onDisk(ctx), 'manual', nowOf(ctx)),
  'backup.restore': (input: ParsedInput<'backup.restore'>, ctx: HandlerContext) => {
    onDisk(ctx);
    if (!ctx.switcher) throw new AppError('VALIDATION', 'On the command line, use: release-cockpit restore --workspace FILE BACKUP');
    return ctx.switcher.restore(input.name);
  },
};
