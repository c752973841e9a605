import { isMethod, contract, type Method } from '../../shared/api/contract';
import { issuesSentence, zodIssues } from '../../shared/api/errors-to-text';
import { AppError, type Result } from '../../shared/api/result';
import { isReadOnly } from '../store/open-workspace';
import { runWrite } from '../store/write-tx';
import type { HandlerContext } from './context';
import type { Handler, HandlerTable } from './handler-table';

const READ_ONLY_MESSAGE = 'This workspace is open read-only (the file cannot be written), so nothing was saved. Make the file writable, or open a copy of it.';

/** SQLite constraint failures that slipped past the handlers' own checks, in words. */
function sqliteMessage(error: { code?: string; message: string }): string | null {
  if (error.code === 'SQLITE_CONSTRAINT_UNIQUE') return 'That name is already taken.';
  if (error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'That refers to something that no longer exists.';
  if (error.code === 'SQLITE_BUSY') return 'The workspace is busy in another window or process. Try again in a moment.';
  if (error.code === 'SQLITE_FULL') return 'The disk is full, so this change was not saved. Everything saved before it is intact. Free some space and try again.';
  if (error.code === 'SQLITE_READONLY' || error.code === 'SQLITE_READONLY_DIRECTORY') return READ_ONLY_MESSAGE;
  if (error.code === 'SQLITE_IOERR' || error.code?.startsWith('SQLITE_IOERR_')) return 'The disk refused the write, so this change was not saved. Everything saved before it is intact. Check the disk and try again.';
  return null;
}

/**
 * Validates the input against the contract, runs the handler, and turns every outcome into a Result.
 * `log` receives unexpected errors so they are never swallowed silently. `table` is the one handler
 * table, or a slice of it for a caller that must start fast (the CLI gate).
 */
export async function dispatch(
  table: Partial<HandlerTable>,
  ctx: HandlerContext,
  method: string,
  rawInput: unknown,
  log: (error: unknown) => void = console.error,
): Promise<Result<unknown>> {
  const handler = isMethod(method) ? (table[method] as Handler<Method> | undefined) : undefined;
  if (!isMethod(method) || !handler) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown operation “${method}”.` } };
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    return { ok: false, error: { code: 'VALIDATION', message: issuesSentence(issues), issues } };
  }
  try {
    const kind = contract[method].kind;
    if (kind === 'read') return { ok: true, value: await handler(parsed.data as never, ctx) };
    if (isReadOnly(ctx.db)) return { ok: false, error: { code: 'READ_ONLY', message: READ_ONLY_MESSAGE } };
    // A write runs in one synchronous transaction opened here, never by the handler: its kind decides
    // whether the call is one undo step, and its change set goes back with the value.
    const { value, changes } = runWrite(ctx.db, ctx, kind, (tx) => {
      const answer = handler(parsed.data as never, { ...ctx, tx });
      if (answer instanceof Promise) throw new Error(`${method} is a write and must not be asynchronous: a transaction cannot wait.`);
      return answer;
    });
    return { ok: true, value, changes };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}), ...(error.details !== undefined ? { details: error.details } : {}) } };
    }
    const known = error instanceof Error ? sqliteMessage(error as Error & { code?: string }) : null;
    if (known) return { ok: false, error: { code: 'VALIDATION', message: known } };
    log(error);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Release Cockpit; nothing was saved. The details are in the log.' } };
  }
}
