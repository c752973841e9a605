import { buildDemoWorkspace } from '../../shared/demo/build-demo';
import { AppError } from '../../shared/api/result';
import { clearHistory } from './journal';
import { type Actor, runWrite } from './write-tx';
import type { Db } from './open-workspace';
import { isEmptyWorkspace, replaceWorkspace } from './replace-workspace';

export { isEmptyWorkspace };

/**
 * Fills an empty workspace with the demo distributor in one audited transaction.
 */
export function seedDemo(db: Db, who: Actor, now = new Date()): void {
  if (!isEmptyWorkspace(db)) {
    throw new AppError('VALIDATION', 'The demo can only be loaded into an empty workspace; this one already holds data. Nothing was changed.');
  }
  const demo = buildDemoWorkspace(now);
  // Audited but never an undo step, so the user's first undo is about their own edit.
  runWrite(db, who, 'logged', (tx) => tx.record('Load the demo workspace', (rec) => replaceWorkspace(db, rec, demo), 'import'));
  clearHistory(db);
}
