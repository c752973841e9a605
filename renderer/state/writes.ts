import type { Input, Method, Output } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { call } from '../api/client';
import { useCatalog } from './catalog';
import { notify } from './notices';
import { usePlan } from './plan';

/** Every write, undo and redo can touch both the catalog and the plan: re-read both. */
export const reloadWorkspace = () => Promise.all([useCatalog.getState().load(), usePlan.getState().load()]).then(() => undefined);

/**
 * Runs one write through the API. On success the catalog and undo state are re-read and the
 * confirmation is announced; on failure the Result is handed back so a dialog can show it in place.
 */
export async function write<M extends Method>(method: M, input: Input<M>, confirmation: (value: Output<M>) => string): Promise<Result<Output<M>>> {
  const result = await call(method, input);
  if (result.ok) {
    await reloadWorkspace();
    notify.status(confirmation(result.value));
  }
  return result;
}

async function step(direction: 'undo' | 'redo'): Promise<void> {
  const { history } = useCatalog.getState();
  const label = direction === 'undo' ? history.undoLabel : history.redoLabel;
  const result = await call(direction === 'undo' ? 'history.undo' : 'history.redo', {});
  if (!result.ok) {
    notify.error(result.error.message);
    return;
  }
  await reloadWorkspace();
  const verb = direction === 'undo' ? 'Undone' : 'Redone';
  notify.status(label ? `${verb}: ${label}` : `${verb}.`);
}

export const undo = () => step('undo');
export const redo = () => step('redo');
