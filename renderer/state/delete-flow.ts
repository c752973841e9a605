import type { Deleted } from '../../shared/api/contract';
import { call } from '../api/client';
import { closeDialog, openDialog, type DeleteTarget } from './dialogs';
import { notify } from './notices';
import { useUi } from './ui';
import { receiveChanges } from './workspace-sync';

const METHOD = {
  service: 'service.delete',
  site: 'site.delete',
  process: 'process.delete',
  dependency: 'dependency.delete',
  release: 'release.delete',
  window: 'window.delete',
} as const;

const NOUN: Record<DeleteTarget['entity'], string> = { service: 'service', site: 'site', process: 'business process', dependency: 'dependency', release: 'release', window: 'window' };

function confirmation(target: DeleteTarget, deleted: Deleted): string {
  const base = `Deleted ${NOUN[target.entity]} ${target.name}.`;
  const n = deleted.alsoRemoved.length;
  return n === 0 ? base : `${base} Also removed ${n === 1 ? 'one link' : `${n} links`}: ${deleted.alsoRemoved.slice(0, 3).join('; ')}${n > 3 ? '; …' : ''}.`;
}

/**
 * Deletes without force first. When others depend on the target the API answers DEPENDENTS_EXIST;
 * the user then sees what breaks and may "Delete anyway", which calls again with force.
 */
export async function requestDelete(target: DeleteTarget, force = false): Promise<boolean> {
  const result = await call(METHOD[target.entity], { id: target.id, force });
  if (result.ok) {
    closeDialog();
    const ui = useUi.getState();
    if (target.entity === 'service' && ui.selectedServiceId === target.id) ui.selectService(null);
    if (result.changes) await receiveChanges(result.changes);
    notify.status(confirmation(target, result.value));
    return true;
  }
  if (result.error.code === 'DEPENDENTS_EXIST' && !force) {
    openDialog({ type: 'confirm-delete', target, message: result.error.message, details: result.error.details });
    return false;
  }
  closeDialog();
  notify.error(result.error.message);
  return false;
}
