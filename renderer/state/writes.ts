import type { Input, Method, Output } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { call } from '../api/client';
import { notify } from './notices';
import { useWorkspace } from './workspace';
import { receiveChanges } from './workspace-sync';

/**
 * Runs one write through the API. On success the page applies the change set the write answered
 * with (nothing is read again) and the confirmation is announced; on failure the Result is handed
 * back so a dialog can show it in place.
 */
export async function write<M extends Method>(method: M, input: Input<M>, confirmation: (value: Output<M>) => string): Promise<Result<Output<M>>> {
  const result = await call(method, input);
  if (result.ok) {
    if (result.changes) await receiveChanges(result.changes);
    notify.status(confirmation(result.value));
  }
  return result;
}

async function step(direction: 'undo' | 'redo'): Promise<void> {
  const { history } = useWorkspace.getState();
  const label = direction === 'undo' ? history.undoLabel : history.redoLabel;
  const result = await call(direction === 'undo' ? 'history.undo' : 'history.redo', {});
  if (!result.ok) {
    notify.error(result.error.message);
    return;
  }
  if (result.changes) await receiveChanges(result.changes);
  const verb = direction === 'undo' ? 'Undone' : 'Redone';
  notify.status(label ? `${verb}: ${label}` : `${verb}.`);
}

export const undo = () => step('undo');
export const redo = () => step('redo');
