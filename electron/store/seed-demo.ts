import { buildDemoWorkspace } from '../../shared/demo/build-demo';
import { DEMO_ROLLBACK_RUNBOOKS, demoRunbooks } from '../../shared/demo/demo-runbooks';
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
  runWrite(db, who, 'logged', (tx) =>
    tx.record('Load the demo workspace', (rec) => {
      const byName = new Map(demo.services.map((s) => [s.name, s.id]));
      const runbookIds = new Map(demoRunbooks((name) => byName.get(name)).map((r) => [r.title, rec.put('runbook', { ...r, version: 1, updatedAt: now.toISOString() })]));
      const releases = demo.releases.map((release) => {
        const runbookId = runbookIds.get(DEMO_ROLLBACK_RUNBOOKS[release.title] ?? '');
        return runbookId === undefined ? release : { ...release, rollback: { ...release.rollback, runbookId } };
      });
      replaceWorkspace(db, rec, { ...demo, releases });
    }, 'import'),
  );
  clearHistory(db);
}
