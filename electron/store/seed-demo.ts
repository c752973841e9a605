import { buildDemoWorkspace } from '../../shared/demo/build-demo';
import { AppError } from '../../shared/api/result';
import { type Actor, clearHistory, recordedWrite } from './history';
import type { Db } from './open-workspace';
import { isEmptyWorkspace, replaceWorkspace } from './replace-workspace';

export { isEmptyWorkspace };

/**
 * Fills an empty workspace with the demo distributor in one audited transaction, then forgets
 * the undo step, so the user's first undo is about their own edit and not "remove the demo".
 */
export function seedDemo(db: Db, who: Actor, now = new Date()): void {
  if (!isEmptyWorkspace(db)) {
    throw new AppError('VALIDATION', 'The demo can only be loaded into an empty workspace; this one already holds data. Nothing was changed.');
  }
  const demo = buildDemoWorkspace(now);
  recordedWrite(db, who, 'Load the demo workspace', (rec) => replaceWorkspace(db, rec, demo), 'import');
  clearHistory(db);
}
