import { expect } from 'vitest';
import type { Input, Method, Output } from '../../shared/api/contract';
import type { ImportRejection } from '../../shared/api/import-report';
import type { ApiError } from '../../shared/api/result';
import type { HandlerContext } from '../../electron/api/context';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import { openWorkspace } from '../../electron/store/open-workspace';

/** A fresh in-memory workspace, called through the same dispatcher the app uses. */
export function openTestWorkspace(): HandlerContext {
  return { db: openWorkspace(':memory:'), actor: 'test', workspacePath: ':memory:', appVersion: '0.0.0' };
}

export async function call<M extends Method>(ctx: HandlerContext, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await dispatch(handlers, ctx, method, input, (e) => {
    throw e;
  });
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.details ?? '')}`);
  return result.value as Output<M>;
}

/** Calls a method that must fail with IMPORT_REJECTED and returns the error with its row list. */
export async function rejected<M extends Method>(ctx: HandlerContext, method: M, input: Input<M>): Promise<ApiError & { details: ImportRejection }> {
  const result = await dispatch(handlers, ctx, method, input);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe('IMPORT_REJECTED');
  return result.error as ApiError & { details: ImportRejection };
}

/** Sites and processes most import tests refer to. */
export async function seedBasics(ctx: HandlerContext): Promise<void> {
  await call(ctx, 'site.create', { name: 'DC Reno', region: 'West', timeZone: 'America/Los_Angeles', kind: 'dc' });
  await call(ctx, 'site.create', { name: 'DC Dallas', region: 'Central', timeZone: 'America/Chicago', kind: 'dc' });
  await call(ctx, 'process.create', { name: 'Order capture', description: '' });
  await call(ctx, 'process.create', { name: 'Pick-pack-ship', description: '' });
}
