import { handlers } from '../../electron/api/handler-table';
import { dispatch } from '../../electron/api/dispatch';
import type { HandlerContext } from '../../electron/api/context';
import { openWorkspace } from '../../electron/store/open-workspace';
import type { Input, Method, Output } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';

/** A fresh in-memory workspace and a typed caller over the real handler table. */
export function memoryWorkspace() {
  const db = openWorkspace(':memory:');
  const ctx: HandlerContext = { db, actor: 'test', workspacePath: ':memory:', appVersion: '0.0.0' };
  /** `actor`: the profile acting for this one call (the app sends the one chosen under “Acting as”). */
  const call = <M extends Method>(method: M, input: Input<M>, actor = ctx.actor) =>
    dispatch(handlers, { ...ctx, actor }, method, input, () => undefined) as Promise<Result<Output<M>>>;
  const ok = async <M extends Method>(method: M, input: Input<M>, actor = ctx.actor): Promise<Output<M>> => {
    const result = await call(method, input, actor);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { db, ctx, call, ok };
}
